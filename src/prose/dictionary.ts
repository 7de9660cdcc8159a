// The spelling rule's dictionary: a word list expanded from Hunspell at build time
// (scripts/build-dictionary.mjs), read on first use and searched in place. Nothing here runs at
// import time, so a run without the spelling rule never reads the 0.57 MB list.
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {now} from '../engine/builtins.ts'

export type Variant = 'en-GB' | 'en-US'

/** The npm package each word list is expanded from, to name the source of truth in messages. */
export const dictionaryPackage: Record<Variant, string> = {'en-GB': 'dictionary-en-gb', 'en-US': 'dictionary-en'}

export interface Dictionary {
  variant: Variant
  /** Milliseconds the list took to read (for `--debug` and the notes). */
  loadMs: number
  /** Whether the word is in the list exactly as written (no case folding). */
  has(word: string): boolean
  /** Whether the word is correct, the way Hunspell folds case: a lower-case entry also accepts “Word” and “WORD”, a capitalised entry “WORD”. */
  knows(word: string): boolean
  /** What the syllable package counts in the word, precomputed by the build for each word of the list as written there; undefined for any other word. */
  syllables(word: string): number | undefined
  /** Up to `max` corrections for a lower-case word: the dictionary words one edit away, likeliest first (~500 lookups, well under a millisecond). */
  suggest(word: string, max?: number): string[]
}

const loaded = new Map<Variant, Dictionary>()
const others = new Map<Variant, Pick<Dictionary, 'knows'>>()

/**
 * Whether the other variant knows a word, asked of the house's dictionary and the two lists of words
 * only one variant has (`.only.txt`, built with the lists): its words are the house's, less the
 * house's own, plus its own. The same answers as loading the other 0.57 MB list, for ~40 kB.
 */
export function otherVariant(house: Variant): Pick<Dictionary, 'knows'> {
  let other = others.get(house)
  if (!other) {
    const dictionary = loadDictionary(house)
    const onlyHouse = readWords(locate(`words-${house}.only.txt`))
    const onlyOther = readWords(locate(`words-${house === 'en-GB' ? 'en-US' : 'en-GB'}.only.txt`))
    other = {knows: knowing((word) => onlyOther.has(word) || (dictionary.has(word) && !onlyHouse.has(word)))}
    others.set(house, other)
  }
  return other
}

/** A short word list, searched as text: this path asks about few words, and a Set of 3,000 took 2 ms to build. */
function readWords(path: string): {has(word: string): boolean} {
  const text = `\n${readFileSync(path, 'utf8')}`
  return {has: (word) => text.includes(`\n${word}\n`)}
}

/** The dictionary of one variant of English, read once per process. */
export function loadDictionary(variant: Variant): Dictionary {
  let dictionary = loaded.get(variant)
  if (!dictionary) {
    dictionary = readDictionary(variant)
    loaded.set(variant, dictionary)
  }
  return dictionary
}

/** The word list beside the bundle (dist/ or dist/chunks/), or in dist/ when running from source. */
function locate(name: string): string {
  const candidates = [new URL(name, import.meta.url), new URL(`../${name}`, import.meta.url), new URL(`../../dist/${name}`, import.meta.url)].map((url) => fileURLToPath(url))
  const found = candidates.find((path) => existsSync(path))
  if (!found) throw new Error(`the spelling word list ${name} is missing; build lih-lint (npm run build) to make it`)
  return found
}

function readDictionary(variant: Variant): Dictionary {
  const started = now()
  // The list front-coded in blocks, and the word count, the block size and each block's offset
  // (scripts/build-dictionary.mjs).
  const text = readFileSync(locate(`words-${variant}.front`))
  const rawBlocks = readFileSync(locate(`words-${variant}.blocks`))
  // Little-endian numbers; copied when the buffer is not 4-byte aligned (a pooled Buffer may not be).
  const header = rawBlocks.byteOffset % 4 === 0 ? new Uint32Array(rawBlocks.buffer, rawBlocks.byteOffset, rawBlocks.byteLength / 4) : new Uint32Array(new Uint8Array(rawBlocks).buffer)
  const count = header[0]
  const blockSize = header[1]
  const blocks = header.subarray(2)
  const blockCount = blocks.length - 1
  const hidden = new Set(readFileSync(locate(`words-${variant}.nosuggest.txt`), 'utf8').split('\n').filter(Boolean))
  const loadMs = now() - started
  const suggestions = new Map<string, string[]>()

  /**
   * Compares `word` with the list's entry at byte `entry`, from byte `from` on: the bytes before
   * agree, and `from` is no less than what the entry shares with the one before it, so the bytes
   * compared are those the entry holds. Word minus entry at the first difference, or by length (the
   * list is sorted by UTF-8 bytes); `differAt` is where they first differ.
   */
  let differAt = 0
  function compareEntry(word: Uint8Array | string, entry: number, from: number): number {
    const shared = text[entry]
    const length = shared + text[entry + 1]
    const bytes = entry + 2 - shared
    const ascii = typeof word === 'string'
    const size = word.length
    const common = Math.min(size, length)
    let at = from
    for (; at < common; at++) {
      const difference = (ascii ? (word as string).charCodeAt(at) : (word as Uint8Array)[at]) - text[bytes + at]
      if (difference !== 0) {
        differAt = at
        return difference
      }
    }
    differAt = at
    return size - length
  }

  // A release repeats its words, and the spelling rule looks up stems and case forms of each, the
  // readability rule the syllables of each: a remembered line is a hash lookup where the search
  // compares ~17 strings (the corpus: 1.5% less CPU), and the two rules share it.
  const lines = new Map<string, number>()
  function rememberedLine(word: string): number {
    let line = lines.get(word)
    if (line === undefined) {
      line = lineOf(word)
      if (lines.size >= 100_000) lines.clear()
      lines.set(word, line)
    }
    return line
  }

  function has(word: string): boolean {
    return rememberedLine(word) !== -1
  }

  function search(word: string): boolean {
    return lineOf(word) !== -1
  }

  /** The word's line in the list, or -1. */
  function lineOf(word: string): number {
    // ASCII words compare as they are; others as their UTF-8 bytes.
    const key = /^[\x00-\x7f]*$/.test(word) ? word : Buffer.from(word)
    // The last block whose first word is not after the word.
    let low = 0
    let high = blockCount - 1
    let block = -1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const difference = compareEntry(key, blocks[middle], 0)
      if (difference === 0) return middle * blockSize
      if (difference > 0) {
        block = middle
        low = middle + 1
      } else high = middle - 1
    }
    if (block === -1) return -1
    // Along the block: `agreed` bytes of the word agree with the entry before, which is before it.
    // An entry sharing more than that with the one before is before the word too; one sharing less
    // is after it (it differs from the one before where the word agreed, by a greater byte).
    let entry = blocks[block]
    const end = blocks[block + 1]
    compareEntry(key, entry, 0)
    let agreed = differAt
    let line = block * blockSize
    for (entry += 2 + text[entry + 1], line++; entry < end; entry += 2 + text[entry + 1], line++) {
      const shared = text[entry]
      if (shared > agreed) continue
      if (shared < agreed) return -1
      const difference = compareEntry(key, entry, agreed)
      if (difference === 0) return line
      if (difference < 0) return -1
      agreed = differAt
    }
    return -1
  }

  // One byte per line (scripts/build-dictionary.mjs), read on first use; none from an older build.
  let syllableCounts: Uint8Array | undefined
  function syllables(word: string): number | undefined {
    if (!syllableCounts) {
      try {
        syllableCounts = readFileSync(locate(`words-${variant}.syllables`))
      } catch {
        syllableCounts = new Uint8Array(0)
      }
    }
    const line = syllableCounts.length === count ? rememberedLine(word) : -1
    return line === -1 ? undefined : syllableCounts[line]
  }

  const knows = knowing(has)

  function usable(candidate: string): boolean {
    // Searched, not remembered: a suggestion tries ~500 strings that are mostly not words.
    return !hidden.has(candidate) && candidate.split(' ').every((part) => search(part))
  }

  function suggest(word: string, max = 3): string[] {
    const cached = suggestions.get(word)
    if (cached) return cached.slice(0, max)
    const found = rank(word, [...edits(word)].filter(usable))
    if (suggestions.size > 5000) suggestions.clear()
    suggestions.set(word, found)
    return found.slice(0, max)
  }

  return {variant, loadMs, has, knows, syllables, suggest}
}

/** Hunspell's case folding over a list: `has` answers for words exactly as written. */
function knowing(has: (word: string) => boolean): (word: string) => boolean {
  return (word) => {
    if (has(word)) return true
    const lower = word.toLowerCase()
    if (lower === word) return false
    const rest = word.slice(1)
    if (rest === rest.toLowerCase() || word === word.toUpperCase()) {
      if (has(lower)) return true
    }
    // “NASA” is in the list as written; “LONDON” is “London”.
    return word === word.toUpperCase() && has(word[0] + lower.slice(1))
  }
}

const letters = "abcdefghijklmnopqrstuvwxyz'"

/** Every string one edit away from `word` (delete, transpose, replace, insert over a–z), and the word split in two. */
function edits(word: string): Set<string> {
  const out = new Set<string>()
  for (let at = 0; at <= word.length; at++) {
    const head = word.slice(0, at)
    const tail = word.slice(at)
    if (tail) out.add(head + tail.slice(1))
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2))
    for (const letter of letters) {
      if (tail) out.add(head + letter + tail.slice(1))
      out.add(head + letter + tail)
    }
    if (head.length > 1 && tail.length > 1) out.add(`${head} ${tail}`)
  }
  out.delete(word)
  return out
}

/** Orders candidates the way typing goes wrong: swapped letters and doubled/undoubled letters first, then a letter left out or one too many, then one vowel for another, then the rest; the first letter is rarely wrong. */
function rank(word: string, candidates: string[]): string[] {
  const score = (candidate: string): number => {
    let value = 3
    if (candidate.length === word.length) {
      const differ = [...candidate].flatMap((letter, at) => (letter !== word[at] ? [at] : []))
      if (differ.length === 2 && differ[1] === differ[0] + 1) value = 0 // transposition
      else if (differ.length === 1 && /[aeiouy]/.test(word[differ[0]]) && /[aeiouy]/.test(candidate[differ[0]])) value = 1.5
      else value = 2
    } else if (candidate.length === word.length + 1) {
      // An insertion that doubles a letter ("ocurred" → "occurred").
      value = /(.)\1/.test(candidate) && !/(.)\1/.test(word) ? 0 : candidate.includes(' ') ? 2.5 : 1
    } else if (candidate.length === word.length - 1) {
      value = /(.)\1/.test(word) && !/(.)\1/.test(candidate) ? 0 : 1
    }
    if (candidate[0] !== word[0]) value += 1
    return value
  }
  return candidates.map((candidate) => [candidate, score(candidate)] as const).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([candidate]) => candidate)
}
