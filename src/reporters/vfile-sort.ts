// vfile-reporter orders files by path and messages by place, then source, rule id and reason, with
// vfile-sort, which compares those strings with localeCompare: its first call creates ICU's collator,
// ~8 ms of a cold start, and any stylish report of two files or more sorts their paths. In an English
// or POSIX locale, lower-case ASCII letters, digits, `-`, `.` and `/` (every rule id and source, and
// most releases' paths) sort the same by code unit as by the collation, so those are compared
// directly; anything else still goes to localeCompare. Other locales reorder even these (Estonian
// puts z after s, Lithuanian y after i, Danish aa after z, Slovak ch after h): there every string
// goes to localeCompare. The build aliases `vfile-sort` to this module (scripts/build.mjs).
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Strings whose collation order is their code-unit order in English and POSIX locales (not `_`, which they sort before `-`). */
const plain = /^[a-z\d./-]*$/

/**
 * Whether ICU's default locale collates the plain strings by code unit: English, POSIX or the root
 * locale. Read as ICU reads it on POSIX systems when the process starts: the first of LC_ALL,
 * LC_MESSAGES and LANG that is set (an empty value means the root locale, none at all en_US_POSIX).
 */
export function collatesByCodeUnit(env: NodeJS.ProcessEnv): boolean {
  const locale = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG
  if (locale === undefined) return true
  const language = locale.split(/[_.@-]/, 1)[0].toLowerCase()
  return language === '' || language === 'en' || language === 'c' || language === 'posix'
}

const fast = collatesByCodeUnit(process.env)

export function compareFile(a: VFile, b: VFile): number {
  return compareString(a.path, b.path)
}

export function compareMessage(a: VFileMessage, b: VFileMessage): number {
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
  if (fast && plain.test(left) && plain.test(right)) return left < right ? -1 : 1
  return left.localeCompare(right)
}

function scoreNullableBoolean(value: boolean | null | undefined): number {
  return value ? 0 : value === false ? 1 : 2
}
