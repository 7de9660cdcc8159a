// Turns messages into text edits and applies them: the one mechanism behind `--fix`, the editor
// quick fix and the `expected` field of the JSON report.
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {FixKind} from './rule.ts'
import {lint, type LintMessage, type LintOptions} from './lint.ts'

export interface Edit {
  start: number
  end: number
  text: string
}

/** The edits a message offers, one per alternative; none when the source no longer says `actual`. */
export function editsOf(message: VFileMessage, source: string): Edit[] {
  const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
  const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
  if (start === undefined || end === undefined || !message.expected || message.actual === undefined) return []
  // The range may cover markup the message's `actual` does not (STACK-NOTES trap 7): only fix exact spans.
  if (source.slice(start, end) !== message.actual) return []
  return message.expected.map((text) => ({start, end, text}))
}

/** Whether `--fix` (or `--fix-type suggestion`) may apply this message on its own. */
export function isAutoFixable(message: LintMessage, types: readonly FixKind[] = ['safe']): boolean {
  return Boolean(message.fixKind && types.includes(message.fixKind) && message.expected?.length === 1)
}

/** Applies non-overlapping edits (sorted by position); overlapping ones wait for the next pass. */
export function applyEdits(source: string, edits: Edit[]): {text: string; applied: number} {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  let text = ''
  let cursor = 0
  let applied = 0
  for (const edit of sorted) {
    if (edit.start < cursor) continue
    text += source.slice(cursor, edit.start) + edit.text
    cursor = edit.end
    applied++
  }
  return {text: text + source.slice(cursor), applied}
}

export interface FixResult {
  text: string
  passes: number
  /** How many edits were applied over all passes. */
  applied: number
  /** The first pass's report: of the text as given. */
  original: VFile
  /** The last pass's report, when it is of the fixed text (unless the 10 passes ran out). */
  final?: VFile
}

/** Lints, applies the safe fixes, re-lints, at most 10 passes (as ESLint does). */
export async function fix(source: string, options: LintOptions & {types?: readonly FixKind[]}): Promise<FixResult> {
  let text = source
  let applied = 0
  let passes = 0
  let original: VFile | undefined
  let final: VFile | undefined
  while (passes < 10) {
    const {file} = await lint(text, options)
    original ??= file
    final = file
    const edits = (file.messages as LintMessage[]).filter((message) => isAutoFixable(message, options.types)).flatMap((message) => editsOf(message, text))
    if (edits.length === 0) break
    const result = applyEdits(text, edits)
    passes++
    if (result.text === text) break
    text = result.text
    final = undefined
    applied += result.applied
  }
  return {text, passes, applied, original: original!, ...(final ? {final} : {})}
}
