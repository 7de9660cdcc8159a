// How the text a reader sees in an HTML page lines up with the page's source: character references
// (`&amp;`, `&nbsp;`, `&#8217;`) stand for one character, runs of white space collapse to one
// space, and tags between inline elements take no room at all. The HTML parser uses this to give
// every piece of text an exact source span; lint uses it so that a fix never cuts into markup.

export interface Piece {
  /** Text as the reader sees it. */
  value: string
  /** Source span: `value` itself when `exact`, else what stands for it (a reference, white space). */
  start: number
  end: number
  exact: boolean
}

/** HTML's white space (the space characters of the HTML standard); no-break space is not one. */
const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f'

/** A character reference at `at`, named or numeric, with or without its `;` (parsers accept both). */
const reference = /&(?:#x[\da-f]+|#\d+|[a-z][a-z\d]*);?/iy

/**
 * Cuts `value` (the text of one mdast node, which may cover several hast text nodes) into pieces
 * that are either the source's own characters or one character standing for a span of source.
 * Source the value does not show (trimmed white space, tags, comments) belongs to no piece; value
 * the source does not hold (quotation marks `<q>` adds) gets an empty span.
 */
export function alignPieces(value: string, source: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = []
  let run = -1
  let at = start
  const flush = () => {
    if (run === -1) return
    pieces.push({value: source.slice(run, at), start: run, end: at, exact: true})
    run = -1
  }
  const stand = (text: string, from: number, to: number) => {
    flush()
    pieces.push({value: text, start: from, end: to, exact: false})
  }
  for (let index = 0; index < value.length; ) {
    const char = value[index]
    const ref = at < end && source[at] === '&' ? referenceAt(source, at, end, value, index) : undefined
    if (ref) {
      stand(value.slice(index, index + ref.units), at, ref.end)
      index += ref.units
      at = ref.end
    } else if (at < end && isSpace(char) && isSpace(source[at]) && !(source[at] === char && !isSpace(source[at + 1]))) {
      // A run of white space (a line break and indentation) the reader sees as one space: one piece
      // for all of it, so the next piece starts where the run ends (a gap over a line break would
      // read as a paragraph break to mdast-util-to-nlcst).
      flush()
      const from = at
      while (at < end && isSpace(source[at])) at++
      stand(char, from, at)
      index++
    } else if (at < end && source[at] === char) {
      if (run === -1) run = at
      at++
      index++
    } else if (at < end && isSpace(source[at])) {
      flush()
      while (at < end && isSpace(source[at])) at++
    } else if (at < end && source[at] === '<') {
      flush()
      at = skipMarkup(source, at, end)
    } else {
      stand(char, at, at)
      index++
    }
  }
  flush()
  return pieces
}

/**
 * The reference at `at` when it stands for the value's next character: the reference text must
 * end where the value goes on. Without this check "AT&T" would read `&T` as a reference.
 */
function referenceAt(source: string, at: number, end: number, value: string, index: number): {end: number; units: number} | undefined {
  reference.lastIndex = at
  const match = reference.exec(source)
  if (!match || at + match[0].length > end) return undefined
  const units = (value.codePointAt(index) ?? 0) > 0xffff ? 2 : 1
  // A literal `&` the source writes as itself ("R&D") is no reference.
  if (value[index] === '&' && !/^&(?:amp;?|#0*38;?|#x0*26;?)$/i.test(match[0])) return undefined
  if (match[0].endsWith(';') || match[0][1] === '#') return {end: at + match[0].length, units}
  // A legacy name without `;` ("&copy2024", "&nbspLIH"): the shortest name after which the source
  // goes on as the value does.
  for (let length = 2; length < match[0].length; length++) {
    const rest = source.slice(at + length, at + match[0].length)
    if (value.startsWith(rest, index + units)) return {end: at + length, units}
  }
  return {end: at + match[0].length, units}
}

function skipMarkup(source: string, at: number, end: number): number {
  const close = source.startsWith('<!--', at) ? source.indexOf('-->', at + 4) : source.indexOf('>', at + 1)
  if (close === -1) return end
  return Math.min(end, close + (source.startsWith('<!--', at) ? 3 : 1))
}

/**
 * What a fix may write into an HTML page: nothing when its span ends inside a character reference
 * (replacing the `&` of `&amp;` would leave `amp;` behind), and text with `&` and `<` written as
 * references, so the replacement is read back as the text it says.
 */
export function htmlFix(source: string, start: number, end: number, expected: readonly string[]): string[] | undefined {
  const ampersand = source.lastIndexOf('&', end - 1)
  if (ampersand >= start) {
    reference.lastIndex = ampersand
    const match = reference.exec(source)
    if (match && ampersand + match[0].length > end) return undefined
  }
  return expected.map((text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
}
