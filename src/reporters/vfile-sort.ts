// vfile-reporter orders files by path and messages by place, then source, rule id and reason, with
// vfile-sort, which compares those strings with localeCompare: its first call creates ICU's collator,
// ~8 ms of a cold start, and any stylish report of two files or more sorts their paths. Strings of
// printable ASCII (every rule id and source, nearly every path) are compared here as ICU's root
// collation compares them, which English, POSIX, French, German and Luxembourgish locales use
// unchanged: by letter, case aside, punctuation before digits before letters; then lower case before
// upper. Anything else still goes to localeCompare. Other locales reorder even ASCII (Estonian puts z
// after s, Lithuanian y after i, Danish aa after z and upper case first, Slovak ch after h, Turkish
// pairs I with ı): there every string goes to localeCompare. The build aliases `vfile-sort` to this
// module (scripts/build.mjs).
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Printable ASCII: each character has one weight at the first level, and none is ignored. */
const printable = /^[\u0020-\u007e]*$/

/** Printable ASCII in the root collation's order; an upper-case letter shares its lower case's first-level weight. */
const rootOrder = ` _-,;:!?.'"()[]{}@*/\\&#%\`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ`

/** Each printable ASCII character's first-level weight, by code. */
const weights = new Uint8Array(128)
let weight = 0
for (const character of rootOrder) weights[character.charCodeAt(0)] = /[A-Z]/.test(character) ? weight : ++weight

/**
 * Whether ICU's default locale collates printable ASCII as the root collation does: English, POSIX,
 * French, German, Luxembourgish or the root locale. Read as ICU reads it on POSIX systems when the
 * process starts: the first of LC_ALL, LC_MESSAGES and LANG that is set (an empty value means the
 * root locale, none at all en_US_POSIX).
 */
export function collatesAsRoot(env: NodeJS.ProcessEnv): boolean {
  const locale = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG
  if (locale === undefined) return true
  const language = locale.split(/[_.@-]/, 1)[0].toLowerCase()
  return ['', 'en', 'c', 'posix', 'fr', 'de', 'lb'].includes(language)
}

const fast = collatesAsRoot(process.env)

export function compareFile(a: VFile, b: VFile): number {
  return compareString(a.path, b.path)
}

/** The fields of a message the order reads. */
type Sorted = Pick<VFileMessage, 'line' | 'column' | 'fatal' | 'source' | 'ruleId' | 'reason'>

export function compareMessage(a: Sorted, b: Sorted): number {
  return (
    (a.line || 0) - (b.line || 0) ||
    (a.column || 0) - (b.column || 0) ||
    scoreNullableBoolean(a.fatal) - scoreNullableBoolean(b.fatal) ||
    compareString(a.source, b.source) ||
    compareString(a.ruleId, b.ruleId) ||
    compareString(a.reason, b.reason)
  )
}

export function compareString(a: unknown, b: unknown): number {
  const left = String(a || '')
  const right = String(b || '')
  if (left === right) return 0
  if (fast && printable.test(left) && printable.test(right)) return compareAscii(left, right)
  return left.localeCompare(right)
}

/** Two different strings of printable ASCII in the root collation's order: the first level decides, then the first difference of case. */
export function compareAscii(left: string, right: string): number {
  let byCase = 0
  for (let index = 0; index < left.length && index < right.length; index++) {
    const a = left.charCodeAt(index)
    const b = right.charCodeAt(index)
    if (a === b) continue
    if (weights[a] !== weights[b]) return weights[a] - weights[b]
    // The same letter in the other case: lower case first.
    byCase ||= a < b ? 1 : -1
  }
  return left.length - right.length || byCase
}

function scoreNullableBoolean(value: boolean | null | undefined): number {
  return value ? 0 : value === false ? 1 : 2
}
