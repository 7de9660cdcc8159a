// HTML pages (releases as published on the web): only the article is checked, findings point at
// the exact characters of the HTML source, and --fix changes words, never tags.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {findFiles} from '../src/cli/files.ts'
import {ConfigFinder} from '../src/config/load.ts'
import {fix} from '../src/engine/fix.ts'
import {htmlFix} from '../src/engine/html-source.ts'
import {lint, type LintMessage} from '../src/engine/lint.ts'
import {formatOf} from '../src/engine/parse.ts'
import {rules} from '../rules/index.ts'
import {configFor, root, workspace} from './helpers.ts'

const bin = join(root, 'bin/lih-lint.js')
const pagePath = join(root, 'fixtures/html/lih-immune-cells.html')
const page = readFileSync(pagePath, 'utf8')
const rule = (id: string) => rules.find((candidate) => candidate.id === id)!

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** The source text at a message's place: what the writer sees highlighted. */
function atPlace(source: string, message: LintMessage): string {
  const place = message.place as {start: {offset: number}; end: {offset: number}}
  return source.slice(place.start.offset, place.end.offset)
}

/** Every tag of a page, in order, so a fix can be shown to leave them all as they were. */
const tags = (html: string) => html.match(/<[^>]+>/g) ?? []

/**
 * Every element as a browser reads it (nesting, name, attributes) and every comment: for pages with
 * defects dropped in anywhere, where a `<` cut off from its tag is text, not a tag.
 */
function structure(html: string): string[] {
  const found: string[] = []
  const walk = (node: {type: string; tagName?: string; properties?: unknown; value?: string; children?: unknown[]}, depth: number) => {
    if (node.type === 'element') found.push(`${depth} ${node.tagName} ${JSON.stringify(node.properties)}`)
    if (node.type === 'comment') found.push(`${depth} <!--${node.value}-->`)
    for (const child of node.children ?? []) walk(child as typeof node, depth + 1)
  }
  walk(unified().use(rehypeParse).parse(html) as never, 0)
  return found
}

async function lintPage(source: string, path = 'page.html', config = new ConfigFinder().forFile(pagePath)) {
  const {file} = await lint(source, {path, config})
  return file.messages as LintMessage[]
}

describe('HTML pages', () => {
  it('reads .html and .htm as HTML, and finds them in folders', async () => {
    expect(formatOf('news/release.html')).toBe('html')
    expect(formatOf('news/RELEASE.HTM')).toBe('html')
    const dir = workspace({'a.html': page, 'b.htm': page, 'c.md': '# T\n', 'd.css': 'p {}'})
    const {files} = await findFiles(['.'], dir)
    expect(files.map((file) => file.slice(dir.length + 1)).sort()).toEqual(['a.html', 'b.htm', 'c.md'])
  })

  it('reports findings in the article at their exact line and column in the HTML source', async () => {
    const messages = await lintPage(page)
    const lines = page.split('\n')
    const found = (id: string) => messages.filter((message) => message.ruleId === id)

    const [variant] = found('org-name-variant')
    expect(atPlace(page, variant)).toBe('Luxemburg Institute of Health')
    expect(lines[variant.line! - 1].slice(variant.column! - 1)).toMatch(/^Luxemburg Institute of Health and the Luxembourg National/)
    expect(variant).toMatchObject({line: 39, column: 37, actual: 'Luxemburg Institute of Health', expected: ['Luxembourg Institute of Health'], fixKind: 'safe'})

    // The first "LIH" opens a paragraph whose text starts after a line break and indentation.
    const [first] = found('org-first-mention')
    expect(atPlace(page, first)).toBe('LIH')
    expect(first).toMatchObject({line: 28, column: 9})

    // The full stop right after </em>: the tag takes no room in the text the rule read.
    const [stop] = found('space-after-full-stop')
    expect(atPlace(page, stop)).toBe('.')
    expect(page.slice((stop.place as {start: {offset: number}}).start.offset - 11, (stop.place as {end: {offset: number}}).end.offset + 4)).toBe('tumour</em>.Once')
  })

  it('ignores the site navigation, banner, breadcrumb, sidebars, footer, title and scripts', async () => {
    const messages = await lintPage(page)
    const articleStart = page.slice(0, page.indexOf('<article')).split('\n').length
    const articleEnd = page.slice(0, page.indexOf('</article>')).split('\n').length
    const asideLine = page.slice(0, page.indexOf('<aside')).split('\n').length
    for (const message of messages) {
      if (message.ruleId === 'readability') continue
      expect(message.line, `${message.ruleId}: ${message.reason}`).toBeGreaterThanOrEqual(articleStart)
      expect(message.line, `${message.ruleId}: ${message.reason}`).toBeLessThanOrEqual(articleEnd)
      expect(message.line).not.toBe(asideLine)
    }
    // The nav, footer and aside each say "Luxemburg Institute of Health" and "June 18, 2024".
    expect(messages.filter((message) => message.ruleId === 'org-name-variant')).toHaveLength(1)
    expect(messages.filter((message) => message.ruleId === 'date-format')).toEqual([])
    // The headline inside the article's own <header> is read as the headline.
    expect(messages.map((message) => message.ruleId)).not.toContain('require-headline')
    expect(messages.map((message) => message.ruleId)).not.toContain('require-date-line')
  })

  it('keeps positions exact after character references and inline tags', async () => {
    const source = [
      '<article>',
      '  <h1>R&amp;D&nbsp;news from <em>the</em> lab</h1>',
      '  <p>Researchers &amp; <em>partners</em>&nbsp;at the <a href="https://lih.lu">institute</a> &#8211; and the Luxemburg',
      '     Institute of Health &ndash; agree. The Luxemburg Institute of Health said&nbsp;so.</p>',
      '</article>'
    ].join('\n')
    const messages = await lintPage(source, 'page.html', configFor(rule('org-name-variant')))
    expect(messages).toHaveLength(2)
    // The first is written over a line break: reported where it is, but no fix (the source is not the text).
    expect(atPlace(source, messages[0])).toBe('Luxemburg\n     Institute of Health')
    const lines = source.split('\n')
    expect(messages[0]).toMatchObject({line: 3, column: lines[2].indexOf('Luxemburg') + 1})
    expect(messages[0].expected).toBeUndefined()
    expect(atPlace(source, messages[1])).toBe('Luxemburg Institute of Health')
    expect(messages[1]).toMatchObject({line: 4, column: lines[3].indexOf('Luxemburg') + 1, expected: ['Luxembourg Institute of Health']})
  })

  it('reads a sentence wrapped over lines (with trailing spaces, tags and references) as one sentence', async () => {
    const source = '<article><h1>Headline</h1>\n<p>The team \n      followed the <em>cells</em>\n   in patient&#8209;derived   \n models for eighteen months.   Then it stopped.</p></article>'
    const {release} = await lint(source, {path: 'page.html', config: configFor(rule('sentence-length'))})
    const sentences = release!.sentences.map((sentence) => source.slice(sentence.start, sentence.end))
    expect(sentences).toEqual(['Headline', 'The team \n      followed the <em>cells</em>\n   in patient&#8209;derived   \n models for eighteen months.', 'Then it stopped.'])
  })

  it('--fix changes only the reported words and leaves every tag intact', () => {
    const dir = workspace({'release.html': page})
    run(['--fix', 'release.html'], dir)
    const fixed = readFileSync(join(dir, 'release.html'), 'utf8')
    expect(tags(fixed)).toEqual(tags(page))
    // One safe fix in the article; the nav, title and footer keep their (unchecked) wrong form.
    const at = page.indexOf('funded by the Luxemburg') + 'funded by the '.length
    expect(fixed).toBe(page.slice(0, at) + 'Luxembourg' + page.slice(at + 'Luxemburg'.length))

    // Suggestions too: the first "LIH" expanded; still every tag intact.
    run(['--fix', '--fix-type', 'suggestion', 'release.html'], dir)
    const suggested = readFileSync(join(dir, 'release.html'), 'utf8')
    expect(tags(suggested)).toEqual(tags(page))
    expect(suggested).toContain('\n        Luxembourg Institute of Health (LIH) scientists have described')
    // A second run has nothing left to change.
    run(['--fix', '--fix-type', 'suggestion', 'release.html'], dir)
    expect(readFileSync(join(dir, 'release.html'), 'utf8')).toBe(suggested)
  })

  it('never offers a fix that would cut a character reference, and writes & and < as references', () => {
    // "R&amp;" with a span ending at the "&": replacing it would leave "amp;" behind.
    expect(htmlFix('R&amp;D', 0, 2, ['X'])).toBeUndefined()
    expect(htmlFix('R&amp;D', 0, 7, ['R and D'])).toEqual(['R and D'])
    expect(htmlFix('AT&T', 0, 4, ['AT&T <b>'])).toEqual(['AT&amp;T &lt;b>'])
  })

  it('takes the release from the configured selector, and says when it matches nothing', async () => {
    const source = [
      '<html><body><header><a href="/">Luxemburg Institute of Health</a></header><nav>Luxemburg Institute of Health</nav>',
      '<article class="teaser"><p>Read about the Luxemburg Institute of Health.</p></article>',
      '<div class="release-body"><h1>Headline</h1><p>The Luxemburg Institute of Health said so.</p></div>',
      '<footer>Luxemburg Institute of Health</footer></body></html>'
    ].join('\n')
    const dir = workspace({
      'default/page.html': source,
      'custom/page.html': source,
      'custom/.lihlintrc.yaml': 'html:\n  selector: .release-body, article\n',
      'missing/page.html': source,
      'missing/.lihlintrc.yaml': 'html:\n  selector: "#no-such-id"\n',
      'ignored/page.html': source,
      'ignored/.lihlintrc.yaml': 'html:\n  ignore: .teaser\n'
    })
    const finder = new ConfigFinder()
    const variantIn = async (folder: string) => {
      const path = join(dir, folder, 'page.html')
      const {file} = await lint(source, {path, config: finder.forFile(path)})
      return file.messages as LintMessage[]
    }
    // By default the (first) <article> is the release: here a teaser.
    expect((await variantIn('default')).filter((message) => message.ruleId === 'org-name-variant').map((message) => message.line)).toEqual([2])
    // Selectors are tried in the order written, not the page's.
    expect((await variantIn('custom')).filter((message) => message.ruleId === 'org-name-variant').map((message) => message.line)).toEqual([3])
    // Nothing matches: the whole body is checked (without its banner, navigation and footer), and the report says why.
    const missing = await variantIn('missing')
    expect(missing.filter((message) => message.ruleId === 'org-name-variant').map((message) => message.line)).toEqual([2, 3])
    expect(missing.find((message) => message.ruleId === 'input')?.reason).toContain('No element on the page matches the selector `#no-such-id`')
    // html.ignore drops the teaser when the body is checked.
    expect((await variantIn('ignored')).filter((message) => message.ruleId === 'org-name-variant').map((message) => message.line)).toEqual([2])
  })

  it('reports a selector it cannot use at its line in the config', () => {
    const dir = workspace({'page.html': page, '.lihlintrc.yaml': 'preset: recommended\nhtml:\n  selector: "article[["\n'})
    const result = run(['page.html'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/\.lihlintrc\.yaml:3:\d+: `html\.selector`: `article\[\[` is not a CSS selector lih-lint can use/)
  })

  it('honours control comments in the page', async () => {
    const source = '<article><h1>Headline</h1>\n<!-- lih-lint-disable org-name-variant -->\n<p>The Luxemburg Institute of Health.</p>\n<!-- lih-lint-enable org-name-variant -->\n<p>The Luxemburg Institute of Health.</p></article>'
    const messages = await lintPage(source, 'page.html', configFor(rule('org-name-variant')))
    expect(messages.map((message) => `${message.ruleId} ${message.line}`)).toEqual(['org-name-variant 5'])
  })

  it('lints a malformed page (unclosed tags, stray ampersands, CRLF) without crashing', async () => {
    const source = '<html><body><main>\r\n<h1>Broken page<p>AT&T and the Luxemburg Institute of Health &copy2024 <em>unclosed <div>text\r\n<p>Second &amp the Luxemburg Institute of Health</main></span></body>'
    const messages = await lintPage(source, 'broken.html', configFor(rule('org-name-variant')))
    expect(messages.map((message) => message.ruleId)).toEqual(['org-name-variant', 'org-name-variant'])
    for (const message of messages) expect(atPlace(source, message)).toBe('Luxemburg Institute of Health')
    expect(messages.map((message) => message.line)).toEqual([2, 3])
    const all = await lintPage(source, 'broken.html')
    expect(all.filter((message) => message.ruleId === 'internal-error')).toEqual([])
  })

  it('fixing a page with defects dropped in anywhere (tags, attributes, references) never changes an element', async () => {
    const defects = [
      'the edge of the <em>tumour</em>.Once there',
      ' Luxemburg Institute of Health ',
      ' Luxemburg&nbsp;Institute of&#32;Health ',
      'LIH ',
      ' on June 18, 2024, ',
      '  ',
      ' R&amp;D &amp; the the ',
      ' word , ',
      ' "straight" ',
      ' Dr Meiser ',
      '&ldquo;It works.Really,&rdquo; said Dr Meiser.',
      '<b>Luxemburg</b> Institute of Health &amp;'
    ]
    const config = new ConfigFinder().forFile(pagePath)
    const types = ['safe', 'suggestion'] as const
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...defects)), {minLength: 1, maxLength: 5}), async (inserts) => {
        let source = page
        for (const [at, defect] of inserts) {
          const where = at % (source.length + 1)
          source = source.slice(0, where) + defect + source.slice(where)
        }
        const fixed = await fix(source, {path: 'page.html', config, types})
        expect(structure(fixed.text)).toEqual(structure(source))
        const {file} = await lint(fixed.text, {path: 'page.html', config})
        expect(file.messages.filter((message) => message.ruleId === 'internal-error')).toEqual([])
      }),
      {numRuns: Number(process.env.FIX_RUNS ?? 25)}
    )
  })
})
