// One parse per file: Markdown (front matter, GFM), plain text or an HTML page into mdast, then
// each block's prose into nlcst (retext's tree) with parse-english, the parser retext-english uses,
// so that retext plugins report positions in the source itself.
//
// Why not remark-retext's bridge over the whole tree: it tokenises the whole document as one
// sentence before splitting it, and parse-latin's sentence plugins splice that array, so time grows
// with the square of the file (2,000 paragraphs: 5.9 s; 4,000: 16.4 s). Its engine,
// mdast-util-to-nlcst, run block by block on a slice of the source, gives the same tree in linear time.
import type {Nodes, Paragraph, Parent, Root, Text} from 'mdast'
import {toNlcst} from 'mdast-util-to-nlcst'
import type {Paragraph as NlcstParagraph, Root as NlcstRoot} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {remarkGfmGuards, withSource} from './gfm-guards.ts'
import type {HtmlOptions} from './html-selector.ts'
import {loadHtmlParser} from './lazy.ts'
import {lineIndex, type LineIndex} from './positions.ts'
import {parseText} from './text-parser.ts'

// Made on first use, not when the module loads: a run served from --cache parses nothing.
const makeMarkdown = () => unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkGfmGuards).freeze()
let markdown: ReturnType<typeof makeMarkdown> | undefined
let english: ParseEnglish | undefined

export type SourceFormat = 'markdown' | 'text' | 'html'

export function formatOf(path: string | undefined): SourceFormat {
  if (path && /\.txt$/i.test(path)) return 'text'
  if (path && /\.html?$/i.test(path)) return 'html'
  return 'markdown'
}

export interface Parsed {
  mdast: Root
  nlcst: NlcstRoot
  /** Set when Markdown was read as plain text because its structure would make the parser run away. */
  fallback?: string
  /** Something the writer should know about how the file was read (an HTML selector that matched nothing). */
  notice?: string
}

export async function parseRelease(file: VFile, format: SourceFormat, options: {html?: HtmlOptions} = {}): Promise<Parsed> {
  const source = String(file.value)
  const depth = format === 'markdown' ? nestingDepth(source) : 0
  const fallback = depth > maxNesting ? `quotes or lists are nested ${depth} levels deep; the file was checked as plain text` : undefined
  // Loaded on first use: the HTML parser is as large as the rest of lih-lint, and most runs read Markdown.
  const page = format === 'html' ? (await loadHtmlParser()).parseHtml(source, options.html) : undefined
  const mdast = page ? page.mdast : format === 'text' || fallback ? parseText(source) : parseMarkdown(source)
  const index = lineIndex(source)
  splitLongText(mdast, source, index)
  return {mdast, nlcst: proseTree(mdast, source), fallback, notice: page?.notice}
}

/**
 * Hugo and Jekyll read front matter after blank lines too; micromark wants the opening `---` on the
 * first line. Such a file is parsed from its `---` and the positions moved back by the blank lines,
 * so every offset still points into the file as written.
 */
function parseMarkdown(source: string): Root {
  const blank = /^(?:[ \t]*\r?\n)+(?=---[ \t]*\r?\n)/.exec(source)?.[0]
  if (!blank) return parseGfm(source)
  const lines = blank.split('\n').length - 1
  const tree = shifted(parseGfm(source.slice(blank.length)), (point) => ({line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + blank.length}))
  tree.position = {start: {line: 1, column: 1, offset: 0}, end: tree.position!.end}
  return tree
}

function parseGfm(text: string): Root {
  return withSource(text, () => (markdown ??= makeMarkdown()).parse(text) as Root)
}

/** The nlcst of every paragraph and heading (tables and code are not prose), in document order. */
function proseTree(mdast: Root, source: string): NlcstRoot {
  const children: NlcstParagraph[] = []
  // One file for every block: positions come out in the file's own offsets and lines, from one line
  // index (vfile-location is aliased to ./positions.ts).
  const file = new VFile(source)
  const visit = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      if (node.position) children.push(...blockNlcst(node, file))
      return
    }
    if (node.type === 'table' || node.type === 'code' || node.type === 'html' || node.type === 'yaml') return
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(mdast)
  return {type: 'RootNode', children}
}

/** mdast-util-to-nlcst on one block: its own paragraphs, so a heading never runs into the text below. */
function blockNlcst(node: Paragraph | Nodes, file: VFile): NlcstParagraph[] {
  return toNlcst(node, file, (english ??= new ParseEnglish())).children.filter((child): child is NlcstParagraph => child.type === 'ParagraphNode')
}

type PointLike = {line: number; column: number; offset?: number}

function shifted<T extends {position?: {start: PointLike; end: PointLike}}>(node: T, map: (point: PointLike) => PointLike): T {
  const copy = {...node} as T & {children?: unknown[]}
  if (node.position) copy.position = {start: map(node.position.start), end: map(node.position.end)}
  if ('children' in copy && Array.isArray(copy.children)) copy.children = copy.children.map((child) => shifted(child as T, map))
  return copy
}

/**
 * micromark's time grows with the cube of container nesting (500 nested list levels: 3.7 s; 2,000:
 * 220 s) and deep nesting overflows the stack of tree walkers. Releases nest two or three levels;
 * past this, read the file as plain text rather than hang a CI job.
 */
const maxNesting = 40

export function nestingDepth(source: string): number {
  let deepest = 0
  for (const match of source.matchAll(/^[ \t>*+\-\d.)]{40,}/gm)) {
    const prefix = match[0]
    const quotes = prefix.split('>').length - 1
    const markers = prefix.match(/(?:^|\s)(?:[*+-]|\d{1,9}[.)])(?=\s)/g)?.length ?? 0
    const indent = Math.floor((/^[ \t>]*/.exec(prefix)?.[0].replace(/>/g, '').length ?? 0) / 2)
    deepest = Math.max(deepest, quotes + markers, markers > 0 ? indent : 0)
  }
  return deepest
}

/**
 * mdast-util-to-nlcst spreads each block's tokens into one call's arguments, which overflows the
 * stack past ~100,000 tokens (a 1 MB line). A paragraph that long is cut, at white space and with
 * exact positions, into several paragraphs; no character changes.
 */
function splitLongText(tree: Root, source: string, index: LineIndex): void {
  const limit = 20_000
  const point = (offset: number) => index.toPoint(offset)
  const visit = (node: Parent) => {
    for (let index = 0; index < node.children.length; index++) {
      const child = node.children[index] as Parent
      if (!('children' in child)) continue
      const only = child.children.length === 1 ? (child.children[0] as Text) : undefined
      if (child.type === 'paragraph' && only?.type === 'text' && only.value.length > limit && only.position) {
        const start = only.position.start.offset!
        if (source.slice(start, only.position.end.offset) !== only.value) continue
        const pieces: Paragraph[] = []
        for (let from = 0; from < only.value.length; ) {
          let to = Math.min(only.value.length, from + limit)
          const space = to < only.value.length ? only.value.lastIndexOf(' ', to) : -1
          if (space > from) to = space + 1
          const position = {start: point(start + from), end: point(start + to)}
          pieces.push({type: 'paragraph', children: [{type: 'text', value: only.value.slice(from, to), position}], position})
          from = to
        }
        node.children.splice(index, 1, ...(pieces as never[]))
        index += pieces.length - 1
      } else visit(child)
    }
  }
  visit(tree as Parent)
}
