// The JSON report: vfile-reporter-json's shape (an array of files with `path` and `messages`),
// with lih-lint's additions on each message (severity, fix kind, end position, extra data).
import {VFile} from 'vfile'
import {severityCounts, type LintMessage} from '../engine/lint.ts'
import {newMessage} from '../engine/new-message.ts'
import {ownBytes} from '../engine/own-bytes.ts'
import type {FileSummary} from '../engine/rule.ts'

declare module 'vfile' {
  interface DataMap {
    /** The file's messages already written as this report writes them (see RenderedFile); `messages` is then empty. */
    rendered: RenderedFile
  }
}

/**
 * A file's messages as the JSON report writes them, and what the exit code counts of them. The
 * cache keeps it, so a warm run writes the JSON report of a file it did not check as it was
 * written then, without parsing and rebuilding its messages (a tenth of a warm run over the corpus).
 */
export interface RenderedFile {
  /** The path the report shows; not kept in the bytes, as it depends on the working directory. */
  path: string
  messages: Uint8Array
  errors: number
  warnings: number
}

export function renderFile(file: VFile): RenderedFile {
  return {path: file.path, messages: ownBytes(JSON.stringify((file.messages as LintMessage[]).map(jsonMessage))), ...severityCounts(file.messages)}
}

export interface JsonOptions {
  /** Keep each file's cross-release summary (a shard's report, for `merge-reports`). */
  summaries?: boolean
}

export function reportJson(files: Iterable<VFile>, options: JsonOptions = {}): string {
  return [...jsonChunks(files, options)].map((chunk) => (typeof chunk === 'string' ? chunk : decoder.decode(chunk))).join('')
}

const decoder = new TextDecoder()

/**
 * The same report a file at a time, for a run that writes it as its files are read back: the text
 * is exactly `JSON.stringify(array)`. Compact, as vfile-reporter-json and ESLint write it by
 * default: indented, the corpus's report was 40% larger (3.0 MB against 2.2 MB), and a pipe to CI
 * moves it at ~60 MB/s on these machines.
 */
export function* jsonChunks(files: Iterable<VFile>, options: JsonOptions = {}): Generator<string | Uint8Array> {
  let first = true
  for (const file of files) {
    const rendered = file.data.rendered
    if (rendered) {
      // jsonFile's text with the messages spliced in as they were written (`messages` is empty).
      const {messages: _none, summaries, ...head} = jsonFile(file, options)
      yield (first ? '[' : ',') + JSON.stringify(head).slice(0, -1) + ',"messages":'
      yield rendered.messages
      yield summaries ? `,"summaries":${JSON.stringify(summaries)}}` : '}'
    } else yield (first ? '[' : ',') + JSON.stringify(jsonFile(file, options))
    first = false
  }
  yield first ? '[]' : ']'
}

function jsonFile(file: VFile, options: JsonOptions) {
  return {
    path: file.path,
    cwd: file.cwd,
    history: file.history,
    messages: (file.messages as LintMessage[]).map(jsonMessage),
    ...(options.summaries && file.data.summaries ? {summaries: file.data.summaries} : {})
  }
}

/** One message as the JSON report writes it (also used by `merge-reports` for cross-release findings). */
export function jsonMessage(message: LintMessage) {
  return {
    reason: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    endLine: message.place && 'end' in message.place ? message.place.end.line : null,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    fatal: message.fatal,
    severity: message.severity ?? (message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info'),
    url: message.url ?? null,
    actual: message.actual ?? null,
    expected: message.expected ?? null,
    fixKind: message.fixKind ?? null,
    ...(message.extra ? {data: message.extra} : {})
  }
}

export type JsonMessage = ReturnType<typeof jsonMessage>

/** A file of a JSON report, as `merge-reports` reads it back. */
export interface JsonFile {
  path: string
  messages: JsonMessage[]
  summaries?: Record<string, FileSummary>
}

export function isJsonFile(value: unknown): value is JsonFile {
  const file = value as JsonFile | null
  return typeof file?.path === 'string' && Array.isArray(file.messages) && file.messages.every((message) => typeof message?.reason === 'string')
}

/** Where a message of a JSON report is: a span, a point (no end), or nowhere (no line). */
export function placeOf(message: JsonMessage): {start: Point; end: Point} | Point | undefined {
  const start = typeof message.line === 'number' ? {line: message.line, column: message.column ?? undefined} : undefined
  return start && typeof message.endLine === 'number' ? {start, end: {line: message.endLine, column: message.endColumn ?? undefined}} : start
}

type Point = {line: number; column: number | undefined}

/** A file of a JSON report as a VFile again: `jsonFile` of it writes the same item. */
export function fromJsonFile(item: JsonFile): VFile {
  const file = new VFile({path: item.path})
  if (item.summaries) file.data.summaries = item.summaries
  for (const each of item.messages) {
    const message = newMessage(each.reason, {place: placeOf(each) as never, ruleId: each.ruleId ?? undefined, source: each.source ?? undefined}) as LintMessage
    message.file = item.path
    message.fatal = each.fatal
    message.severity = each.severity as LintMessage['severity']
    if (each.url !== null) message.url = each.url
    if (each.actual !== null) message.actual = each.actual
    if (each.expected !== null) message.expected = each.expected
    if (each.fixKind !== null) message.fixKind = each.fixKind
    if (each.data) message.extra = each.data
    file.messages.push(message)
  }
  return file
}
