// Turns the bytes of a file into text to lint, or says in one line why it cannot be linted.
import {Buffer, isUtf8} from 'node:buffer'

export interface Source {
  text?: string
  /** Why the file cannot be checked (binary, not UTF-8); set when `text` is absent. */
  problem?: string
  /** A note on a file that is checked anyway (UTF-16). */
  warning?: string
  /** What to write back with `--fix`, so a fix never changes the encoding or drops a BOM. */
  encoding: 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be'
}

export function decodeSource(bytes: Uint8Array): Source {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le', warning: 'is saved as UTF-16; save it as UTF-8'}
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be', warning: 'is saved as UTF-16; save it as UTF-8'}
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  // A NUL byte in the first 8 KB: an image or other binary file with a text extension.
  if (body.subarray(0, 8192).includes(0)) return {problem: 'looks like a binary file, not a text release; nothing was checked', encoding: 'utf8'}
  // isUtf8 and Buffer's decoder, not a fatal TextDecoder: creating the first one cost ~15 ms of a cold start.
  if (isUtf8(body)) return {text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'), encoding: bom ? 'utf8-bom' : 'utf8'}
  const at = firstInvalidByte(body)
  return {problem: `is not valid UTF-8 (byte 0x${body[at.offset].toString(16).toUpperCase().padStart(2, '0')} at line ${at.line}, column ${at.column}); save it as UTF-8`, encoding: 'utf8'}
}

export function encodeSource(text: string, encoding: Source['encoding']): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return new TextEncoder().encode(text)
    case 'utf8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
    case 'utf16le':
    case 'utf16be': {
      const out = new Uint8Array(2 + text.length * 2)
      const little = encoding === 'utf16le'
      out[0] = little ? 0xff : 0xfe
      out[1] = little ? 0xfe : 0xff
      for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index)
        out[2 + index * 2] = little ? code & 0xff : code >> 8
        out[3 + index * 2] = little ? code >> 8 : code & 0xff
      }
      return out
    }
  }
}

function firstInvalidByte(bytes: Uint8Array): {offset: number; line: number; column: number} {
  let line = 1
  let column = 1
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
    let valid = length > 0 && index + length <= bytes.length
    for (let next = 1; valid && next < length; next++) valid = (bytes[index + next] & 0xc0) === 0x80
    if (!valid) return {offset: index, line, column}
    if (byte === 0x0a) {
      line++
      column = 1
    } else column++
    index += length
  }
  return {offset: Math.max(0, bytes.length - 1), line, column}
}
