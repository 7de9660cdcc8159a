// vfile-reporter orders messages with vfile-sort, which compares sources, rule ids and reasons with
// localeCompare: its first call loads ICU's collator, ~10 ms of a cold start, and a release missing
// both its About section and its press contact has two messages at the same place. Lower-case
// ASCII letters, digits and hyphens (every rule id and source) sort the same by code unit as by
// any locale's collation, so those are compared directly; anything else still goes to
// localeCompare. The build aliases `vfile-sort` to this module (scripts/build.mjs).
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

const plain = /^[a-z\d-]*$/

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
  if (plain.test(left) && plain.test(right)) return left < right ? -1 : 1
  return left.localeCompare(right)
}

function scoreNullableBoolean(value: boolean | null | undefined): number {
  return value ? 0 : value === false ? 1 : 2
}
