// The plain front-matter reader must answer exactly what the yaml package answers, or not at all.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseDocument} from 'yaml'
import {readSimpleFrontMatter} from '../src/model/simple-front-matter.ts'
import {corpusPath, hasShared, root} from './helpers.ts'

/** What src/model/release.ts takes from the yaml package: the data, or the error. */
function yamlReading(text: string): unknown {
  const doc = parseDocument(text, {schema: 'core', merge: false, customTags: [], uniqueKeys: false})
  return doc.errors.length > 0 ? `error: ${doc.errors[0].message}` : doc.toJS({maxAliasCount: 50})
}

function frontMattersUnder(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.md'))
    .map((name) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, name), 'utf8'))?.[1])
    .filter((text): text is string => text !== undefined)
}

describe('plain front matter', () => {
  it('reads key: value lines as the yaml package does', () => {
    const text = "title: 'LIH''s new lab: a first'\ndate: 2024-02-02T10:30:00-05:00\nurl: /news/press-releases/jy2072\ndraft: false\nauthor: \"Prof Ulf Nehrbass\"\nlayout: post"
    expect(readSimpleFrontMatter(text)).toEqual({title: "LIH's new lab: a first", date: '2024-02-02T10:30:00-05:00', url: '/news/press-releases/jy2072', draft: false, author: 'Prof Ulf Nehrbass', layout: 'post'})
    expect(readSimpleFrontMatter(text)).toEqual(yamlReading(text))
  })

  it('leaves to the yaml package what it is not sure of', () => {
    for (const text of ['weight: 10', 'date: null', 'title: a: b', 'title: a #comment', 'title: >-\n  folded', 'tags:\n- a', 'title: "a\\tb"', 'title: x\ntitle: y', 'true: x', '# comment\ntitle: x', 'title: [a]', 'title: ~', '']) {
      expect(readSimpleFrontMatter(text), text).toBeUndefined()
    }
  })

  it('answers as the yaml package does wherever it answers, on lines of YAML’s awkward characters', () => {
    const bits = ['a', 'Z', '0', '9', ' ', '  ', ':', ': ', '#', ' #', "'", "''", '"', '\\', '-', '.', '/', '~', '!', '&', '*', '%', '@', '`', '|', '>', '[', ']', '{', '}', ',', '?', '\t', 'é', '“', 'null', 'true', 'False', '2024-02-02', 'T10:30:00', '-05:00', '0x1F', '.inf', '1e3', '+1', '\u2028', '\u00a0', '\u0000', '\u000b', '\u000c', '\u007f', '\u0085', '\ufeff', '\r']
    const value = fc.tuple(fc.array(fc.constantFrom(...bits), {maxLength: 6}), fc.constantFrom('', "'", '"')).map(([parts, quote]) => `${quote}${parts.join('')}${quote}`)
    const key = fc.constantFrom('title', 'date', 'url', 'a', 'x_y', 'key-1', 'true', 'null', 'Yes', 'on', 'constructor', 'draft')
    const line = fc.tuple(key, fc.constantFrom(': ', ':', ':  '), value, fc.constantFrom('', ' ')).map((parts) => parts.join(''))
    let answered = 0
    fc.assert(
      fc.property(fc.array(line, {minLength: 1, maxLength: 3}), (lines) => {
        const text = lines.join('\n')
        const simple = readSimpleFrontMatter(text)
        if (simple === undefined) return
        answered++
        expect(simple).toEqual(yamlReading(text))
      }),
      {numRuns: 20_000}
    )
    // The draw must reach the reader's answers, not only its refusals.
    expect(answered).toBeGreaterThan(1000)
  })

  it('answers as the yaml package does for the fixtures and, when present, the corpus', () => {
    const texts = [...frontMattersUnder(join(root, 'fixtures')), ...(hasShared ? frontMattersUnder(corpusPath) : [])]
    const answered = texts.filter((text) => readSimpleFrontMatter(text) !== undefined)
    for (const text of answered) expect(readSimpleFrontMatter(text), text).toEqual(yamlReading(text))
    if (hasShared) expect(answered.length).toBeGreaterThan(texts.length / 2)
  })
})
