// The spelling rule asks whether the other variant of English knows a word without loading its
// list (otherVariant, from the house list and the two `.only.txt` lists): the answers must be the
// other list's own, for its words, the house's, and their case forms. The syllable counts the build
// keeps beside each list must be the syllable package's own.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {syllable as countSyllables} from '../node_modules/syllable/index.js'
import {loadDictionary, otherVariant, type Variant} from '../src/prose/dictionary.ts'
import {syllable, usePrecomputedSyllables} from '../src/prose/syllable-count.ts'
import {root} from './helpers.ts'

const probes = ['colour', 'color', 'organise', 'organize', 'centre', 'center', 'amongst', 'benefitting', 'benefiting', 'travelled', 'traveled', 'aluminium', 'aluminum', 'programme', 'program', 'the', 'Luxembourg', 'NASA', 'nasa', 'London', 'LONDON', 'zzzz', 'teh', 'Ærø', 'café', 'naïve', "o'clock", 'mustn’t']

describe('otherVariant', () => {
  for (const house of ['en-GB', 'en-US'] as Variant[]) {
    const otherName: Variant = house === 'en-GB' ? 'en-US' : 'en-GB'
    it(`answers as the ${otherName} list does, for a house in ${house}`, () => {
      const other = loadDictionary(otherName)
      const overlay = otherVariant(house)
      const forms = (word: string) => [word, word.toLowerCase(), word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]
      let differing = 0
      // Every word only one variant has (built into dist/ with the lists), and the probes.
      const only = ['en-GB', 'en-US'].flatMap((variant) => readFileSync(join(root, `dist/words-${variant}.only.txt`), 'utf8').split('\n').filter(Boolean))
      expect(only.length).toBeGreaterThan(1000)
      for (const word of [...probes, ...only].flatMap(forms)) {
        expect(overlay.knows(word), word).toBe(other.knows(word))
        if (loadDictionary(house).knows(word) !== other.knows(word)) differing++
      }
      // The probes include words the two variants disagree on, so the overlay is really tested.
      expect(differing).toBeGreaterThan(4)
    })
  }
})

describe('lookup in the front-coded list', () => {
  for (const variant of ['en-GB', 'en-US'] as Variant[]) {
    it(`finds every word of the ${variant} list and no other string`, () => {
      const dictionary = loadDictionary(variant)
      const words = readFileSync(join(root, `dist/words-${variant}.txt`), 'utf8').split('\n').filter(Boolean)
      const listed = new Set(words)
      expect(words.filter((word) => !dictionary.has(word))).toEqual([])
      // Strings beside each word in the sorted list: one letter more or less, a letter changed for the next one.
      const bump = (word: string, at: number) => word.slice(0, at) + String.fromCharCode(word.charCodeAt(at) + 1) + word.slice(at + 1)
      const near = words
        .flatMap((word) => [`${word}q`, word.slice(0, -1), `${word}\u00e9`, ` ${word}`, ...[1, 2, word.length >> 1, word.length - 1].map((at) => bump(word, at))])
        .filter((word) => !listed.has(word))
      expect(near.length).toBeGreaterThan(800_000)
      expect(near.filter((word) => dictionary.has(word))).toEqual([])
    })
  }
})

describe('precomputed syllables', () => {
  for (const variant of ['en-GB', 'en-US'] as Variant[]) {
    it(`are the syllable package's count for every word of the ${variant} list`, () => {
      const dictionary = loadDictionary(variant)
      const words = readFileSync(join(root, `dist/words-${variant}.txt`), 'utf8').split('\n').filter(Boolean)
      expect(words.length).toBeGreaterThan(100_000)
      const wrong = words.filter((word) => dictionary.syllables(word) !== countSyllables(word))
      expect(wrong).toEqual([])
      expect(dictionary.syllables('zzzzqx')).toBeUndefined()
    })
  }

  it('leave every count as the package gives it, for words in the list or not, in any case', () => {
    const {syllables} = loadDictionary('en-GB')
    const answered: string[] = []
    usePrecomputedSyllables((word) => {
      const count = syllables(word)
      if (count !== undefined) answered.push(word)
      return count
    })
    // Words of one or two ASCII letters (answered without the map: every pair of a sample of letters),
    // and words beside them: other characters, three letters ("ado" has two syllables).
    const letters = [...'abcxyzABCXYZ']
    const short = [...letters, ...letters.flatMap((first) => letters.map((second) => first + second)), 'a’', 'é', 'aé', '4G', 'a-', 'I.', 'abc', 'ABC', 'the', 'ado', 'Abi']
    const words = [...short, ...probes, 'heterogeneity', 'Heterogeneity', 'HETEROGENEITY', 'Obrazovatelnoye', 'characterisation', 'tumours', 'Ærøskøbing', 'co-operation', 'LIH’s']
    for (const word of words) expect(syllable(word), word).toBe(countSyllables(word))
    // The list answered for its words, as written there ("London") or in lower case ("colour").
    expect(answered).toEqual(expect.arrayContaining(['colour', 'London', 'the', "o'clock"]))
    expect(answered).not.toContain('zzzz')
  })
})
