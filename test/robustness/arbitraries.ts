// Random releases built from release-like pieces (and, when present, slices of real releases), for
// the property tests and `npm run fuzz`.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {corpusPath} from '../helpers.ts'

const pieces = [
  '# LIH opens a laboratory\n',
  '## About the Luxembourg Institute of Health (LIH)\n',
  '## Press contact\n',
  '**Media contact:** Jane Doe, press@lih.lu\n',
  '18 June 2024\n',
  'June 18, 2024 – ',
  'The Luxembourg Institute of Health (LIH) published a study.',
  'LIH researchers, led by Dr Meiser, found a target.',
  '“We are proud of the team,” said Prof Ulf Nehrbass, CEO of LIH.',
  '"Unclosed quote',
  '> A quote in a blockquote\n',
  '- a list item\n',
  '1. a numbered item\n',
  '`code.Sample`',
  '[a link](https://www.lih.lu/News.Today)',
  'https://lih.lu/a.B',
  'press@lih.lu',
  'outcome.Looking',
  'e.g. U.S. 2.5 lih.lu',
  '(unbalanced',
  '<!-- lih-lint-disable space-after-full-stop -->',
  '<div>html</div>',
  '| a | b |\n| - | - |\n| 1 | 2 |\n',
  '---\ntitle: x\n---\n',
  '\\*escaped\\* &amp; &copy;',
  '**bold**_em_',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '  ',
  '\t',
  'é ü ß 漢字 🙂',
  '###\n',
  'Chairman of the Board of Directors',
  'please visit',
  'Friday 11 September 2025'
]

const corpusSlices: string[] = existsSync(corpusPath)
  ? readdirSync(corpusPath, {withFileTypes: true})
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => readdirSync(join(corpusPath, entry.name)).slice(0, 8).map((name) => readFileSync(join(corpusPath, entry.name, name), 'utf8')))
  : []

const piece = fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 12}), fc.constantFrom(' ', '.', ',', '“', '”', '"', '(', ')', '*', '_', '#', '>', '-', '[', ']', '`'))
const fromPieces = fc.array(piece, {maxLength: 60}).map((parts) => parts.join(''))
const fromCorpus = corpusSlices.length > 0
  ? fc.tuple(fc.constantFrom(...corpusSlices), fc.nat(), fc.nat({max: 3000}), fromPieces).map(([text, start, length, noise]) => {
      const from = start % Math.max(1, text.length)
      return text.slice(from, from + length) + noise
    })
  : fromPieces

export const releaseText = fc.oneof(fromPieces, fromCorpus)

/** Pages: release pieces between tags, references and page parts that are not the release (nav, footer, scripts). */
const htmlPieces = [
  '<!DOCTYPE html><html><body>',
  '<article>',
  '</article>',
  '<main>',
  '<nav><a href="/">Luxemburg Institute of Health</a></nav>',
  '<header>',
  '</header>',
  '<footer>June 18, 2024</footer>',
  '<aside>',
  '<p>',
  '</p>',
  '<h1>',
  '</h1>',
  '<h2>About the Luxembourg Institute of Health (LIH)</h2>',
  '<em>',
  '</em>',
  '<a href="https://www.lih.lu">',
  '</a>',
  '<q>',
  '</q>',
  '<br>',
  '<blockquote>',
  '<ul><li>',
  '</li>',
  '<table><tr><td>',
  '<pre>',
  '<code>',
  '<script>var a = "LIH";</script>',
  '<!-- lih-lint-disable org-name-variant -->',
  '&amp;',
  '&nbsp;',
  '&#8217;',
  '&#x1F642;',
  '&copy2024',
  '&ldquo;',
  '&rdquo;',
  '&',
  '<',
  '>',
  'Luxemburg Institute of Health',
  '\n      '
]
const htmlPiece = fc.oneof(fc.constantFrom(...htmlPieces), piece)
export const htmlText = fc.array(htmlPiece, {maxLength: 80}).map((parts) => parts.join(''))
