// The file-system-free core: text in, messages out. The CLI, the language server and the tests
// all call `lint` and `fix`.
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {ResolvedConfig} from '../config/types.ts'
import {buildRelease, type Release} from '../model/release.ts'
import {htmlFix} from './html-source.ts'
import {applyMessageControl} from './message-control.ts'
import {now} from './builtins.ts'
import {lineIndex} from './positions.ts'
import {formatOf, parseRelease, type SourceFormat} from './parse.ts'
import {formatMessage, type FileSummary, type FixKind, type PointSpan, type RememberedItem, type Report, type Rule, type Severity} from './rule.ts'
import {rules as allRules} from '../../rules/index.ts'
import {newMessage} from './new-message.ts'

export const docsBase = 'https://github.com/lih-lint/lih-lint/blob/main/rules/README.md'

export interface LintMessage extends VFileMessage {
  /** How a fix from `expected` may be applied. */
  fixKind?: FixKind
  severity?: Severity
  /** Which of the rule's message templates this is. */
  messageId?: string
  extra?: Record<string, unknown>
}

declare module 'vfile' {
  interface DataMap {
    /** What the file keeps for each cross-release rule (./cross-release.ts), by rule id. */
    summaries: Record<string, FileSummary>
  }
}

export interface LintOptions {
  path?: string
  config: ResolvedConfig
  format?: SourceFormat
  /** Rules to run (all known rules by default); the config decides which are on. */
  rules?: readonly Rule[]
}

export interface LintResult {
  file: VFile
  release?: Release
  /** Milliseconds spent in each rule (and in `parse`), to find a slow rule (`--debug`, the bench). */
  timings: Record<string, number>
}

export async function lint(text: string, options: LintOptions): Promise<LintResult> {
  const file = new VFile({path: options.path, value: text})
  const format = options.format ?? formatOf(options.path)
  let release: Release
  const timings: Record<string, number> = {}
  let started = now()
  try {
    const trees = await parseRelease(file, format, {html: options.config.html})
    release = buildRelease({path: options.path, source: text, format: trees.fallback ? 'text' : format, mdast: trees.mdast, nlcst: trees.nlcst, facts: options.config.facts})
    if (trees.fallback) notice(file, 'input', trees.fallback)
    if (trees.notice) notice(file, 'input', trees.notice)
  } catch (error) {
    internalError(file, 'parse', error)
    return {file, timings}
  }
  timings.parse = now() - started
  const point = lineIndex(text).toPoint
  const remembered: Remembered = new Map()
  for (const rule of options.rules ?? allRules) {
    const setting = options.config.rules.get(rule.id)
    if (!setting) continue
    const report = (messageId: string, found: Report) => {
      const severity = found.severity ?? setting.severity
      const message = ruleMessage(rule, messageId, found.data, {start: point(found.place.start), end: point(found.place.end)}, severity, file.path ?? '')
      // A fix is offered only when the source at its place says exactly what the rule read there
      // (markup or escapes inside the span would be lost by the replacement).
      const atPlace = text.slice(found.place.start, found.place.end)
      const expected = format === 'html' ? pageFix(text, found) : found.expected
      if (expected !== undefined && (found.actual === undefined || found.actual === atPlace)) {
        message.actual = atPlace
        message.expected = expected
        message.fixKind = found.fix ?? rule.fix
      }
      if (found.extra) message.extra = found.extra
      file.messages.push(message)
    }
    const remember = (item: RememberedItem) => {
      const kept = remembered.get(rule.id) ?? remembered.set(rule.id, {severity: setting.severity, options: setting.options, items: []}).get(rule.id)!
      kept.items.push(item)
    }
    started = now()
    try {
      await rule.check({release, facts: options.config.facts, options: setting.options, report, remember})
    } catch (error) {
      internalError(file, rule.id, error)
    }
    timings[rule.id] = now() - started
  }
  const probes = probeRemembered(file, remembered, point)
  await applyMessageControl(file, release, (options.rules ?? allRules).map((rule) => rule.id))
  keepSummaries(file, release, remembered, probes)
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return {file, release, timings}
}

/** A rule's message at a place, with lih-lint's id, severity and docs link. */
export function ruleMessage(rule: Rule, messageId: string, data: Record<string, string | number> | undefined, place: PointSpan, severity: Severity, path: string): LintMessage {
  const template = rule.messages[messageId]
  if (template === undefined) throw new Error(`rule ${rule.id} reported unknown message id \`${messageId}\``)
  const message = newMessage(formatMessage(template, data), {place, ruleId: rule.id, source: 'lih-lint'}) as LintMessage
  message.file = path
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.severity = severity
  message.messageId = messageId
  message.url = `${docsBase}#${rule.id}`
  return message
}

type Remembered = Map<string, {severity: Severity; options: Record<string, unknown>; items: RememberedItem[]}>
type Probe = {message: VFileMessage; ruleId: string; item: RememberedItem; place: PointSpan}

/**
 * Control comments apply to cross-release findings too: each remembered fact goes through
 * message control as a stand-in message at its place, and facts whose stand-in is filtered out
 * (`<!-- lih-lint-disable consistency -->` above them) are forgotten.
 */
function probeRemembered(file: VFile, remembered: Remembered, point: (offset: number) => {line: number; column: number; offset?: number}): Probe[] {
  const probes: Probe[] = []
  for (const [ruleId, kept] of remembered) {
    for (const item of kept.items) {
      const place = {start: point(item.place.start), end: point(item.place.end)}
      const message = newMessage('cross-release fact', {place, ruleId, source: 'lih-lint'})
      file.messages.push(message)
      probes.push({message, ruleId, item, place: {start: {line: place.start.line, column: place.start.column}, end: {line: place.end.line, column: place.end.column}}})
    }
  }
  return probes
}

function keepSummaries(file: VFile, release: Release, remembered: Remembered, probes: Probe[]): void {
  if (probes.length === 0) return
  const kept = new Set(file.messages)
  const stand = new Set(probes.map((probe) => probe.message))
  file.messages = file.messages.filter((message) => !stand.has(message))
  const summaries: Record<string, FileSummary> = {}
  for (const [ruleId, rule] of remembered) {
    const items = probes.filter((probe) => probe.ruleId === ruleId && kept.has(probe.message)).map(({item, place}) => ({...item, place}))
    if (items.length > 0) summaries[ruleId] = {path: file.path ?? '', date: release.date?.iso, severity: rule.severity, options: rule.options, items}
  }
  if (Object.keys(summaries).length > 0) file.data.summaries = summaries
}

/**
 * In a page a span may hold tags, so a fix needs the rule's own reading of it (`actual`, checked
 * against the source) and is written as HTML; `[]` (no mechanical fix) stays as it is.
 */
function pageFix(text: string, found: Report): string[] | undefined {
  if (!found.expected?.length) return found.expected
  return found.actual === undefined ? undefined : htmlFix(text, found.place.start, found.place.end, found.expected)
}

/** A crash in one rule becomes one fatal message on the file; the other rules and files go on. */
function internalError(file: VFile, where: string, error: unknown): void {
  const message = new VFileMessage(`lih-lint could not check this file (${where}: ${(error as Error)?.message ?? String(error)})`, {
    ruleId: 'internal-error',
    source: 'lih-lint'
  }) as LintMessage
  // The stack is kept for `--debug`, not shown: reports stay one line per problem.
  Object.defineProperty(message, 'debugStack', {value: (error as Error)?.stack, enumerable: false})
  message.file = file.path ?? ''
  message.fatal = true
  message.severity = 'error'
  file.messages.push(message)
}

/** A warning from lih-lint itself about how the file was read (not from a rule). */
function notice(file: VFile, ruleId: string, reason: string): void {
  const message = new VFileMessage(reason, {ruleId, source: 'lih-lint'}) as LintMessage
  message.file = file.path ?? ''
  message.fatal = false
  message.severity = 'warning'
  file.messages.push(message)
}

/** A file's errors and warnings, as the exit code counts them (info messages are neither). */
export function severityCounts(messages: readonly VFileMessage[]): {errors: number; warnings: number} {
  let errors = 0
  let warnings = 0
  for (const message of messages) {
    if (message.fatal === true) errors++
    else if (message.fatal === false) warnings++
  }
  return {errors, warnings}
}

/** True when messages include one that means "could not check" rather than "found a problem". */
export function hasInternalError(file: VFile): boolean {
  return file.messages.some((message) => message.ruleId === 'internal-error' || message.ruleId === 'unreadable')
}
