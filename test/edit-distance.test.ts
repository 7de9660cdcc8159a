// editDistance computes only a band of cells when given a limit; it must agree with the plain
// Levenshtein table (capped at the limit) on any pair of strings.
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {editDistance} from '../src/engine/data-file.ts'

function plainLevenshtein(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]
}

test('the banded distance equals the full table, capped at the limit', () => {
  // A three-letter alphabet makes near misses (the band's edge cases) common.
  const word = fc.string({unit: fc.constantFrom('a', 'b', 'c'), maxLength: 14})
  fc.assert(
    fc.property(word, word, fc.integer({min: 1, max: 6}), (a, b, limit) => {
      const distance = plainLevenshtein(a, b)
      expect(editDistance(a, b)).toBe(distance)
      expect(editDistance(a, b, limit)).toBe(Math.min(distance, limit))
    }),
    {numRuns: 5000}
  )
})

test('names a slip or two apart', () => {
  expect(editDistance('Luxembourg Insitute of Helth', 'Luxembourg Institute of Health', 3)).toBe(2)
  expect(editDistance('Ulf Nehrbas', 'Ulf Nehrbass', 2)).toBe(1)
  expect(editDistance('Department of Health', 'Luxembourg Institute of Health', 3)).toBe(3)
})
