// The spelling rule asks whether the other variant of English knows a word without loading its
// list (otherVariant, from the house list and the two `.only.txt` lists): the answers must be the
// other list's own, for its words, the house's, and their case forms.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadDictionary, otherVariant, type Variant} from '../src/prose/dictionary.ts'
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
