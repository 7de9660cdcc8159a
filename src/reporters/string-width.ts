// vfile-reporter measures every cell of its table with string-width, whose first call builds an
// Intl.Segmenter and an emoji regular expression: ~20 ms of a cold start for a report of a few
// lines. Text without wide, emoji or combining characters (Latin, Greek, Cyrillic, the quotation
// marks and dashes of a release) is one column per character; the rest goes to string-width.
// The build aliases `string-width` to this module (scripts/build.mjs).
import stringWidthOfAnyText from '../../node_modules/string-width/index.js'

const ansi = /\u001b\[[0-9;]*m/g
// Below U+0300, U+0370–U+10FF and General Punctuation: no wide, emoji or combining characters.
const narrow = /^[\u0020-\u007e\u00a0-\u02ff\u0370-\u0482\u048a-\u0590\u2010-\u2027\u2030-\u205e]*$/

export default function stringWidth(text: string, options?: {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean}): number {
  if (typeof text !== 'string' || text.length === 0) return 0
  const plain = options?.countAnsiEscapeCodes ? text : text.replace(ansi, '')
  if ((options?.ambiguousIsNarrow ?? true) && narrow.test(plain)) return plain.length
  return stringWidthOfAnyText(text, options)
}
