// No rule takes super-linear time on hostile text: each rule gets long runs of the characters its
// patterns repeat. The budget is generous (this is not a benchmark): catastrophic backtracking
// takes minutes, not seconds, so it shows up as a failure rather than a hung CI job.
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/engine/lint.ts'
import {rules} from '../../rules/index.ts'
import {configFor} from '../helpers.ts'

const size = 20_000
const hostile: Record<string, string> = {
  letters: 'a'.repeat(size),
  capitals: 'A'.repeat(size),
  spaces: 'word' + ' '.repeat(size) + 'word',
  'capitalised words': 'Aa '.repeat(size / 3),
  initials: 'A.'.repeat(size / 2),
  'full stops': 'a.'.repeat(size / 2) + 'A',
  digits: '1'.repeat(size),
  'digits and slashes': '1/'.repeat(size / 2),
  hyphens: 'a-'.repeat(size / 2),
  quotes: '“'.repeat(size / 2) + '"'.repeat(size / 2),
  brackets: '('.repeat(size / 2) + ')'.repeat(size / 2),
  'said names': 'said Dr Aa Bb, '.repeat(size / 15),
  'name lists': 'Dr Aa Bb Cc Dd Ee '.repeat(size / 18),
  commas: 'a, '.repeat(size / 3),
  dates: '12 May 2024 '.repeat(size / 12),
  emails: 'a.b@c.d'.repeat(size / 7),
  urls: 'https://a.b/'.repeat(size / 12)
}

describe('rules on hostile text', () => {
  const all = {source: 'test', facts: configFor(rules[0]).facts, rules: new Map(rules.map((rule) => [rule.id, {severity: rule.severity, options: {...rule.defaults}}]))}
  it.each(Object.entries(hostile))('every rule stays fast on %s', async (_name, text) => {
    const {file, timings} = await lint(`# Title\n\n${text}\n`, {path: 'hostile.md', config: all})
    expect(file.messages.filter((message) => message.ruleId === 'internal-error').map((message) => message.reason)).toEqual([])
    for (const rule of rules) expect(timings[rule.id], rule.id).toBeLessThan(5_000)
  })
})
