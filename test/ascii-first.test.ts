// The build tests the Unicode property classes of every regular expression literal of src/ and
// rules/ ASCII first (scripts/ascii-first.mjs): each must match exactly what it matched before.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a build script without types
import {asciiFirst, regExpLiterals, rewriteRegExpLiterals} from '../scripts/ascii-first.mjs'
import {corpusPath, hasShared, root} from './helpers.ts'

interface Literal {
  start: number
  end: number
  pattern: string
  flags: string
}

// Letters, digits and marks outside ASCII, astral capitals, the case folds that reach into ASCII
// under `i` (the Kelvin sign, the long s), curly quotes, dashes, no-break and soft-hyphen spaces.
const edgeCases = [
  'Café Zürich, ÅLAND and Ωmega: ǅungla İstanbul Straße STRAẞE',
  '𝐀𝐁𝐂 𝐃𝐞𝐟 are capitals outside the first plane; ٣٤ and ²³ are numbers',
  'e\u0301tude, K (Kelvin) and ſ (long s) fold to k and s; KELVIN kelvin',
  'The LIH’s “Precision Health” programme — in the Grand Duchy – said Dr. Ulf Nehrbass.',
  'Luxembourg\u00a0Institute of Health (LIH) co\u00adoperates; re\u2010use; the the THE the',
  'MINISTRY OF HEALTH, Prof. Jane Doe-Smith, RNA/DNA, COVID-19, H2O, AI’s, NGOs, e-mail a@b.lu',
  '“Quote,” he said. ‘Single’ quotes… «Guillemets» „German“ 3.5 % 18 June 2024 June 18, 2024'
]

function sourceFiles(): string[] {
  return ['src', 'rules'].flatMap((folder) =>
    readdirSync(join(root, folder), {recursive: true, encoding: 'utf8'})
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(root, folder, name))
  )
}

/** Every match of the pattern in each subject: index and groups, in order. */
function matches(pattern: RegExp, subjects: readonly string[]): string {
  const global = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'g')
  const found: Array<[number, number, ...(string | undefined)[]]> = []
  subjects.forEach((subject, at) => {
    for (const match of subject.matchAll(global)) found.push([at, match.index, ...match])
  })
  return JSON.stringify(found)
}

describe('asciiFirst', () => {
  it('tests the ASCII characters of a class inline, then the class as written for any other', () => {
    expect(asciiFirst(String.raw`[\p{L}\p{N}&.-]+`, 'u')).toBe(String.raw`(?:[\x26\x2d\x2e0-9A-Za-z]|(?=[^\x00-\x7f])[\p{L}\p{N}&.-])+`)
    expect(asciiFirst(String.raw`^\p{Lu}`, 'u')).toBe(String.raw`^(?:[A-Z]|(?=[^\x00-\x7f])\p{Lu})`)
    // A property with no ASCII member keeps only its guard; a negated class keeps its ASCII complement.
    expect(asciiFirst(String.raw`\p{M}`, 'u')).toBe(String.raw`(?=[^\x00-\x7f])\p{M}`)
    expect(asciiFirst(String.raw`[^\p{L}']`, 'u')).toBe(String.raw`(?:[\x00-\x26\x28-\x40\x5b-\x60\x7b-\x7f]|(?=[^\x00-\x7f])[^\p{L}'])`)
    // Under `i` the class's ASCII members are those it matches caselessly.
    expect(asciiFirst(String.raw`\p{Lu}`, 'iu')).toBe(String.raw`(?:[A-Za-z]|(?=[^\x00-\x7f])\p{Lu})`)
  })

  it('leaves patterns without the u flag, classes without a property and escapes alone', () => {
    expect(asciiFirst(String.raw`[\p{L}]`, 'g')).toBe(String.raw`[\p{L}]`)
    expect(asciiFirst(String.raw`[a-z\]\\]+\[\p`, 'u')).toBe(String.raw`[a-z\]\\]+\[\p`)
    expect(asciiFirst(String.raw`[\]\p{L}]`, 'u')).toBe(String.raw`(?:[A-Z\x5da-z]|(?=[^\x00-\x7f])[\]\p{L}])`)
    // Not patterns (a class or a property left open): returned as they are, rather than looping.
    expect(asciiFirst(String.raw`a[\p{L}`, 'u')).toBe(String.raw`a[\p{L}`)
    expect(asciiFirst(String.raw`a\p{L`, 'u')).toBe(String.raw`a\p{L`)
  })
})

describe('the regular expression literals of src/ and rules/', async () => {
  const literals: Array<Literal & {path: string}> = []
  for (const path of sourceFiles()) {
    const source = readFileSync(path, 'utf8')
    for (const literal of (await regExpLiterals(source, path)) as Literal[]) literals.push({...literal, path})
  }
  const rewritten = literals.filter(({pattern, flags}) => asciiFirst(pattern, flags) !== pattern)
  // Subjects: the edge cases and, with ../shared, the lines and non-ASCII words of one release in sixteen.
  const subjects = [...edgeCases, ...edgeCases.flatMap((text) => text.split(/\s+/))]
  if (hasShared) {
    const folders = readdirSync(corpusPath, {withFileTypes: true}).filter((entry) => entry.isDirectory())
    const files = folders.flatMap((folder) => readdirSync(join(corpusPath, folder.name)).map((name) => join(corpusPath, folder.name, name)))
    for (const file of files.filter((_, index) => index % 16 === 0)) {
      const lines = readFileSync(file, 'utf8').split('\n')
      subjects.push(...lines, ...lines.flatMap((line) => line.split(/\s+/)).filter((word) => /[^\x00-\x7f]/.test(word)))
    }
  }

  it('are found by the parser, and those with a property class are rewritten', () => {
    expect(literals.length).toBeGreaterThan(300)
    const withProperty = literals.filter(({pattern, flags}) => /\\[pP]\{/.test(pattern) && flags.includes('u'))
    expect(rewritten.length).toBeGreaterThan(50)
    expect(rewritten).toEqual(withProperty)
  })

  it('match the same strings with the same groups after the rewrite', () => {
    for (const {path, pattern, flags} of rewritten) {
      const before = new RegExp(pattern, flags)
      const after = new RegExp(asciiFirst(pattern, flags), flags)
      expect(matches(after, subjects), `${path}: /${pattern}/${flags}`).toBe(matches(before, subjects))
    }
  })

  it('are rewritten in place, the rest of the source untouched', async () => {
    const source = "const a = /\\p{Lu}/u // not /\\p{L}/u\nconst b = '/\\p{L}/u'\nconst c = x / 2 / y\nconst d = /[\\p{L}-]+/gu\n"
    expect(await rewriteRegExpLiterals(source, 'example.ts')).toBe(
      "const a = /(?:[A-Z]|(?=[^\\x00-\\x7f])\\p{Lu})/u // not /\\p{L}/u\nconst b = '/\\p{L}/u'\nconst c = x / 2 / y\nconst d = /(?:[\\x2dA-Za-z]|(?=[^\\x00-\\x7f])[\\p{L}-])+/gu\n"
    )
  })
})
