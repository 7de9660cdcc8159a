// Plain-text releases (often scraped from a web page) become the same mdast a Markdown release
// gives, so the model and the rules need not know the difference. Blocks are separated by blank
// lines; each node's text is the exact source slice, so positions stay exact.
import type {Heading, List, ListItem, Paragraph, Root, RootContent, Text} from 'mdast'
import {lineIndex} from './positions.ts'

const bullet = /^[ \t]*[•·▪‣◦\-*][ \t]+/

export function parseText(source: string): Root {
  const point = lineIndex(source).toPoint
  const span = (start: number, end: number) => ({start: point(start), end: point(end)})
  const text = (start: number, end: number): Text => ({type: 'text', value: source.slice(start, end), position: span(start, end)})
  const children: RootContent[] = []

  for (const block of blocks(source)) {
    const raw = source.slice(block.start, block.end)
    // Breadcrumbs and page titles from scraping ("Home » News » …") are navigation, not prose.
    if (/\s[»›]\s/.test(raw)) continue
    if (bullet.test(raw)) {
      children.push(bulletList(block.start, block.end))
      continue
    }
    const node: Paragraph | Heading = looksLikeHeading(raw)
      ? {type: 'heading', depth: 2, children: [text(block.start, block.end)], position: span(block.start, block.end)}
      : {type: 'paragraph', children: [text(block.start, block.end)], position: span(block.start, block.end)}
    children.push(node)
  }

  return {type: 'root', children, position: span(0, source.length)}

  function bulletList(start: number, end: number): List {
    const items: ListItem[] = []
    const raw = source.slice(start, end)
    const starts: number[] = []
    for (const match of raw.matchAll(/^[ \t]*[•·▪‣◦\-*][ \t]+/gm)) starts.push(start + match.index! + match[0].length)
    starts.forEach((itemStart, index) => {
      const itemEnd = trimEnd(index + 1 < starts.length ? lineBefore(starts[index + 1]) : end)
      items.push({
        type: 'listItem',
        spread: false,
        children: [{type: 'paragraph', children: [text(itemStart, itemEnd)], position: span(itemStart, itemEnd)}],
        position: span(itemStart, itemEnd)
      })
    })
    return {type: 'list', ordered: false, spread: false, children: items, position: span(start, end)}
  }

  function lineBefore(offset: number): number {
    const lineStartOffset = source.lastIndexOf('\n', offset - 1)
    return lineStartOffset === -1 ? offset : lineStartOffset
  }

  function trimEnd(offset: number): number {
    while (offset > 0 && /\s/.test(source[offset - 1])) offset--
    return offset
  }
}

/** Blank-line separated blocks, trimmed of surrounding white space. */
function* blocks(source: string): Generator<{start: number; end: number}> {
  const separator = /\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+|\r\n[ \t\u00a0]*(?:\r\n[ \t\u00a0]*)+/g
  let from = 0
  const emit = function* (start: number, end: number) {
    while (start < end && /\s/.test(source[start])) start++
    while (end > start && /\s/.test(source[end - 1])) end--
    if (end > start) yield {start, end}
  }
  for (const match of source.matchAll(separator)) {
    yield* emit(from, match.index!)
    from = match.index! + match[0].length
  }
  yield* emit(from, source.length)
}

/**
 * A scraped heading is one short line without closing punctuation, mostly in capitals
 * ("Press Contact", "About the Luxembourg Institute of Health (LIH)"); a sentence cut short
 * ("For more information, please visit") is not.
 */
function looksLikeHeading(raw: string): boolean {
  if (raw.includes('\n') || raw.length > 160 || /[.!?,;:"”’]$/.test(raw)) return false
  const words = raw.split(/\s+/).filter((word) => /^[\p{L}]/u.test(word) && word.length > 3)
  if (words.length === 0) return true
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length
  return capitalised / words.length >= 0.6
}
