// Whatever a release looks like, linting finishes, says what it could not check, and every
// position it reports is inside the file and points where it says.
import {describe, expect, it} from 'vitest'
import {ConfigFinder} from '../../src/config/load.ts'
import {lint} from '../../src/engine/lint.ts'
import {decodeSource, encodeSource} from '../../src/engine/read-source.ts'

const config = new ConfigFinder().forFile(undefined)
const lintText = (text: string, path = 'release.md') => lint(text, {path, config})

function expectPositionsInside(text: string, messages: Array<{line?: number | null; column?: number | null; ruleId?: string | null}>) {
  const lines = text.split(/\r\n|\n|\r/)
  for (const message of messages) {
    if (message.line == null) continue
    expect(message.line, message.ruleId ?? '').toBeLessThanOrEqual(lines.length)
    expect(message.column!, message.ruleId ?? '').toBeLessThanOrEqual(lines[message.line - 1].length + 1)
  }
}

const release = '# LIH opens a laboratory\n\n12 March 2025\n\nThe Luxembourg Institute of Health (LIH) opened a laboratory today.It will study tumours.\n'

describe('unusual but valid input', () => {
  it('handles an empty file and a file of only front matter', async () => {
    for (const text of ['', '---\ntitle: Draft\n---\n', '\n\n\n']) {
      const {file} = await lintText(text)
      expect(file.messages.map((message) => message.ruleId)).not.toContain('internal-error')
      expectPositionsInside(text, file.messages)
    }
  })

  it('keeps positions right with CRLF and lone CR line endings', async () => {
    for (const newline of ['\r\n', '\r']) {
      const text = release.replace(/\n/g, newline)
      const {file} = await lintText(text)
      const spacing = file.messages.find((message) => message.ruleId === 'space-after-full-stop')!
      expect(spacing).toMatchObject({line: 5, column: 67})
      const offset = spacing.place && 'start' in spacing.place ? spacing.place.start.offset! : -1
      expect(text.slice(offset, offset + 3)).toBe('.It')
    }
  })

  it('reads Markdown nested thousands of levels deep as plain text, quickly', async () => {
    const started = performance.now()
    for (const text of ['> '.repeat(10_000) + 'deep\n', Array.from({length: 2000}, (_, depth) => '  '.repeat(depth) + '- item\n').join('')]) {
      const {file} = await lintText(text)
      expect(file.messages[0]).toMatchObject({ruleId: 'input', fatal: false})
      expect(file.messages[0].reason).toMatch(/nested \d+ levels deep; the file was checked as plain text/)
    }
    // Parsing 2,000 nested list items as Markdown took 220 s; as text it is instant (budget, not a benchmark).
    expect(performance.now() - started).toBeLessThan(20_000)
  })

  it('lints a line of 1 MB with no break', async () => {
    const text = 'word '.repeat(200_000) + 'end.Next\n'
    const {file} = await lintText(text)
    expect(file.messages.map((message) => message.ruleId)).not.toContain('internal-error')
    expect(file.messages.find((message) => message.ruleId === 'space-after-full-stop')).toMatchObject({line: 1, column: 1_000_004})
  })

  it('lints a 20 MB release', async () => {
    const paragraph = 'The Luxembourg Institute of Health (LIH) published a study today. It shows how immune cells reach tumours. '
    const text = '# A very long release\n\n' + (paragraph.repeat(8) + '\n\n').repeat(Math.ceil(20e6 / (paragraph.length * 8 + 2)))
    expect(text.length).toBeGreaterThan(20e6)
    const {file} = await lintText(text)
    expect(file.messages.map((message) => message.ruleId)).not.toContain('internal-error')
    expectPositionsInside(text, file.messages)
  }, 240_000)
})

describe('encodings', () => {
  it('refuses binary files and invalid UTF-8 in one line, and reads UTF-16 and BOMs', () => {
    expect(decodeSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toMatchObject({problem: 'looks like a binary file, not a text release; nothing was checked'})
    expect(decodeSource(Buffer.from('ok\nCaf\xe9', 'latin1')).problem).toBe('is not valid UTF-8 (byte 0xE9 at line 2, column 4); save it as UTF-8')
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Titre\n', 'utf16le')])
    expect(decodeSource(utf16)).toMatchObject({text: '# Titre\n', encoding: 'utf16le'})
    const bom = Buffer.from('\ufeff# Title\n')
    expect(decodeSource(bom)).toMatchObject({text: '# Title\n', encoding: 'utf8-bom'})
  })

  it('writes text back in the encoding it was read in, byte for byte', () => {
    for (const bytes of [Buffer.from('\ufeff# Title — “quoted”\n'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Title — é\n', 'utf16le')]), Buffer.from('# Plain\n')]) {
      const source = decodeSource(bytes)
      expect(Buffer.from(encodeSource(source.text!, source.encoding))).toEqual(bytes)
    }
  })
})
