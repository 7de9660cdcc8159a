// Linted files packed as JSON of plain data: held until the report, sent across a worker thread boundary, kept in the cache; and back.
import {VFile} from 'vfile'
import {docsBase, type LintMessage} from './lint.ts'
import {newMessage} from './new-message.ts'
import {ownBytes} from './own-bytes.ts'
import type {RenderedFile} from '../reporters/json.ts'
import {layoutOf, type FileLayout} from '../reporters/stylish-stream.ts'
import type {FileSummary} from './rule.ts'

export interface PlainMessage {
  reason: string
  place?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}
  ruleId?: string
  /** Left out when it is lih-lint's (nearly always); null when the message had none. */
  source?: string | null
  fatal?: boolean | null
  severity?: string
  /** Left out when it is the rule's documentation (nearly always); null when the message had none. */
  url?: string | null
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

function toPlain(file: VFile): PlainFile {
  return {
    path: file.path,
    data: {...file.data},
    messages: (file.messages as LintMessage[]).map((message) => {
      const place = message.place && 'start' in message.place ? {start: {...message.place.start}, end: {...message.place.end}} : undefined
      return {
        reason: message.reason,
        place,
        ruleId: message.ruleId,
        // What every message shares is left out: the cache and the workers' answers are a quarter smaller.
        source: message.source === 'lih-lint' ? undefined : (message.source ?? null),
        fatal: message.fatal,
        severity: message.severity,
        url: message.url !== undefined && message.url === ruleUrl(message.ruleId ?? undefined) ? undefined : (message.url ?? null),
        actual: message.actual,
        expected: message.expected,
        fixKind: message.fixKind,
        messageId: message.messageId,
        extra: message.extra
      }
    })
  }
}

function fromPlain(plain: PlainFile): VFile {
  const file = new VFile({path: plain.path})
  Object.assign(file.data, plain.data)
  for (const item of plain.messages) {
    const source = item.source === undefined ? 'lih-lint' : (item.source ?? undefined)
    const message = newMessage(item.reason, {place: item.place as never, ruleId: item.ruleId, source}) as LintMessage
    message.file = plain.path ?? ''
    message.fatal = item.fatal === null ? undefined : item.fatal
    const url = item.url === undefined ? ruleUrl(item.ruleId) : (item.url ?? undefined)
    if (url !== undefined) message.url = url
    for (const key of ['severity', 'actual', 'expected', 'fixKind', 'messageId', 'extra'] as const) {
      if (item[key] !== undefined) (message as unknown as Record<string, unknown>)[key] = item[key]
    }
    file.messages.push(message)
  }
  return file
}

function ruleUrl(ruleId: string | undefined): string | undefined {
  return ruleId === undefined ? undefined : `${docsBase}#${ruleId}`
}

/**
 * A checked file as a run holds it until the report: its messages and its cross-release summaries
 * each as JSON in UTF-8 bytes, outside V8's heap. 10,000 releases held as VFiles kept 80 MB of
 * message objects alive and let V8 grow its heap past 400 MB; held as JSON strings, 36 MB (a
 * curly quote in a reason makes the whole string two bytes a character), and the heap still grew
 * to four times that. A summary's strings were also slices of the release's text, which kept
 * every release's whole text alive; JSON copies them.
 */
export interface PackedFile {
  /** The PlainFile without its summaries. */
  plain: Uint8Array
  /** The file's summaries for the cross-release rules. */
  summaries?: Uint8Array
  /** The file could not be checked (unreadable, or an internal error): not worth caching. */
  failed?: true
  /** Its JSON report, when it comes from the cache (./cache.ts). */
  rendered?: RenderedFile
  /**
   * What a stylish report of many files measures first (its path, cell widths and tally), so that
   * such a report unpacks each file once: unpacked twice, a warm run over the corpus took 22 ms more.
   */
  layout?: FileLayout
}

export function pack(file: VFile): PackedFile {
  const plain = toPlain(file)
  const {summaries, ...data} = plain.data as {summaries?: Record<string, FileSummary>}
  const packed: PackedFile = {plain: ownBytes(JSON.stringify({...plain, data})), layout: layoutOf(file)}
  if (summaries) packed.summaries = ownBytes(JSON.stringify(summaries))
  if (plain.messages.some((message) => message.ruleId === 'internal-error' || message.ruleId === 'unreadable')) packed.failed = true
  return packed
}

export function summariesOf(packed: PackedFile): Record<string, FileSummary> | undefined {
  return packed.summaries === undefined ? undefined : (JSON.parse(decoder.decode(packed.summaries)) as Record<string, FileSummary>)
}

export function unpack(packed: PackedFile, options: {summaries?: boolean} = {}): VFile {
  const file = fromPlain(JSON.parse(decoder.decode(packed.plain)) as PlainFile)
  const summaries = options.summaries === false ? undefined : summariesOf(packed)
  if (summaries) file.data.summaries = summaries
  return file
}

const decoder = new TextDecoder()
