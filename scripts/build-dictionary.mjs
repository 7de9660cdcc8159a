// Expands the Hunspell dictionaries (dictionary-en-gb, dictionary-en) ONCE, at build time, into
// plain sorted word lists (every inflected form) beside the bundle: dist/words-en-GB.txt and
// dist/words-en-US.txt. The spelling rule reads one when it first runs (a few ms, no parsing)
// and checks words by lookup — nspell's table build (~400 ms per process) never runs in a lint.
//
// Format: one word per line, as the dictionary writes it (lower case for common words, capitals for
// names and acronyms: the rule lets a lower-case entry match a capitalised word, not the reverse).
// Beside each: `.nosuggest.txt`, correct words never offered as suggestions (Hunspell NOSUGGEST:
// the dictionaries' offensive words), and the form the rule reads (src/prose/dictionary.ts):
// `.front`, the same list front-coded in blocks of `blockSize` words (each word as the number of
// bytes it shares with the one before, the number of bytes that follow, and those bytes; the first
// of a block shares none), and `.blocks`, the word count, the block size and the byte offset of each
// block, then the end, as little-endian 32-bit numbers. The rule binary-searches the blocks' first words and
// walks one block, in the file as it was read: 0.57 MB to read at the start of a run instead of
// 1.7 MB (the plain list and an offset per line: one release cold took 5 ms more).
import {fileURLToPath} from 'node:url'
import {mkdir, readFile, writeFile, copyFile} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'

const dictionaries = {'en-GB': 'dictionary-en-gb', 'en-US': 'dictionary-en'}

export async function buildDictionaries(outDir = 'dist') {
  await mkdir(outDir, {recursive: true})
  for (const [variant, name] of Object.entries(dictionaries)) {
    // The packages export only their index.js (which reads index.aff/.dic beside it).
    const folder = dirname(fileURLToPath(import.meta.resolve(name)))
    const version = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')).version
    // The expansion takes ~0.5 s per dictionary: kept between builds, keyed on the package version
    // and this script (dist/ is wiped by every build).
    const script = await readFile(new URL(import.meta.url))
    const key = `${name}-${version}-${hash(script)}`
    const cache = join('node_modules', '.cache', 'lih-lint', `words-${key}`)
    const base = join(outDir, `words-${variant}`)
    if (!existsSync(`${cache}.txt`)) {
      const files = await expand(await readFile(join(folder, 'index.aff')), await readFile(join(folder, 'index.dic')))
      await mkdir(dirname(cache), {recursive: true})
      for (const [extension, data] of Object.entries(files)) await writeFile(`${cache}${extension}`, data)
    }
    for (const extension of extensions) await copyFile(`${cache}${extension}`, `${base}${extension}`)
    const {front, blocks} = frontCoded(await readFile(`${base}.txt`))
    await writeFile(`${base}.front`, front)
    await writeFile(`${base}.blocks`, blocks)
  }
  // `.syllables`: what the syllable package counts in each word of the list, one byte per line, so
  // the readability scores look a known word's count up instead of running the package's ~40
  // patterns and pluralize on it (~140 ms of the corpus, ~7 ms of one release cold). Kept between
  // builds like the lists, keyed on them and the package's version.
  const syllableVersion = JSON.parse(await readFile(fileURLToPath(import.meta.resolve('syllable/package.json')), 'utf8')).version
  const {syllable} = await import('syllable')
  const counted = new Map()
  for (const variant of Object.keys(dictionaries)) {
    const listFile = join(outDir, `words-${variant}.txt`)
    const list = await readFile(listFile)
    const cache = join('node_modules', '.cache', 'lih-lint', `syllables-${variant}-${syllableVersion}-${hash(list)}`)
    if (!existsSync(cache)) {
      const words = list.toString('utf8').split('\n')
      words.pop()
      const counts = new Uint8Array(words.length)
      words.forEach((word, line) => {
        let count = counted.get(word)
        if (count === undefined) counted.set(word, (count = syllable(word)))
        if (count > 255) throw new Error(`syllable counts ${count} syllables in ${word}; the table holds up to 255`)
        counts[line] = count
      })
      await mkdir(dirname(cache), {recursive: true})
      await writeFile(cache, counts)
    }
    await copyFile(cache, join(outDir, `words-${variant}.syllables`))
  }
  // `.only.txt`: the words of one variant the other lacks (~3,000 each). The spelling rule asks
  // whether the other variant knows a word; this list and the house's own answer that, so a run
  // reads ~40 kB instead of the other 0.57 MB list.
  const lists = Object.fromEntries(await Promise.all(Object.keys(dictionaries).map(async (variant) => [variant, new Set((await readFile(join(outDir, `words-${variant}.txt`), 'utf8')).split('\n').filter(Boolean))])))
  for (const [variant, words] of Object.entries(lists)) {
    const others = Object.entries(lists).filter(([name]) => name !== variant).map(([, list]) => list)
    const only = [...words].filter((word) => others.every((list) => !list.has(word)))
    await writeFile(join(outDir, `words-${variant}.only.txt`), only.join('\n') + '\n')
  }
}

const extensions = ['.txt', '.nosuggest.txt']

/** Words per block of the front-coded list (written in `.blocks`, which src/prose/dictionary.ts reads). */
export const blockSize = 32

/** The list (one word per line) front-coded in blocks, and the offsets of the blocks (see the top of this file). */
export function frontCoded(list) {
  const words = []
  for (let start = 0; start < list.length; ) {
    // The list ends with a line break (expand); a last line without one is a word too.
    let end = list.indexOf(10, start)
    if (end === -1) end = list.length
    words.push(list.subarray(start, end))
    start = end + 1
  }
  const blocks = Buffer.alloc(4 * (Math.ceil(words.length / blockSize) + 3))
  blocks.writeUInt32LE(words.length, 0)
  blocks.writeUInt32LE(blockSize, 4)
  const parts = []
  let offset = 0
  words.forEach((word, line) => {
    if (word.length > 255) throw new Error(`build: the word list holds a word of ${word.length} bytes; the front-coded list holds up to 255`)
    let shared = 0
    if (line % blockSize === 0) blocks.writeUInt32LE(offset, 4 * (2 + line / blockSize))
    else {
      const previous = words[line - 1]
      while (shared < word.length && shared < previous.length && word[shared] === previous[shared]) shared++
    }
    parts.push(Buffer.from([shared, word.length - shared]), word.subarray(shared))
    offset += 2 + word.length - shared
  })
  blocks.writeUInt32LE(offset, blocks.length - 4)
  return {front: Buffer.concat(parts), blocks}
}

/** The word list (sorted by UTF-8 bytes) and the NOSUGGEST words. */
async function expand(aff, dic) {
  const {default: nspell} = await import('nspell')
  const spell = nspell({aff, dic})
  const {ONLYINCOMPOUND: onlyInCompound, NOSUGGEST: noSuggest} = spell.flags
  const words = []
  const hidden = []
  for (const [word, codes] of Object.entries(spell.data)) {
    // Digits and ordinals ("21st") are numbers, which the rule never checks.
    if (!/\p{L}/u.test(word) || /\d|\n/.test(word)) continue
    if (onlyInCompound && codes.includes(onlyInCompound)) continue
    words.push(Buffer.from(word))
    if (noSuggest && codes.includes(noSuggest)) hidden.push(word)
  }
  words.sort(Buffer.compare)
  return {'.txt': Buffer.concat(words.flatMap((word) => [word, newline])), '.nosuggest.txt': hidden.sort().join('\n') + '\n'}
}

const newline = Buffer.from('\n')

function hash(buffer) {
  let value = 0
  for (const byte of buffer) value = (value * 31 + byte) >>> 0
  return value.toString(16)
}

if (import.meta.url === `file://${process.argv[1]}`) await buildDictionaries(process.argv[2])
