// `fix` hands back the reports it made on the way, which `--fix` and `--fix-dry-run` give instead of
// linting again: of the text as given, and of the fixed text whenever its last pass linted it.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import {ConfigFinder} from '../src/config/load.ts'
import {fix} from '../src/engine/fix.ts'
import {lint} from '../src/engine/lint.ts'
import {defineRule} from '../src/engine/rule.ts'
import {configFor, root} from './helpers.ts'

const report = (file: VFile) => file.messages.map((message) => [message.ruleId, message.line, message.column, message.reason, message.fatal])

describe('the reports fix hands back', () => {
  it('are the reports of the text as given and of the fixed text', async () => {
    const config = new ConfigFinder().forFile(undefined)
    const text = readFileSync(join(root, 'fixtures/sample-release.md'), 'utf8').replace('Luxembourg Institute', 'Luxemburg  Institute')
    const fixed = await fix(text, {path: 'release.md', config})
    expect(fixed.text).not.toBe(text)
    expect(report(fixed.original)).toEqual(report((await lint(text, {path: 'release.md', config})).file))
    expect(report(fixed.final!)).toEqual(report((await lint(fixed.text, {path: 'release.md', config})).file))
    expect(report(fixed.final!)).not.toEqual(report(fixed.original))
    // Nothing to fix: one pass, one report, both ways.
    const again = await fix(fixed.text, {path: 'release.md', config})
    expect(again.final).toBe(again.original)
  })

  it('has no report of the fixed text when the 10 passes run out', async () => {
    // A fix that never settles: each pass doubles the “ab” it finds.
    const growing = defineRule({
      id: 'growing',
      category: 'prose',
      severity: 'warning',
      fix: 'safe',
      summary: 'A test rule.',
      why: 'A test rule.',
      messages: {grow: 'Grow'},
      examples: [],
      check({release, report}) {
        const at = release.source.indexOf('ab')
        if (at >= 0) report('grow', {place: {start: at, end: at + 2}, actual: 'ab', expected: ['abab']})
      }
    })
    const fixed = await fix('ab\n', {path: 'release.md', config: configFor(growing), rules: [growing]})
    expect(fixed.passes).toBe(10)
    expect(fixed.final).toBeUndefined()
    expect(report(fixed.original)).toEqual(report((await lint('ab\n', {path: 'release.md', config: configFor(growing), rules: [growing]})).file))
  })
})
