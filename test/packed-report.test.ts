// A run holds each file's report packed until the end and writes the JSON report a file at a time:
// unpacking must give back every message and summary, and the streamed JSON must be exactly the
// text of JSON.stringify(report).
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {crossCheck} from '../src/engine/cross-release.ts'
import {lint} from '../src/engine/lint.ts'
import {pack, summariesOf, unpack} from '../src/engine/serialize.ts'
import {unreadable} from '../src/engine/check-file.ts'
import {loadFacts} from '../src/facts/load.ts'
import {rules} from '../rules/index.ts'
import {jsonChunks, renderFile, reportJson} from '../src/reporters/json.ts'

const config = {source: 'test', facts: loadFacts(), rules: new Map(rules.filter((rule) => rule.recommended !== false).map((rule) => [rule.id, {severity: rule.severity, options: rule.defaults}]))}

const release = (title: string, president: string) =>
  `---\ndate: 2025-06-18\n---\n\n# ${title}\n\nLuxembourg, 18 June 2025 – The Luxembourg Institute of Health (LIH) said so.  Twice .\n\n“We are glad,” said Prof Ulf Nehrbass, ${president} of LIH.\n`

async function linted(path: string, text: string): Promise<VFile> {
  const {file} = await lint(text, {path, config})
  return file
}

describe('packed reports', () => {
  it('unpack gives back the messages, their fixes and the cross-release summaries', async () => {
    const file = await linted('a.md', release('LIH opens a laboratory', 'CEO'))
    const back = unpack(pack(file))
    expect(back.path).toBe('a.md')
    expect(back.messages.map((message) => [message.ruleId, message.line, message.column, message.reason])).toEqual(
      file.messages.map((message) => [message.ruleId, message.line, message.column, message.reason])
    )
    expect(back.messages.some((message) => (message as {expected?: string[]}).expected?.[0] === ' ')).toBe(true)
    expect(back.data.summaries).toEqual(file.data.summaries)
    expect(summariesOf(pack(file))).toEqual(file.data.summaries)
  })

  it('holds each report in memory of its own, which a worker sends without a shared pool slab', async () => {
    // A view on Node's 8 kB buffer pool kept the whole slab alive and was copied whole to the main thread.
    const file = await linted('a.md', release('LIH opens a laboratory', 'CEO'))
    const packed = pack(file)
    expect(packed.plain.buffer.byteLength).toBe(packed.plain.byteLength)
    expect(packed.summaries!.buffer.byteLength).toBe(packed.summaries!.byteLength)
    const rendered = renderFile(file).messages
    expect(rendered.buffer.byteLength).toBe(rendered.byteLength)
  })

  it('marks a file that could not be checked, so the cache skips it', async () => {
    expect(pack(unreadable('gone.md', 'No such file')).failed).toBe(true)
    expect(pack(await linted('a.md', release('LIH opens a laboratory', 'CEO'))).failed).toBeUndefined()
  })

  it('gives the same cross-release findings from packed files as from the files themselves', async () => {
    const files = [await linted('a.md', release('LIH opens a laboratory', 'CEO')), await linted('b.md', release('LIH opens a second laboratory', 'Chairman'))]
    const fromPacked = files.map((file) => unpack(pack(file)))
    crossCheck(files, rules)
    crossCheck(fromPacked, rules)
    const consistency = (list: VFile[]) => list.flatMap((file) => file.messages.filter((message) => message.ruleId === 'consistency').map((message) => `${file.path}:${message.line}: ${message.reason}`))
    expect(consistency(files).length).toBeGreaterThan(0)
    expect(consistency(fromPacked)).toEqual(consistency(files))
  })
})

describe('the JSON report a file at a time', () => {
  it('is exactly JSON.stringify of the whole report, for none, one and several files', async () => {
    const files = [await linted('a.md', release('LIH opens a laboratory', 'CEO')), unreadable('b.md', 'A reason\nover two lines'), new VFile({path: 'c.md'})]
    for (const count of [0, 1, 3]) {
      const text = [...jsonChunks(files.slice(0, count))].join('')
      expect(text).toBe(JSON.stringify(JSON.parse(text)))
      expect(JSON.parse(text).map((file: {path: string}) => file.path)).toEqual(files.slice(0, count).map((file) => file.path))
      expect(reportJson(files.slice(0, count))).toBe(text)
    }
  })

  it('is the same text when a file comes with its messages already written (from the cache)', async () => {
    const files = [await linted('a.md', release('LIH opens a laboratory', 'CEO')), await linted('b.md', release('LIH opens a second laboratory', 'Chairman'))]
    crossCheck(files, rules)
    const asCached = files.map((file) => {
      const copy = new VFile({path: file.path})
      copy.data = {summaries: file.data.summaries, rendered: renderFile(file)}
      return copy
    })
    for (const summaries of [false, true]) expect(reportJson(asCached, {summaries})).toBe(reportJson(files, {summaries}))
    // What the exit code counts.
    const [a] = files
    expect(a.messages.length).toBeGreaterThan(0)
    expect(renderFile(a)).toMatchObject({
      path: 'a.md',
      errors: a.messages.filter((message) => message.fatal === true).length,
      warnings: a.messages.filter((message) => message.fatal === false).length
    })
  })
})
