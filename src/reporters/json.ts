// The JSON report: vfile-reporter-json's shape (an array of files with `path` and `messages`),
// with lih-lint's additions on each message (severity, fix kind, end position, extra data).
import type {VFile} from 'vfile'
import type {LintMessage} from '../engine/lint.ts'

export interface JsonOptions {
  /** Keep each file's cross-release summary (a shard's report, for `merge-reports`). */
  summaries?: boolean
}

export function reportJson(files: VFile[], options: JsonOptions = {}): string {
  return JSON.stringify(
    files.map((file) => ({
      path: file.path,
      cwd: file.cwd,
      history: file.history,
      messages: (file.messages as LintMessage[]).map(jsonMessage),
      ...(options.summaries && file.data.summaries ? {summaries: file.data.summaries} : {})
    })),
    null,
    2
  )
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
