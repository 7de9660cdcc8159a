// The bundle's stand-ins (aliased in scripts/build.mjs) answer as the originals: retext-readability's word
// lists and syllable counter, and nlcst-to-string.
import {daleChall as daleChallWords} from 'dale-chall'
import {spache as spacheWords} from 'spache'
import {syllable as countSyllables} from 'syllable'
import {toString as nlcstToString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {toString} from '../src/prose/fast-nlcst-to-string.ts'
import {daleChall, spache} from '../src/prose/fast-word-lists.ts'
import {syllable} from '../src/prose/syllable-count.ts'

const words = ['the', 'cat', 'research', 'institute', 'biomedical', 'patients', 'immunology', 'a', 'zoo', 'Luxembourg', 'x', '', 'anomalous', 'helping', 'queue', 'beautiful']

describe('fast word lists', () => {
  it('hold the same words and answer includes the same way', () => {
    expect([...daleChall]).toEqual(daleChallWords)
    expect([...spache]).toEqual(spacheWords)
    for (const word of [...words, ...daleChallWords.slice(0, 50), ...spacheWords.slice(-50)]) {
      expect(daleChall.includes(word)).toBe(daleChallWords.includes(word))
      expect(spache.includes(word)).toBe(spacheWords.includes(word))
    }
    // Array methods give plain arrays, not word lists.
    expect(daleChall.map((word) => word.length).constructor).toBe(Array)
  })

  it('counts syllables as syllable does, also the second time', () => {
    for (const word of [...words, ...words]) expect(syllable(word)).toBe(countSyllables(word))
    // Remembered in lower case for ASCII words: each case form still gets syllable's own count.
    const forms = (word: string) => [word, word.toUpperCase(), word.toLowerCase(), word.slice(0, 1).toUpperCase() + word.slice(1)]
    for (const word of [...words, 'Ärzte', 'ÄRZTE', 'café', 'CAFÉ', 'İstanbul', 'istanbul', 'Ωmega', 'naïve', 'NAÏVE', "O'Neill", 'Mr.', 'U.S.'].flatMap(forms)) expect(syllable(word), word).toBe(countSyllables(word))
  })

  it('turns nlcst into the same text as nlcst-to-string', () => {
    const tree = new ParseEnglish().parse('Dr. Smith’s “co-operative” study — of 3.5 % of U.S. patients — ended.\n\nIt didn’t… really? Yes!')
    expect(toString(tree)).toBe(nlcstToString(tree))
    for (const paragraph of tree.children) {
      expect(toString(paragraph)).toBe(nlcstToString(paragraph))
      if ('children' in paragraph) expect(toString(paragraph.children)).toBe(nlcstToString(paragraph.children))
    }
    expect(toString([])).toBe('')
    expect(() => toString(undefined as never)).toThrow('Expected node, not `undefined`')
  })
})
