import {writeSync} from 'node:fs'

/** A failed write, with how many of the bytes went out before it. */
export interface WriteError extends NodeJS.ErrnoException {
  written: number
}

/** Writes every byte (writeSync may write fewer than it is given); a failure carries `written`. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0
  try {
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done)
  } catch (error) {
    ;(error as WriteError).written = done
    throw error
  }
}

/** Strings are encoded into this block, so a large report does not touch new memory for each batch. */
const block = new Uint8Array(64 * 1024)
const encoder = new TextEncoder()

/** Writes text as UTF-8, or bytes as they are; a failure carries `written`, in bytes. */
export function writeText(fd: number, text: string | Uint8Array): void {
  if (typeof text !== 'string') return writeAll(fd, text)
  let sent = 0
  for (let read = 0; read < text.length; ) {
    const encoded = encoder.encodeInto(read === 0 ? text : text.slice(read), block)
    read += encoded.read
    try {
      writeAll(fd, block.subarray(0, encoded.written))
    } catch (error) {
      ;(error as WriteError).written += sent
      throw error
    }
    sent += encoded.written
  }
}
