// Linted files as plain data, to cross a worker thread boundary or sit in the cache, and back.
import {VFile} from 'vfile'
import type {LintMessage} from './lint.ts'
import {newMessage} from './new-message.ts'

export interface PlainMessage {
  reason: string
  place?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}
  ruleId?: string
  source?: string
  fatal?: boolean | null
  severity?: string
  url?: string
  actual?: string
  expected?: string[]
  fixKind?: string
  messageId?: string
  extra?: Record<string, unknown>
}

export interface PlainFile {
  path?: string
  messages: PlainMessage[]
  data: Record<string, unknown>
}

export function toPlain(file: VFile): PlainFile {
  return {
    path: file.path,
    data: {...file.data},
    messages: (file.messages as LintMessage[]).map((message) => {
      const place = message.place && 'start' in message.place ? {start: {...message.place.start}, end: {...message.place.end}} : undefined
      return {
        reason: message.reason,
        place,
        ruleId: message.ruleId,
        source: message.source,
        fatal: message.fatal,
        severity: message.severity,
        url: message.url,
        actual: message.actual,
        expected: message.expected,
        fixKind: message.fixKind,
        messageId: message.messageId,
        extra: message.extra
      }
    })
  }
}

export function fromPlain(plain: PlainFile): VFile {
  const file = new VFile({path: plain.path})
  Object.assign(file.data, plain.data)
  for (const item of plain.messages) {
    const message = newMessage(item.reason, {place: item.place as never, ruleId: item.ruleId, source: item.source}) as LintMessage
    message.file = plain.path ?? ''
    message.fatal = item.fatal === null ? undefined : item.fatal
    for (const key of ['severity', 'url', 'actual', 'expected', 'fixKind', 'messageId', 'extra'] as const) {
      if (item[key] !== undefined) (message as unknown as Record<string, unknown>)[key] = item[key]
    }
    file.messages.push(message)
  }
  return file
}
