// The plain text of one block (a heading, paragraph, list item, table cell) with a map from each
// character back to its source offset, so rules can search words and report exact positions.
import type {Nodes} from 'mdast'

/** Stands in for characters that are not prose (code, URLs, e-mail addresses) in `prose`. */
export const MASK = '\uFFFC'

export interface LinkSpan {
  url: string
  /** Offsets in the block's text. */
  start: number
  end: number
  /** Source offsets of the whole link, markup included (`[text](url)`). */
  source: {start: number; end: number}
}

export interface TextView {
  /** What a reader sees: markup removed, link text kept, code kept. */
  text: string
  /** `text` with code, URLs and e-mail addresses replaced by MASK (same length): what prose rules read. */
  prose: string
  /** Source offset of each character of `text`, plus one entry for the end. */
  offsets: Int32Array
  links: LinkSpan[]
  /** True when every character maps one-to-one onto the source (no escapes or entities), so fixes are safe. */
  exact: boolean
}

const urlLike = /\b(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:[a-z0-9-]+\.)+(?:lu|com|org|net|eu|gov|edu|io|int|fr|de|be|uk|info)\b(?:\/[^\s<>"“”]*)?/gi
// Each of urlLike's branches needs one of these: most blocks hold none and skip its scan, which tries
// the e-mail branch at every letter of every word (1% of a corpus run).
const mayHoldAddress = /:\/\/|mailto:|www\.|@|\.[a-z]/i

export function viewOf(node: Nodes, source: string): TextView {
  const parts: string[] = []
  const proseParts: string[] = []
  // A typed array, grown as needed (the text is about as long as the node's source): one entry per
  // character of every release, which as a JS array's pushes was 3% of the corpus's allocation.
  let offsets = new Int32Array(Math.max(16, (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0) + 1))
  const links: LinkSpan[] = []
  let length = 0
  let exact = true

  const push = (value: string, start: number | undefined, asProse: boolean, sourceExact: boolean, map?: number[]) => {
    if (value.length === 0) return
    parts.push(value)
    proseParts.push(asProse ? value : MASK.repeat(value.length))
    if (length + value.length + 1 > offsets.length) {
      const grown = new Int32Array(Math.max(2 * offsets.length, length + value.length + 1))
      grown.set(offsets.subarray(0, length))
      offsets = grown
    }
    if (map) offsets.set(map, length)
    else for (let index = 0; index < value.length; index++) offsets[length + index] = (start ?? 0) + (sourceExact ? index : 0)
    length += value.length
  }

  const walk = (child: Nodes) => {
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    switch (child.type) {
      case 'text': {
        const sourceExact = start !== undefined && end !== undefined && source.slice(start, end) === child.value
        if (!sourceExact) exact = false
        // Escapes (`\*`) and character references (`&amp;`) make the text differ from the source:
        // align the two so each character still points at its own place.
        push(child.value, start, true, sourceExact, sourceExact || start === undefined || end === undefined ? undefined : align(child.value, source, start, end))
        return
      }
      case 'inlineCode':
        push(child.value, start, false, false)
        return
      case 'html':
        push(child.value, start, false, start !== undefined && source.slice(start, end).startsWith(child.value))
        return
      case 'break':
        push('\n', start, true, true)
        return
      case 'link': {
        const from = length
        for (const grandchild of child.children) walk(grandchild)
        links.push({url: child.url, start: from, end: length, source: {start: start ?? 0, end: end ?? 0}})
        return
      }
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
      case 'definition':
        return
      default:
        if ('children' in child) {
          // Blocks inside a block (a paragraph in a list item) are separated as the reader sees them.
          child.children.forEach((grandchild, index) => {
            if (index > 0 && isBlock(grandchild as Nodes)) push('\n\n', (grandchild as Nodes).position?.start.offset, true, false)
            walk(grandchild as Nodes)
          })
        }
    }
  }

  walk(node)
  offsets[length] = node.position?.end.offset ?? (length > 0 ? offsets[length - 1] + 1 : 0)
  const text = parts.join('')
  let prose = proseParts.join('')
  if (mayHoldAddress.test(prose)) prose = prose.replace(urlLike, (match) => MASK.repeat(match.length))
  // Link text that is the address itself ("https://lih.lu") is not prose either.
  for (const link of links) {
    const label = text.slice(link.start, link.end)
    if (label === link.url || `mailto:${label}` === link.url || /^(?:https?:\/\/|www\.)/.test(label)) {
      prose = prose.slice(0, link.start) + MASK.repeat(link.end - link.start) + prose.slice(link.end)
    }
  }
  return {text, prose, offsets: offsets.subarray(0, length + 1), links, exact}
}

/** Source offset of each character of `value`, which the source spells with escapes and references. */
function align(value: string, source: string, start: number, end: number): number[] {
  const map: number[] = []
  let at = start
  for (let index = 0; index < value.length; index++) {
    if (source[at] === '\\' && source[at + 1] === value[index] && at + 1 < end) at++
    else if (source[at] === '&' && source[at] !== value[index]) {
      const close = source.indexOf(';', at)
      if (close !== -1 && close < end && close - at <= 32) {
        // One reference can stand for one or two UTF-16 units (an astral character).
        const stands = value.codePointAt(index)! > 0xffff ? 2 : 1
        for (let unit = 0; unit < stands; unit++) map.push(at)
        index += stands - 1
        at = close + 1
        continue
      }
    }
    // Spaces the parser dropped (at the end of a line, or indenting the next one) are not in `value`:
    // step over them, or every later character would point at the same place.
    while (at < end && source[at] !== value[index] && (source[at] === ' ' || source[at] === '\t')) at++
    map.push(Math.min(at, end))
    if (source[at] === value[index]) at++
  }
  return map
}

function isBlock(node: Nodes): boolean {
  return node.type === 'paragraph' || node.type === 'heading' || node.type === 'list' || node.type === 'code' || node.type === 'blockquote'
}


/** Source offsets of `text.slice(start, end)`: the end is just past the last character, not past following markup. */
export function sourceSpan(view: Pick<TextView, 'offsets'>, start: number, end: number): {start: number; end: number} {
  if (end <= start) return {start: view.offsets[start], end: view.offsets[start]}
  return {start: view.offsets[start], end: view.offsets[end - 1] + 1}
}

/** Whether `text.slice(start, end)` stands in the source as written, with no markup removed between its characters. */
export function contiguous(view: Pick<TextView, 'offsets'>, start: number, end: number): boolean {
  for (let at = start + 1; at < end; at++) if (view.offsets[at] !== view.offsets[at - 1] + 1) return false
  return true
}
