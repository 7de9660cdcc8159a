// remark-gfm, less its wasted work. micromark tries GFM's email autolink at the start of every word
// (it cannot know the word ends in `@` before reading it) and GFM's table at every line of every
// paragraph (tokenising the whole line as a head row before it looks at the next one). On the corpus
// that was over a million failed attempts and a third of parse time. Each construct is given a
// look at the source first, and is tried only where it could match: a word followed by `@`, `http`
// or `www.` ahead, a next line holding a table's delimiter row. Where it could, the construct runs
// as it was, so the tree is the same (test/gfm-guards.test.ts compares it with stock remark-gfm).
import type {Processor} from 'unified'

interface Construct {
  name?: string
  previous?: (this: Context, code: number | null) => boolean
  tokenize: (this: Context, effects: unknown, ok: State, nok: State) => State
}
type State = (code: number | null) => unknown
interface Context {
  now(): {offset: number}
  events: Array<[string, {type: string}]>
}
type ConstructMap = Record<string, Construct | Construct[]>

/** The text being parsed, which constructs look ahead in; undefined outside `withSource`. */
let source: string | undefined

/** Runs `parse` on `text` with the guards able to look ahead in it. */
export function withSource<T>(text: string, parse: () => T): T {
  const outer = source
  source = text
  try {
    return parse()
  } finally {
    source = outer
  }
}

/** A unified plugin, used after remark-gfm: its email, URL and table constructs, guarded. */
export function remarkGfmGuards(this: Processor): void {
  const data = this.data() as {micromarkExtensions?: Array<Record<string, ConstructMap | unknown>>}
  data.micromarkExtensions = data.micromarkExtensions?.map((extension) => {
    const copy = {...extension}
    for (const field of ['text', 'flow'] as const) {
      const map = extension[field] as ConstructMap | undefined
      if (!map) continue
      copy[field] = Object.fromEntries(Object.entries(map).map(([code, list]) => [code, Array.isArray(list) ? list.map(guarded) : guarded(list)]))
    }
    return copy
  })
}

/** Constructs replaced, by name: what a test checks, so that a remark-gfm update can't silently undo this. */
export const guardedNames = new Set<string>()

function guarded(construct: Construct): Construct {
  const ahead = lookAhead[construct.name ?? '']
  if (!ahead) return construct
  guardedNames.add(construct.name!)
  if (construct.previous) {
    // In text, micromark asks `previous` whether a construct may start here before it tries one
    // (micromark/lib/initialize/text.js); a no ends the attempt before it costs anything.
    const previous = construct.previous
    return {
      ...construct,
      previous(code) {
        return previous.call(this, code) && (source === undefined || ahead(source, this.now().offset, this))
      },
    }
  }
  const tokenize = construct.tokenize
  return {
    ...construct,
    tokenize(effects, ok, nok) {
      const start = tokenize.call(this, effects, ok, nok)
      return (code) => (source === undefined || ahead(source, this.now().offset, this) ? start(code) : nok(code))
    },
  }
}

/** For each construct, whether it could match at `offset` in `text`. A yes is only a maybe. */
const lookAhead: Record<string, (text: string, offset: number, context: Context) => boolean> = {
  emailAutolink: (text, offset) => {
    let index = offset
    while (index < text.length && isAtext(text.charCodeAt(index))) index++
    return text.charCodeAt(index) === 64 // @
  },
  protocolAutolink: (text, offset) => text.slice(offset, offset + 4).toLowerCase() === 'http',
  wwwAutolink: (text, offset) => text.slice(offset, offset + 4).toLowerCase() === 'www.',
  table: (text, offset, context) => continuesTable(context) || nextLineCouldBeDelimiterRow(text, offset),
}

/** GFM's email "atext": ASCII letters and digits, `+`, `-`, `.`, `_`. */
function isAtext(code: number): boolean {
  return code === 43 || code === 45 || code === 46 || code === 95 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** A row after a table's head or another row is a body row: no delimiter row follows it. */
function continuesTable(context: Context): boolean {
  const events = context.events
  let index = events.length - 1
  while (index > -1 && (events[index][1].type === 'lineEnding' || events[index][1].type === 'linePrefix')) index--
  const tail = index > -1 ? events[index][1].type : undefined
  return tail === 'tableHead' || tail === 'tableRow'
}

/** A head row needs a delimiter row on the next line: a `-`, and a `|` or `:` (micromark's "seen"). */
function nextLineCouldBeDelimiterRow(text: string, offset: number): boolean {
  const end = lineEnd(text, offset)
  if (end === text.length) return false
  const next = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1)
  let dash = false
  let mark = false
  for (let index = next, last = lineEnd(text, next); index < last; index++) {
    const code = text.charCodeAt(index)
    if (code === 45) dash = true
    else if (code === 124 || code === 58) mark = true
  }
  return dash && mark
}

/** Where the line holding `offset` ends: its CR or LF, or the end of the text. */
function lineEnd(text: string, offset: number): number {
  for (let index = offset; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) return index
  }
  return text.length
}
