// The stylish report of a run of many files is written a file at a time
// (src/reporters/stylish-stream.ts); it must be vfile-reporter's report, byte for byte.
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {ConfigFinder} from '../src/config/load.ts'
import {checkFile} from '../src/engine/check-file.ts'
import {newMessage} from '../src/engine/new-message.ts'
import {pack, unpack} from '../src/engine/serialize.ts'
import {renderFile} from '../src/reporters/json.ts'
import {fromRendered, layoutOf, stylishChunks, type FileLayout, type StylishFile} from '../src/reporters/stylish-stream.ts'
import {corpusPath, hasShared, root} from './helpers.ts'

/**
 * The report of the files, as vfile-reporter's text would be without its last line end. Given
 * their layouts (as packed), each file must be asked for once only; given layouts with rows (as
 * the cache keeps them), a report without colour must write every file from them, never asking
 * for one.
 */
function streamed(files: StylishFile[], options: {quiet: boolean; color: boolean}, layouts?: FileLayout[]): string {
  let asked = 0
  const at = (index: number) => {
    asked++
    return files[index]
  }
  const layoutAt = layouts && ((index: number) => layouts[index])
  const rows = layouts?.every((layout) => layout.rows) === true
  const rowsAt = rows ? (index: number) => layouts![index] as Required<FileLayout> : undefined
  let text = ''
  // Bytes are valid until the next chunk is asked for: decoded as they come.
  for (const chunk of stylishChunks({length: files.length, at, layoutAt, rowsAt}, options)) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk)
  expect(asked).toBe(!layouts ? 2 * files.length : rows && !options.color ? 0 : files.length)
  return text.replace(/\n$/, '')
}

const decoder = new TextDecoder()

function expectSameReports(files: VFile[], layouts = files.map((file) => layoutOf(file))) {
  const withRows = files.map((file) => layoutOf(file, {rows: true}))
  for (const quiet of [false, true]) {
    for (const color of [false, true]) {
      // quiet as the command line asks vfile-reporter for it: quiet and silent.
      const expected = reporter(files, {quiet, silent: quiet, color, verbose: false})
      expect(streamed(files, {quiet, color}), `quiet ${quiet}, colour ${color}`).toBe(expected)
      expect(streamed(files, {quiet, color}, layouts), `with layouts, quiet ${quiet}, colour ${color}`).toBe(expected)
      expect(streamed(files, {quiet, color}, withRows), `from rows, quiet ${quiet}, colour ${color}`).toBe(expected)
      // Cached files are read back from their JSON report.
      const cached = files.map((file) => fromRendered(renderFile(file)))
      expect(streamed(cached, {quiet, color}, layouts), `from JSON reports, quiet ${quiet}, colour ${color}`).toBe(expected)
    }
  }
}

/** Releases checked and packed as a run holds them (with the layouts they were measured with), then unpacked as the report reads them. */
async function checked(paths: string[]): Promise<{files: VFile[]; layouts: FileLayout[]}> {
  const finder = new ConfigFinder({})
  const files: VFile[] = []
  const layouts: FileLayout[] = []
  for (const path of paths) {
    const packed = pack(await checkFile(path, finder, root))
    files.push(unpack(packed))
    layouts.push(packed.layout!)
  }
  return {files, layouts}
}

function file(path: string | undefined, messages: Array<{reason: string; line?: number; point?: true; fatal?: boolean | null; ruleId?: string; source?: string}>): VFile {
  const result = new VFile(path === undefined ? {} : {path})
  for (const item of messages) {
    const place = item.line === undefined ? undefined : item.point ? {line: item.line, column: 2} : {start: {line: item.line, column: 2}, end: {line: item.line, column: 9}}
    const message = newMessage(item.reason, {place, ruleId: item.ruleId, source: item.source})
    message.fatal = item.fatal === null ? undefined : (item.fatal ?? false)
    result.messages.push(message)
  }
  return result
}

describe('the stylish report written a file at a time', () => {
  it('is vfile-reporter’s report of every fixture', async () => {
    const paths = readdirSync(join(root, 'fixtures'), {recursive: true, encoding: 'utf8'})
      .filter((name) => /\.(md|txt|html)$/.test(name))
      .map((name) => join('fixtures', name))
    expect(paths.length).toBeGreaterThan(20)
    const {files, layouts} = await checked(paths)
    expect(files.reduce((sum, each) => sum + each.messages.length, 0)).toBeGreaterThan(100)
    expectSameReports(files, layouts)
  })

  it.skipIf(!hasShared)('is vfile-reporter’s report of the corpus', async () => {
    const paths = readdirSync(corpusPath, {recursive: true, encoding: 'utf8'})
      .filter((name) => name.endsWith('.md'))
      .filter((_, index) => index % 3 === 0)
      .map((name) => join(corpusPath, name))
    const {files, layouts} = await checked(paths)
    expectSameReports(files, layouts)
  }, 60_000)

  it('lays out what releases rarely have as vfile-reporter does', () => {
    const files = [
      file('b.md', [
        {reason: 'Use `code` here, ``not ` this``, and an `unclosed one', line: 3, fatal: true, ruleId: 'some-rule'},
        {reason: 'First line\nsecond line  \r\nthird', line: 1, ruleId: 'multi-line'},
        {reason: 'Carriage return\r\nthen the rest', line: 2, fatal: null, ruleId: 'info-rule', source: 'elsewhere'},
        {reason: '全角の文字 are two columns wide', line: 10, ruleId: 'wide'},
        {reason: 'No place at all', fatal: true}
      ]),
      file('a.md', []),
      file(undefined, [{reason: 'From standard input', line: 1, fatal: false, ruleId: 'x'}]),
      file('Ä/ü.md', [{reason: 'Only an info', line: 1, fatal: null}]),
      file('a.md', [{reason: 'The same path again: kept in its place', line: 1, fatal: true, ruleId: 'r'}]),
      file('c.md', [{reason: 'Only a warning', line: 12345, fatal: false, ruleId: 'a-rule-with-a-long-identifier'}]),
      file('d.md', [{reason: 'At a point, not a span', line: 4, point: true, fatal: true, ruleId: 'r'}])
    ]
    expectSameReports(files)
    expectSameReports([file('one.md', [{reason: 'One error', line: 1, fatal: true}])])
    expectSameReports([file('clean.md', [])])
    expectSameReports([])
  })
})
