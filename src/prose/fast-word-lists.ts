// The bundle's stand-ins for `dale-chall` and `spache` (aliased in scripts/build.mjs; `syllable` is ./syllable-count.ts).
// retext-readability, which the design mandates, looks every word up with Array#includes in the
// Dale–Chall (~3,000 words) and Spache lists and counts its syllables afresh: most of its cost.
// The same lists, whose `includes` is a Set lookup, and a memoised syllable count give the same
// answers (test/fast-word-lists.test.ts) without changing the plugin.
import {daleChall as daleChallWords} from '../../node_modules/dale-chall/index.js'
import {spache as spacheWords} from '../../node_modules/spache/index.js'

/** A word list that is still an array, with `includes` answered by a Set. */
export class WordList extends Array<string> {
  static get [Symbol.species]() {
    return Array
  }

  readonly #words: Set<string>

  constructor(words: readonly string[]) {
    super()
    // One push of them all: pushing each in a loop took ~1 ms more of every start (both lists).
    this.push(...words)
    this.#words = new Set(words)
  }

  override includes(word: string): boolean {
    return this.#words.has(word)
  }
}

export const daleChall = new WordList(daleChallWords)
export const spache = new WordList(spacheWords)
