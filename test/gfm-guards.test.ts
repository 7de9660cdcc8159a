// The guarded GFM constructs (src/engine/gfm-guards.ts) must give exactly stock remark-gfm's tree:
// on hand-made edge cases, on the fixtures, on the corpus when ../shared is there, and on random
// Markdown made of the characters the guards look at.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {guardedNames, remarkGfmGuards, withSource} from '../src/engine/gfm-guards.ts'
import './fast-check-seed.ts'
import {corpusPath, root} from './helpers.ts'

const stock = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()
const guarded = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkGfmGuards).freeze()

const sameTree = (text: string) => expect(withSource(text, () => guarded.parse(text))).toEqual(stock.parse(text))

const edgeCases = [
  'Contact: press@lih.lu or +352 26970-1.\n',
  'Write to first_last@example.org, *not* to_me@x.y_ or a.b-@c.d-.\n',
  'See https://www.lih.lu/en/news?a=1_b_2 and www.lih.lu. HTTP://EXAMPLE.COM too, hTTp://x.',
  'mailto:press@lih.lu and xmpp:someone@example.org/home\n',
  '[a link with press@lih.lu inside](https://lih.lu) and [unbalanced press@lih.lu\n',
  '> quoted press@lih.lu\n> | a | b |\n> | - | - |\n> | 1 | 2 |\n',
  '- item www.lih.lu\n  | a | b |\n  | --- | :-: |\n',
  '| a | b |\n| - | - |\n| press@lih.lu | www.lih.lu |\nnot a row? | yes\n\ntext\n',
  'a | b\n--- | ---\n1 | 2\n',
  'head\n:-\n\nhead | x\n-|-\n',
  'a | b\r\n--|--\r\nc | d\r\n',
  'a | b\r--|--\rc | d\r',
  'a | b\n> --|--\n',
  'lazy\n> a | b\n--|--\n',
  'Setext\n---\n\n| only a head |\n',
  '---\ntitle: x@y.z\n---\n\n# Head www.x.y\n\nBody\tpress@lih.lu\n',
]

describe('guarded GFM constructs', () => {
  it('guard the email, protocol and www autolinks and the table', () => {
    expect([...guardedNames].sort()).toEqual(['emailAutolink', 'protocolAutolink', 'table', 'wwwAutolink'])
  })

  it('give stock remark-gfm’s tree on edge cases', () => {
    for (const text of edgeCases) sameTree(text)
  })

  it('give stock remark-gfm’s tree on the fixtures', () => {
    const files = ['fixtures/sample-release.md', ...readdirSync(join(root, 'fixtures/good')).map((name) => `fixtures/good/${name}`), ...readdirSync(join(root, 'fixtures/bad')).map((name) => `fixtures/bad/${name}`)]
    const markdown = files.filter((path) => path.endsWith('.md'))
    expect(markdown.length).toBeGreaterThan(5)
    for (const path of markdown) sameTree(readFileSync(join(root, path), 'utf8'))
  })

  it.skipIf(!existsSync(corpusPath))('give stock remark-gfm’s tree on the corpus', () => {
    let count = 0
    for (const entry of readdirSync(corpusPath, {withFileTypes: true})) {
      if (!entry.isDirectory()) continue
      for (const name of readdirSync(join(corpusPath, entry.name))) {
        if (!name.endsWith('.md')) continue
        sameTree(readFileSync(join(corpusPath, entry.name, name), 'utf8'))
        count++
      }
    }
    expect(count).toBeGreaterThan(100)
  })

  it('give stock remark-gfm’s tree on random Markdown', () => {
    const pieces = ['a', 'w', 'W', 'h', 'H', 'http', 'https://', 'www.', 'x.y', '@', '.', '-', '_', '+', ':', '|', ' ', '\t', '\n', '\r\n', '\r', '> ', '- ', '1. ', '[', ']', '(', ')', '*', '`', '\\', '~', '<', '#', '---', ' | ', '--|--', 'mailto:', 'xmpp:', '/', '!']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 60}), (parts) => {
        sameTree(parts.join(''))
      }),
      {numRuns: 3000},
    )
  })
})
