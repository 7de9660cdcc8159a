// The JSON report: vfile-reporter-json's shape (an array of files with `path` and `messages`),
// with lih-lint's additions on each message (severity, fix kind, end position, extra data).
import type {VFile} from 'vfile'
import type {LintMessage} from '../engine/lint.ts'

export function reportJson(files: VFile[]): string {
  return JSON.stringify(
    files.map((file) => ({
      path: file.path,
      cwd: file.cwd,
      history: file.history,
      messages: (file.messages as LintMessage[]).map((message) => ({
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
      }))
    })),
    null,
    2
  )
}
