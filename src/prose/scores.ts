// Document readability scores, from the same formula packages retext-readability uses, with
// syllable counts memoised per word (a release repeats its words; counting is the costly part).
import {flesch} from 'flesch'
import {fleschKincaid} from 'flesch-kincaid'
import type {Sentence as NlcstSentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {smogFormula} from 'smog-formula'
import {syllable} from './syllable-count.ts'

/** Syllables in a word, counted as retext-readability counts them (memoised, ./syllable-count.ts). */
export function syllables(word: string): number {
  return syllable(word.toLowerCase())
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

/** The counts the formulas take, named as the formula packages name them (a type, not an
 * interface, so that it fits their index-signature parameters). */
export type Counts = {
  sentence: number
  word: number
  syllable: number
  polysillabicWord: number
}

/** One sentence's counts (words with a letter only; `sentence` is 0 when it has none). */
export function countsOf(sentence: NlcstSentence): Counts {
  let word = 0
  let syllable = 0
  let polysillabicWord = 0
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    const text = toString(child)
    if (!/\p{L}/u.test(text)) continue
    const count = syllables(text)
    word++
    syllable += count
    if (count >= 3) polysillabicWord++
  }
  return {sentence: word > 0 ? 1 : 0, word, syllable, polysillabicWord}
}

export function sumCounts(list: readonly Counts[]): Counts {
  const total = {sentence: 0, word: 0, syllable: 0, polysillabicWord: 0}
  for (const counts of list) {
    total.sentence += counts.sentence
    total.word += counts.word
    total.syllable += counts.syllable
    total.polysillabicWord += counts.polysillabicWord
  }
  return total
}

export function scoresFrom(counts: Counts): Scores | undefined {
  if (counts.word === 0 || counts.sentence === 0) return undefined
  const round = (value: number) => Math.round(value * 10) / 10
  return {
    sentences: counts.sentence,
    words: counts.word,
    fleschReadingEase: round(flesch(counts)),
    fleschKincaidGrade: round(fleschKincaid(counts)),
    smog: round(smogFormula(counts)),
    wordsPerSentence: round(counts.word / counts.sentence)
  }
}

// A word written as a name: capitalised, and so is every part of it after a hyphen ("Alfa-Bank", "IT1",
// "CNC"; not "Russia-based", whose second half is vocabulary).
const nameWord = /^\p{Lu}[^-]*(?:-[\p{Lu}\d][^-]*)*$/u

/**
 * The sentence with each word of a many-word name that the dictionary does not know read as an easy
 * word (the word “name”): "Obshchestvo S Ogranichennoy Otvetstvennostyu Veb3 Tekhnologii". A
 * transliterated company name has many syllables, but it is not vocabulary a reader has to know
 * (Gunning fog leaves proper names out of its hard words for the same reason). The sentence keeps its
 * length, and capitalised words the dictionary knows ("Limited Liability Company", "Economic Impact
 * Payments") or that stand alone ("MOEX") are read as written. Positions are kept, so findings land on
 * the sentence as written.
 */
export function withNamesAsEasyWords(sentence: NlcstSentence, isWord: (word: string) => boolean): NlcstSentence {
  const children = sentence.children
  // Each word's capitalisation tested once (a word is also tested as each neighbour's neighbour).
  const capitalisedAt = children.map((child) => child.type === 'WordNode' && nameWord.test(toString(child)))
  const capitalised = (index: number) => capitalisedAt[index] === true
  const inRun = (index: number) => (children[index - 1]?.type === 'WhiteSpaceNode' && capitalised(index - 2)) || (children[index + 1]?.type === 'WhiteSpaceNode' && capitalised(index + 2))
  const out: NlcstSentence['children'] = []
  let changed = false
  for (let index = 0; index < children.length; index++) {
    // A name: a capitalised word in a run of them that the dictionary does not know (asked last).
    if (!capitalised(index) || !inRun(index) || isWord(toString(children[index]))) {
      out.push(children[index])
      continue
    }
    out.push({type: 'WordNode', children: [{type: 'TextNode', value: 'name'}], position: children[index].position})
    changed = true
  }
  return changed ? {...sentence, children: out} : sentence
}
