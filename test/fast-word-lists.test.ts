// The bundle's stand-ins for retext-readability's word lists and syllable counter answer as the originals.
import {daleChall as daleChallWords} from 'dale-chall'
import {spache as spacheWords} from 'spache'
import {syllable as countSyllables} from 'syllable'
import {describe, expect, it} from 'vitest'
import {daleChall, spache, syllable} from '../src/prose/fast-word-lists.ts'

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
  })
})
