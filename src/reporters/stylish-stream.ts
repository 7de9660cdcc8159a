// vfile-reporter's report, written a file at a time, for runs of many files. vfile-reporter builds
// every row of every file, then every line, then the whole text, while the run holds every file's
// messages: 10,000 releases (44,000 messages, a 12 MB report) peaked at 277 MB on one thread, 101 MB
// more than the same run's JSON report, which is written as it goes; and held, the messages cost
// time too (below). This lays the report out as vfile-reporter 8 does (files by path, messages in
// vfile-sort's order, each column as wide as its widest cell across all files, the same colours and
// closing tally) in two passes over the files: the first measures the columns (from the measures taken
// when each file was packed, see `layoutOf`), the second writes; a cached file, without colour,
// from the rows the cache keeps (./stylish-rows.ts).
// test/stylish-stream.test.ts compares it with vfile-reporter byte for byte.
import type {VFileMessage} from 'vfile-message'
import {stringifyPosition} from 'unist-util-stringify-position'
import stringWidth from './string-width.ts'
import {compareMessage, compareString} from './vfile-sort.ts'
import {placeOf, type JsonMessage, type RenderedFile} from './json.ts'
import {encodeRows, writeFileRows, type StylishRow} from './stylish-rows.ts'

// vfile-reporter holds every file's messages while it builds every row, line and then the whole
// text; held past a few thousand messages they outlive V8's young generation and are copied and
// collected again. Written a file at a time, each file's messages die young. Warm --cache runs,
// alternated 20 rounds: 30 and 100 releases of the corpus (288 and 1,507 messages) the same, 200
// (3,235) 7 ms faster, all 316 (5,390 messages) 405 -> 356 ms; the same report.
/** From this many files the command line writes the stylish report with this layout, below with vfile-reporter itself. */
export const streamStylishFrom = 250

export interface StylishOptions {
  /** Only errors, and no line for a file without any (vfile-reporter's `quiet` and `silent`). */
  quiet?: boolean
  color?: boolean
}

/** What the layout reads of a file: a VFile, or a cached file's JSON report read back (`fromRendered`). */
export interface StylishFile {
  path: string
  history: string[]
  stored?: boolean | null
  messages: StylishMessage[]
}

export type StylishMessage = Pick<VFileMessage, 'reason' | 'message' | 'stack' | 'fatal' | 'place' | 'line' | 'column' | 'ruleId' | 'source'>

/** The files of a report, each made when asked for. */
export interface FileList {
  length: number
  at(index: number): StylishFile
  /** What the first pass needs of the file, if it was measured when the file was packed (then the file is made only once). */
  layoutAt?(index: number): FileLayout | undefined
  /** Its layout with the rows the cache keeps, if the report may write it from them (then the file is not made at all). */
  rowsAt?(index: number): Required<FileLayout> | undefined
}

/** What the first pass needs of a file: measured when a run packs it, and kept in the cache. */
export interface FileLayout {
  path: string
  /** The width of each column's widest cell: five for every message, then five for its errors only. */
  widths: number[]
  /** Its errors, warnings and infos. */
  counts: number[]
  /** Its rows without colour, in the report's order (./stylish-rows.ts), when the cache keeps them. */
  rows?: Uint8Array
}

interface Tally {
  fatal: number
  warn: number
  info: number
}

const eol = /\r?\n|\r/

/**
 * The report, in chunks of whole lines: vfile-reporter's text and a line end (nothing when there
 * is nothing to say: quiet, and no errors). Messages are as ../engine/serialize.ts unpacks them:
 * never with a `cause`, which vfile-reporter would print under the message (and which is left out
 * here). A chunk of bytes is valid until the next is asked for.
 */
export function stylishChunks(files: FileList, options: StylishOptions): Iterable<string | Uint8Array> {
  const style = styles(options.color === true)
  const silent = options.quiet === true
  // First pass: each column's width, the tally, and each file's path for the order.
  const sizes = [0, 0, 0, 0, 0]
  const tally: Tally = {fatal: 0, warn: 0, info: 0}
  const paths: string[] = []
  // A quiet report measures errors only: the second five widths.
  const first = silent ? 5 : 0
  for (let index = 0; index < files.length; index++) {
    const layout = files.layoutAt?.(index) ?? layoutOf(files.at(index))
    paths.push(layout.path)
    for (let cell = 0; cell < 5; cell++) sizes[cell] = Math.max(sizes[cell], layout.widths[first + cell])
    tally.fatal += layout.counts[0]
    if (!silent) {
      tally.warn += layout.counts[1]
      tally.info += layout.counts[2]
    }
  }
  const order = paths.map((_, index) => index).sort((a, b) => compareString(paths[a], paths[b]))
  return writeLines()

  function* writeLines(): Generator<string | Uint8Array> {
    let lastWasMessage = false
    for (const index of order) {
      const layout = options.color ? undefined : files.rowsAt?.(index)
      if (layout) {
        const [errors, warnings, infos] = layout.counts
        const messages = silent ? errors : errors + warnings + infos
        if (silent && messages === 0) continue
        // A cached file was never written by --fix.
        const line = pathLine(style, layout.path || '<stdin>', {fatal: errors, warn: warnings, info: infos}).trimEnd()
        yield writeFileRows((lastWasMessage ? '\n' : '') + line, layout.rows, errors + warnings + infos, sizes, silent)
        lastWasMessage = messages > 0
        continue
      }
      const file = files.at(index)
      const rows: string[] = []
      for (const message of shownMessages(file, silent)) {
        const {cells, rest} = messageRow(style, message)
        rows.push(alignRow(cells, sizes), ...rest.map((line) => line.trimEnd()))
      }
      if (!silent || rows.length > 0) {
        const line = fileLine(style, file).trimEnd()
        if (lastWasMessage && line) yield '\n'
        if (line) yield line + '\n'
        for (const row of rows) yield row + '\n'
        lastWasMessage = rows.length > 0
      }
    }
    if (tally.fatal || tally.warn) yield '\n' + byline(style, tally) + '\n'
  }
}

/**
 * The file's path, the widths of its cells (colour codes take no width), its tally and, if asked
 * for, its rows. A run keeps rows only in its cache (../engine/cache.ts): held for every file of a
 * run, they took 10,000 releases from 160 to 175 MB at peak on one thread.
 */
export function layoutOf(file: StylishFile, options: {rows?: boolean} = {}): FileLayout {
  const style = styles(false)
  const widths = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
  const tally: Tally = {fatal: 0, warn: 0, info: 0}
  const rows: StylishRow[] = []
  for (const message of options.rows ? shownMessages(file, false) : file.messages) {
    const {cells, rest} = messageRow(style, message)
    // Kept only for rows: every run measures every message it packs.
    const cellWidths: number[] | undefined = options.rows ? [] : undefined
    for (let cell = 0; cell < cells.length; cell++) {
      const width = stringWidth(cells[cell])
      widths[cell] = Math.max(widths[cell], width)
      // Errors only, as a quiet report shows them.
      if (message.fatal) widths[5 + cell] = Math.max(widths[5 + cell], width)
      cellWidths?.push(width)
    }
    count(tally, message)
    if (cellWidths) rows.push({kind: message.fatal ? 0 : message.fatal === false ? 1 : 2, cells, widths: cellWidths, rest})
  }
  const layout: FileLayout = {path: file.path, widths, counts: [tally.fatal, tally.warn, tally.info]}
  if (options.rows) layout.rows = encodeRows(rows)
  return layout
}

/**
 * A cached file as its JSON report keeps it (../engine/cache.ts), with the messages as the layout
 * reads them: the cache's JSON report is already in memory, where the packed report would have to
 * be read from the cache file, parsed, and made into VFileMessages. Warm runs over the corpus,
 * alternated 30 rounds: 295 -> 265 ms (the JSON report: 211 ms).
 */
export function fromRendered(rendered: RenderedFile): StylishFile {
  const messages: StylishMessage[] = []
  for (const item of JSON.parse(decoder.decode(rendered.messages)) as JsonMessage[]) {
    const place = placeOf(item) as StylishMessage['place']
    messages.push({reason: item.reason, message: item.reason, stack: '', fatal: item.fatal, place, line: item.line ?? undefined, column: item.column ?? undefined, ruleId: item.ruleId ?? undefined, source: item.source ?? undefined})
  }
  return {path: rendered.path, history: [rendered.path], messages}
}

const decoder = new TextDecoder()

function shownMessages(file: StylishFile, silent: boolean): StylishMessage[] {
  const sorted = [...file.messages].sort(compareMessage)
  return silent ? sorted.filter((message) => message.fatal) : sorted
}

function count(tally: Tally, message: StylishMessage): void {
  tally[message.fatal ? 'fatal' : message.fatal === false ? 'warn' : 'info']++
}

function alignRow(cells: string[], sizes: number[]): string {
  let line = ''
  for (let index = 0; index < cells.length; index++) line += cells[index] + ' '.repeat(sizes[index] + 1 - stringWidth(cells[index]))
  return line.trimEnd()
}

type Style = ReturnType<typeof styles>

function styles(color: boolean) {
  const code = (value: string) => (color ? `\u001B[${value}m` : '')
  return {bold: code('1'), underline: code('4'), normalIntensity: code('22'), noUnderline: code('24'), red: code('31'), cyan: code('36'), green: code('32'), yellow: code('33'), defaultColor: code('39')}
}

function label(fatal: boolean | null | undefined): string {
  return fatal ? 'error' : fatal === false ? 'warning' : 'info'
}

function messageRow(style: Style, message: StylishMessage): {cells: string[]; rest: string[]} {
  let reason = message.stack || message.message
  let rest: string[] = []
  const match = eol.exec(reason)
  if (match) {
    // vfile-reporter's own cut: after a CR LF, the rest starts with the LF (an empty first line).
    rest = reason.slice(match.index + 1).split(eol)
    reason = reason.slice(0, match.index)
  }
  const kind = label(message.fatal)
  const place = message.place || (message as {position?: VFileMessage['place']}).position
  return {
    cells: [stringifyPosition(place), (kind === 'error' ? style.red : style.yellow) + kind + style.defaultColor, formatReason(style, reason), message.ruleId || '', message.source || ''],
    rest
  }
}

function fileLine(style: Style, file: StylishFile): string {
  const tally: Tally = {fatal: 0, warn: 0, info: 0}
  for (const message of file.messages) count(tally, message)
  return pathLine(style, file.history[0] || '<stdin>', tally, file.stored ? {path: file.path} : undefined)
}

/** A file's line from its name and tally; `written`: where --fix wrote it, if it did. */
function pathLine(style: Style, name: string, tally: Tally, written?: {path: string | undefined}): string {
  const total = tally.fatal + tally.warn + tally.info
  const left = style.underline + (tally.fatal ? style.red : total ? style.yellow : style.green) + name + style.defaultColor + style.noUnderline + (written && name !== written.path ? ' > ' + written.path : '')
  const right = written ? style.yellow + 'written' + style.defaultColor : total ? '' : 'no issues found'
  return left && right ? left + ': ' + right : left + right
}

/** Code spans (runs of backticks closed by a run of the same length) in cyan, the reason in bold. */
function formatReason(style: Style, reason: string): string {
  const splits: Array<{index: number; size: number}> = []
  let index = reason.indexOf('`')
  while (index !== -1) {
    const split = {index, size: 1}
    splits.push(split)
    while (reason.codePointAt(index + 1) === 96) {
      split.size++
      index++
    }
    index = reason.indexOf('`', index + 1)
  }
  let result = ''
  let textStart = 0
  for (let open = 0; open < splits.length; open++) {
    let close = open + 1
    while (close < splits.length && splits[close].size !== splits[open].size) close++
    if (close < splits.length) {
      const codeEnd = splits[close].index + splits[close].size
      result += reason.slice(textStart, splits[open].index) + style.cyan + reason.slice(splits[open].index, codeEnd) + style.defaultColor
      textStart = codeEnd
      open = close
    }
  }
  return style.bold + result + reason.slice(textStart) + style.normalIntensity
}

function byline(style: Style, tally: Tally): string {
  const total = tally.fatal + tally.warn + tally.info
  let result = ''
  if (tally.fatal) result = style.red + '✖' + style.defaultColor + ' ' + tally.fatal + ' ' + (tally.fatal === 1 ? 'error' : 'errors')
  if (tally.warn) result = (result ? result + ', ' : '') + style.yellow + '⚠' + style.defaultColor + ' ' + tally.warn + ' ' + (tally.warn === 1 ? 'warning' : 'warnings')
  return total !== tally.fatal && total !== tally.warn ? total + ' messages (' + result + ')' : result
}
