// Document scores checked against published figures: Flesch's “The cat sat on the mat.” (116) and
// the Flesch–Kincaid example in the readability literature, “The Australian platypus is seemingly
// a hybrid of a mammal and reptilian creature.” (reading ease 24.4, grade 13.1).
import {describe, expect, it} from 'vitest'
import {ConfigFinder} from '../src/config/load.ts'
import {lint} from '../src/engine/lint.ts'
import {countsOf, scoresFrom, sumCounts} from '../src/prose/scores.ts'

async function scores(text: string) {
  const {release} = await lint(text, {path: 'x.md', config: new ConfigFinder().forFile(undefined), rules: []})
  // As the readability rule computes them: counts per sentence, summed, then the formulas.
  return scoresFrom(sumCounts(release!.sentences.map((sentence) => countsOf(sentence.node))))!
}

describe('readability scores', () => {
  it('match published Flesch reading ease and Flesch–Kincaid grades within ±3 points', async () => {
    const cat = await scores('The cat sat on the mat.\n')
    expect(Math.abs(cat.fleschReadingEase - 116)).toBeLessThanOrEqual(3)
    const platypus = await scores('The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.\n')
    expect(Math.abs(platypus.fleschReadingEase - 24.4)).toBeLessThanOrEqual(3)
    expect(Math.abs(platypus.fleschKincaidGrade - 13.1)).toBeLessThanOrEqual(3)
  })

  it('count every sentence, headings included, and skip code', async () => {
    const result = await scores('# A headline here\n\nOne short sentence. Another one follows it. See `code.sample` now.\n')
    expect(result.sentences).toBe(4)
    expect(result.wordsPerSentence).toBeGreaterThan(1)
  })
})
