// The syllable package's count, remembered per word: retext-readability (through the bundle's alias
// of `syllable`) and the readability scores (./scores.ts) share it.
import {syllable as countSyllables} from '../../node_modules/syllable/index.js'

const counted = new Map<string, number>()
const ascii = /^[\x00-\x7f]*$/
/** Counts the build computed for a word list (./dictionary.ts), looked up before the package runs. */
let precomputed: ((word: string) => number | undefined) | undefined

/**
 * Looks words up in a word list's precomputed counts before counting them. The counts are the
 * package's own, so every answer stays the same; a known word costs a binary search instead of
 * the package's ~40 patterns and pluralize (~140 ms of the corpus, ~7 ms of one release cold).
 */
export function usePrecomputedSyllables(lookup: (word: string) => number | undefined): void {
  precomputed = lookup
}

/**
 * `syllable`, remembered per word (bounded, so a huge release cannot grow it without end). An ASCII
 * word is remembered in lower case: syllable lower-cases it first and leaves ASCII alone otherwise,
 * so “The” is counted once with “the” (the readability scores ask in lower case, retext-readability
 * as written, and counting is the costly part: pluralize and some 30 patterns per word).
 */
export function syllable(value: string): number {
  // One or two ASCII letters ("a", "of", "In"): the package counts any word under three letters as
  // one. A third of a release's words, answered without hashing them for the map (~250 ns each).
  if (value.length < 3 && isAsciiLetter(value.charCodeAt(0)) && (value.length === 1 || isAsciiLetter(value.charCodeAt(1)))) return 1
  // Most words come already lower case (the scores ask so): found as they are, without the ASCII test.
  let count = counted.get(value)
  if (count !== undefined) return count
  const key = ascii.test(value) ? value.toLowerCase() : value
  count = counted.get(key)
  if (count === undefined) {
    // The list holds "London" as written and "the" in lower case; ASCII case does not change the count.
    count = precomputed?.(key) ?? (key === value ? undefined : precomputed?.(value)) ?? countSyllables(value)
    if (counted.size > 100_000) counted.clear()
    counted.set(key, count)
  }
  return count
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
