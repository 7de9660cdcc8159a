// Registry `standardParagraphs`: a paragraph the house reuses word for word (a legal notice) is, like
// the boilerplate, not judged by the prose rules; the release's own sentences still are.
import {describe, expect, it} from 'vitest'
import {lint} from '../src/engine/lint.ts'
import type {Rule} from '../src/engine/rule.ts'
import {loadFacts} from '../src/facts/load.ts'
import readability from '../rules/readability.ts'
import sentenceLength from '../rules/sentence-length.ts'
import {configFor, formatForExample, workspace} from './helpers.ts'

const notice = 'The foundation stands by its pledge to let lawful relief reach people in need, and its programmes contain provisions, authorisations and guidance for humanitarian organisations’ activities worldwide.'
const release = `# Foundation names two partners\n\nThe foundation named two partners today.\n\n${notice}\n\nMany said that ${notice.charAt(0).toLowerCase()}${notice.slice(1)}\n`

async function messages(rule: Rule, options: unknown, registry: string): Promise<string[]> {
  const dir = workspace({'facts.yaml': `house:\n  name: Example Foundation\n  spelling: en-US\n${registry}`})
  const {file} = await lint(release, {path: 'release.md', config: configFor(rule, options, loadFacts(`${dir}/facts.yaml`)), rules: [rule]})
  return file.messages.filter((message) => message.ruleId === rule.id && message.fatal !== null).map(formatForExample)
}

describe('standardParagraphs in the registry', () => {
  it('keeps sentence-length from judging a paragraph that opens with a listed opening, in any case or spacing', async () => {
    const listed = 'standardParagraphs:\n  - "the foundation  stands by its pledge"\n'
    expect(await messages(sentenceLength, {maxWords: 20}, listed)).toEqual(['7:1-7:215: Sentence has 30 words; keep it under 20 — split it or cut a clause'])
    expect(await messages(sentenceLength, {maxWords: 20}, '')).toHaveLength(2)
  })

  it('keeps readability from judging it', async () => {
    const listed = 'standardParagraphs:\n  - The foundation stands by its pledge\n'
    const hard = (list: string[]) => list.filter((message) => message.includes('hard to read'))
    expect(hard(await messages(readability, {age: 16, minWords: 10}, listed)).map((message) => message.slice(0, 4))).toEqual(['7:1-'])
    expect(hard(await messages(readability, {age: 16, minWords: 10}, ''))).toHaveLength(2)
  })
})
