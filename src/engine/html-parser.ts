// Releases as published on the web: the page's article (not its navigation, banner or footer)
// becomes the same mdast a Markdown release gives, with every text node's position an exact span
// of the HTML source, so the model, the rules and `--fix` work on the page unchanged.
import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {matches, select} from 'hast-util-select'
import {toMdast} from 'hast-util-to-mdast'
import type {Nodes, Parent, Root, Text} from 'mdast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {alignPieces} from './html-source.ts'
import {defaultSelector, pick, type HtmlOptions} from './html-selector.ts'
import {lineIndex} from './positions.ts'

/** Never release prose, wherever they are: navigation, sidebars, scripts, forms, hidden parts. */
const notProse =
  'nav, aside, script, style, template, noscript, form, button, select, textarea, iframe, svg, dialog, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]'

const html = unified().use(rehypeParse).freeze()

export function parseHtml(source: string, options: HtmlOptions = {}): {mdast: Root; notice?: string} {
  const hast = html.parse(source) as HastRoot
  const selector = options.selector ?? defaultSelector
  const found = pick(hast, selector)
  const body = select('body', hast)
  const article = found ?? body ?? hast
  prune(article, options.ignore, article.type === 'element' && isSectioning(article))
  const mdast = toMdast({type: 'root', children: article.type === 'root' ? article.children : [article]}) as Root
  const point = lineIndex(source).toPoint
  place(mdast, source, point)
  mdast.position = {start: point(0), end: point(source.length)}
  // The default finds nothing on plain pages, which is fine; a selector the user wrote should match.
  const notice = !found && options.selector ? `No element on the page matches the selector \`${selector}\` (config html.selector); the whole <body> was checked` : undefined
  return {mdast, notice}
}

/**
 * Removes what is not the release. A <header> or <footer> is the page's banner or footer unless it
 * belongs to an <article> or <section>; then it holds the headline, the date or the contact, and stays.
 */
function prune(node: Element | HastRoot, ignore: string | undefined, inSection: boolean): void {
  node.children = node.children.filter((child) => {
    if (child.type === 'comment') return true
    if (child.type !== 'element') return child.type === 'text'
    if (matches(notProse, child) || (ignore && matches(ignore, child))) return false
    if ((child.tagName === 'header' || child.tagName === 'footer') && !inSection) return false
    prune(child, ignore, inSection || isSectioning(child))
    return true
  }) as ElementContent[]
}

function isSectioning(element: Element): boolean {
  return element.tagName === 'article' || element.tagName === 'section'
}

type ToPoint = ReturnType<typeof lineIndex>['toPoint']

/**
 * hast-util-to-mdast keeps each text's hast span, but its value has references decoded, white
 * space collapsed and neighbouring texts joined over tags. Each text is cut into pieces that are
 * exact source (or one character standing for a reference or white space), so offsets computed by
 * length — mdast-util-to-nlcst does so — stay right; blocks it made up (text loose in a <div>, a
 * list item's paragraph) get their children's span.
 */
function place(node: Nodes, source: string, point: ToPoint): void {
  if (!('children' in node)) return
  const parent = node as Parent
  const children: Nodes[] = []
  for (const child of parent.children as Nodes[]) {
    if (child.type === 'text' && child.position) children.push(...textPieces(child, source, point))
    else {
      place(child, source, point)
      children.push(child)
    }
  }
  parent.children = children as Parent['children']
  if (!parent.position) {
    const first = children.find((child) => child.position)
    const last = [...children].reverse().find((child) => child.position)
    if (first && last) parent.position = {start: {...first.position!.start}, end: {...last.position!.end}}
  }
}

function textPieces(node: Text, source: string, point: ToPoint): Text[] {
  const {start, end} = node.position!
  return alignPieces(node.value, source, start.offset!, end.offset!).map((piece) => ({
    type: 'text',
    value: piece.value,
    position: {start: point(piece.start), end: point(piece.end)}
  }))
}
