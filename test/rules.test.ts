// Every rule's documented examples run as tests (as remark-lint does), plus a contract every rule keeps.
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {generatedDocs} from '../src/engine/generated-docs.ts'
import {fix} from '../src/engine/fix.ts'
import type {LintMessage} from '../src/engine/lint.ts'
import {rules} from '../rules/index.ts'
import {configFor, lintExample, root} from './helpers.ts'

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.map((example) => [example.title, example] as const))('example: %s', async (_title, example) => {
    const config = configFor(rule, example.options)
    const {messages, files} = await lintExample(rule, example)
    expect(messages).toEqual(example.messages)
    for (const message of files.flatMap((file) => file.messages)) expect(message.ruleId).toBe(rule.id)
    if (example.output !== undefined) {
      // A suggestion rule's output is what `--fix-type suggestion` gives.
      const types = rule.fix === 'suggestion' ? (['safe', 'suggestion'] as const) : (['safe'] as const)
      const fixed = await fix(example.input, {path: example.path ?? 'example.md', config, rules: [rule], types})
      expect(fixed.text).toBe(example.output)
      // After the fix the rule has nothing left to fix, and fixing again changes nothing.
      const again = await fix(fixed.text, {path: example.path ?? 'example.md', config, rules: [rule], types})
      expect(again.text).toBe(fixed.text)
    }
  })

  it('keeps the rule contract', async () => {
    if (rule.fix !== 'none') expect(rule.examples.some((example) => example.output !== undefined), 'a fixed text').toBe(true)
    // Every declared message template is shown by some example; some example fails, and some
    // passes (nothing but information, such as readability scores).
    const used = new Set<string>()
    let failing = false
    let passing = false
    for (const example of rule.examples) {
      const messages = (await lintExample(rule, example)).files.flatMap((file) => file.messages as LintMessage[])
      for (const message of messages) used.add(message.messageId!)
      const problems = messages.filter((message) => message.fatal !== undefined)
      if (problems.length > 0) failing = true
      else passing = true
    }
    expect(failing, 'a failing example').toBe(true)
    expect(passing, 'a passing example').toBe(true)
    expect([...used].sort()).toEqual(Object.keys(rule.messages).sort())
    expect(rule.summary.length).toBeGreaterThan(10)
    expect(rule.why.length).toBeGreaterThan(10)
  })
})

describe('the rule set', () => {
  it('lists exactly the rule files, each named after its id', () => {
    const files = readdirSync(`${root}rules`).filter((name) => name.endsWith('.ts') && name !== 'index.ts').map((name) => name.slice(0, -3))
    expect(rules.map((rule) => rule.id).sort()).toEqual(files.sort())
  })

  it.each(Object.entries(generatedDocs(rules)))('has a fresh generated %s (run `npm run docs`)', (path, text) => {
    expect(readFileSync(`${root}${path}`, 'utf8')).toBe(text)
  })
})
