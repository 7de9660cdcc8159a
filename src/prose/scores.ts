// Document readability scores, from the same formula packages retext-readability uses, with
// syllable counts memoised per word (a release repeats its words; counting is the costly part).
import {flesch} from 'flesch'
import {fleschKincaid} from 'flesch-kincaid'
import type {Sentence as NlcstSentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {smogFormula} from 'smog-formula'
import {syllable} from 'syllable'

const syllableCache = new Map<string, number>()

export function syllables(word: string): number {
  const key = word.toLowerCase()
  let count = syllableCache.get(key)
  if (count === undefined) {
    count = syllable(key)
    if (syllableCache.size < 50_000) syllableCache.set(key, count)
  }
  return count
}

export interface Scores {
  sentences: number
  words: number
  /** Flesch reading ease: 100 = very easy, 30 and below = very hard (university graduates). */
  fleschReadingEase: number
  fleschKincaidGrade: number
  smog: number
  wordsPerSentence: number
}

export function scoresOf(sentences: NlcstSentence[]): Scores | undefined {
  let words = 0
  let totalSyllables = 0
  let polysyllables = 0
  let counted = 0
  for (const sentence of sentences) {
    let inSentence = 0
    for (const child of sentence.children) {
      if (child.type !== 'WordNode') continue
      const word = toString(child)
      if (!/\p{L}/u.test(word)) continue
      const count = syllables(word)
      inSentence++
      totalSyllables += count
      if (count >= 3) polysyllables++
    }
    if (inSentence > 0) {
      words += inSentence
      counted++
    }
  }
  if (words === 0 || counted === 0) return undefined
  const counts = {sentence: counted, word: words, syllable: totalSyllables, polysillabicWord: polysyllables}
  const round = (value: number) => Math.round(value * 10) / 10
  return {
    sentences: counted,
    words,
    fleschReadingEase: round(flesch(counts)),
    fleschKincaidGrade: round(fleschKincaid(counts)),
    smog: round(smogFormula(counts)),
    wordsPerSentence: round(words / counted)
  }
}
