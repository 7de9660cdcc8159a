// `--cache`: a file's report is reused only when its bytes, its resolved config (rules, options,
// severities), its facts registry and the lih-lint build are all unchanged, so a warm run reports
// exactly what a cold one would. textlint's cache ignores rule changes; this one cannot.
import {closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import type {ResolvedConfig} from '../config/types.ts'
import type {CheckedRegistries} from '../facts/load.ts'
import {loadCrypto} from './builtins.ts'
import {makeFolders} from './make-folders.ts'
import {writeAll} from './write-all.ts'
import {renderFile, type RenderedFile} from '../reporters/json.ts'
import {unpack, type PackedFile} from './serialize.ts'
import {layoutOf, type FileLayout} from '../reporters/stylish-stream.ts'

declare const __LIH_LINT_BUILD__: string | undefined

/** A hash of the rules' and engine's code, set by the build; source runs use the version. */
const build = typeof __LIH_LINT_BUILD__ === 'string' ? __LIH_LINT_BUILD__ : 'source'

interface Entry {
  /** The hash of the file's bytes and then the hash of its config (both `hashLength` characters). */
  key: string
  /** The file's size, times and identity when its bytes were hashed, if they can vouch for them later (see `contentHash`). */
  signature?: string
  /** The packed report's UTF-8 JSON, decoded only when reported; read from the cache file when first asked for (`plainOf`). */
  plain?: Uint8Array
  /** Where `plain` starts in the cache file's tail, while it is not read. */
  plainAt?: number
  plainLength: number
  summaries?: Uint8Array
  /** The messages as the JSON report writes them, with their counts: a warm JSON report copies them. */
  rendered: Omit<RenderedFile, 'path'>
  /** The widths of its cells, its tally and its rows in a stylish report (../reporters/stylish-stream.ts), when known. */
  layout?: Omit<FileLayout, 'path'>
  /** Where its rendered messages and its rows are in their sections of the cache file, while they are not read. */
  unread?: Partial<Record<Section, Span>>
  /** Where they are in this run's spill files (`LintCache.spill`), for an entry this run set. */
  spilled?: Partial<Record<Section, Span>>
}

type Span = [at: number, length: number]
/** The part of an entry that has none, or whose bytes are elsewhere (unread, spilled). */
const empty = new Uint8Array(0)

/** The parts of the cache file that are each read in one go, when a report first asks for one entry's. */
type Section = keyof typeof sections

/** Each section's part of an entry, in the order the cache file keeps them. */
const sections = {
  rendered: {
    of: (entry: Entry): Uint8Array => entry.rendered.messages,
    set: (entry: Entry, bytes: Uint8Array) => {
      entry.rendered.messages = bytes
    }
  },
  rows: {
    // An entry without a layout has no rows (and keeps no length for them in the header).
    of: (entry: Entry): Uint8Array => entry.layout?.rows ?? empty,
    set: (entry: Entry, bytes: Uint8Array) => {
      entry.layout!.rows = bytes
    }
  }
}

/** The file's first line: the salt and, for each entry, its path, key, the lengths of its parts, its counts, its signature ('' if none) and its stylish layout's 14 numbers (the last: its rows' length). */
interface Header {
  salt: string
  entries: Array<[path: string, key: string, plainLength: number, summariesLength: number, renderedLength: number, errors: number, warnings: number, signature: string, layout?: number[]]>
  /** The registries this run read, checked, as plain data, by the hash of their text. */
  registries?: Record<string, unknown>
}

/**
 * The cache file is a JSON header line, then every entry's summaries, then every entry's rendered
 * messages, then every entry's stylish rows, then every entry's packed report (the tail). A warm
 * run decodes only the header: as one JSON file (reports as strings inside JSON) decoding and
 * parsing its 2 MB took ~45 ms of a 400 ms warm run over the corpus. It reads the summaries, which
 * the cross-release pass needs (58 kB for the corpus); a warm JSON report reads the rendered
 * messages (2.1 MB), a stylish one the rows (0.8 MB), each in one go when first asked for; the tail
 * (1.8 MB) is read a report at a time when one is asked for: a cross-release finding, a colour
 * report, a new cache. A warm stylish run over the corpus took 229 ms while it still read the
 * rendered messages with the summaries, 216 ms once it did not (alternated, 20 rounds).
 */
export class LintCache {
  private readonly entries = new Map<string, Entry>()
  private stored: Record<string, unknown> = {}
  private readonly registries: Record<string, unknown> = {}
  private readonly configKeys = new WeakMap<ResolvedConfig, string>()
  private readonly configTextKeys = new Map<string, string>()
  /** The signatures of the files this run read and hashed, by shown path (undefined: too new to vouch for their bytes). */
  private readonly signatures = new Map<string, string | undefined>()
  private readonly salt: string
  private readonly racyMargin: number
  private changed = false
  /**
   * The cache file, open until its sections and every packed report in its tail are read or the
   * run ends (so that a cache another run writes meanwhile is never mixed in): where its unread
   * sections are, where its tail starts, and how many reports are unread.
   */
  private tail: {fd: number; sections: Partial<Record<Section, Span>>; at: number; unread: number} | undefined
  /**
   * The rendered messages and the rows of the entries this run set, written out as they come, one
   * file for each section so that the save copies each in long runs. Held in memory until the
   * save, they took a first --cache run over 10,000 releases to 199 MB on one thread (166 MB
   * without --cache, which holds the packed reports too) and 203 MB on two; written out, 183 and
   * 194 MB. Removed as soon as opened. Once a part could not be written, the parts that follow are
   * kept in memory (`spilling`), as a cache that cannot be written is only a warning.
   */
  private spill: Partial<Record<Section, {fd: number; path: string; length: number}>> = {}
  private spilling = true

  /** `racyMargin`: how old (ms) a file's change time must be for its signature to be kept. */
  constructor(readonly location: string, version: string, options: {racyMargin?: number} = {}) {
    this.salt = `${version}:${build}`
    // Wider than the coarsest file-system clock (FAT's 2 s), so a same-tick write is never missed.
    this.racyMargin = options.racyMargin ?? 3000
    let fd: number
    try {
      fd = openSync(location, 'r')
    } catch {
      return // No cache yet, or an unreadable one: start afresh.
    }
    try {
      this.read(fd)
    } catch {
      // Unreadable after all: start afresh.
    }
    if (this.tail?.fd !== fd) closeSync(fd)
  }

  /** Takes the entries of a cache file whose salt matches, all but their tail; a damaged file is dropped whole. */
  private read(fd: number): void {
    const size = fstatSync(fd).size
    // The header line, in reads that grow fourfold until its end is found (73 kB for the corpus).
    let head: Buffer = Buffer.alloc(0)
    let headerEnd = -1
    while (headerEnd === -1 && head.length < size) {
      head = readAt(fd, Math.min(size, Math.max(131072, 4 * head.length)), 0)
      headerEnd = head.indexOf(0x0a)
    }
    if (headerEnd === -1) return
    let header: Header
    try {
      header = JSON.parse(head.toString('utf8', 0, headerEnd))
    } catch {
      return
    }
    if (header?.salt !== this.salt || !Array.isArray(header.entries)) return
    const items: Array<{path: string; entry: Entry; summariesLength: number}> = []
    const lengths = {summaries: 0, rendered: 0, rows: 0, tail: 0}
    for (const item of header.entries) {
      const [path, key, plainLength, summariesLength, renderedLength, errors, warnings, signature, layout] = Array.isArray(item) ? item : []
      if (typeof path !== 'string' || typeof key !== 'string' || key.length !== 2 * hashLength || typeof signature !== 'string') return
      if (layout !== undefined && !(Array.isArray(layout) && layout.length === 14 && layout.every(isLength))) return
      if (!isLength(plainLength) || !isLength(summariesLength) || !isLength(renderedLength) || !isLength(errors) || !isLength(warnings)) return
      const entry: Entry = {key, plainAt: lengths.tail, plainLength, rendered: {messages: empty, errors, warnings}, unread: {rendered: [lengths.rendered, renderedLength]}}
      if (signature) entry.signature = signature
      if (layout) {
        entry.layout = {widths: layout.slice(0, 10), counts: layout.slice(10, 13)}
        entry.unread!.rows = [lengths.rows, layout[13]]
        lengths.rows += layout[13]
      }
      items.push({path, entry, summariesLength})
      lengths.summaries += summariesLength
      lengths.rendered += renderedLength
      lengths.tail += plainLength
    }
    const summariesAt = headerEnd + 1
    const renderedAt = summariesAt + lengths.summaries
    const rowsAt = renderedAt + lengths.rendered
    const tailAt = rowsAt + lengths.rows
    if (tailAt + lengths.tail !== size) return
    let summaries: Buffer
    if (head.length >= renderedAt) summaries = head.subarray(summariesAt, renderedAt)
    else {
      // What the header's read holds of the summaries already is copied; only the rest is read.
      summaries = Buffer.allocUnsafe(lengths.summaries)
      const held = head.copy(summaries, 0, summariesAt)
      if (readInto(fd, summaries, held, summariesAt + held) !== lengths.summaries) return
    }
    let offset = 0
    for (const {path, entry, summariesLength} of items) {
      if (summariesLength > 0) entry.summaries = summaries.subarray(offset, (offset += summariesLength))
      this.entries.set(path, entry)
    }
    if (items.length > 0) this.tail = {fd, sections: {rendered: [renderedAt, lengths.rendered], rows: [rowsAt, lengths.rows]}, at: tailAt, unread: items.length}
    if (header.registries && typeof header.registries === 'object') this.stored = header.registries
  }

  /** The entry's packed report, read from the cache file's tail when first asked for (a run reporting a few cross-release findings reads a few). */
  private plainOf(entry: Entry): Uint8Array {
    if (!entry.plain) {
      const tail = this.tail!
      entry.plain = readAt(tail.fd, entry.plainLength, tail.at + entry.plainAt!)
      delete entry.plainAt
      tail.unread--
      this.closeIfRead()
    }
    return entry.plain
  }

  /** The entry's rendered messages or rows: the first ask reads every entry's (a report of many files asks for all). */
  private partOf(entry: Entry, section: Section): Uint8Array {
    const spilled = entry.spilled?.[section]
    if (spilled) {
      sections[section].set(entry, readAt(this.spill[section]!.fd, spilled[1], spilled[0]))
      delete entry.spilled![section]
    }
    if (entry.unread?.[section]) this.readSection(section)
    return sections[section].of(entry)
  }

  /** Reads a section of the cache file in one go, and gives each entry its part. */
  private readSection(section: Section): void {
    const tail = this.tail!
    const [at, length] = tail.sections[section]!
    const bytes = readAt(tail.fd, length, at)
    for (const entry of this.entries.values()) {
      const span = entry.unread?.[section]
      if (!span) continue
      sections[section].set(entry, bytes.subarray(span[0], span[0] + span[1]))
      delete entry.unread![section]
    }
    delete tail.sections[section]
    this.closeIfRead()
  }

  private closeIfRead(): void {
    if (this.tail && this.tail.unread === 0 && Object.keys(this.tail.sections).length === 0) {
      closeSync(this.tail.fd)
      this.tail = undefined
    }
  }

  /** Registries as an earlier run checked them, by their text (./facts/load.ts); those this run reads are kept. */
  readonly checkedRegistries: CheckedRegistries = {
    get: (text) => {
      const key = hashText(text)
      const value = Object.hasOwn(this.stored, key) ? this.stored[key] : undefined
      if (value !== undefined) this.registries[key] = value
      return value
    },
    set: (text, value) => {
      this.registries[hashText(text)] = value
      this.changed = true
    }
  }

  /**
   * The key of the file at `path` (absolute), reported as `shown`: the hash of its bytes and of its
   * config. Throws when the file cannot be read.
   */
  key(path: string, shown: string, config: ResolvedConfig): string {
    let configKey = this.configKeys.get(config)
    if (!configKey) {
      // Rule ids are ASCII: compared by code unit (localeCompare's first call loads ICU's collator, ~8 ms).
      const rules = [...config.rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      // Each folder has its own config object, mostly with the same content: hashed once per content.
      const text = JSON.stringify({rules, facts: config.facts, html: config.html})
      configKey = this.configTextKeys.get(text) ?? hashText(text)
      this.configTextKeys.set(text, configKey)
      this.configKeys.set(config, configKey)
    }
    return this.contentHash(path, shown) + configKey
  }

  /**
   * The hash of the file's bytes. As git's index does, the last run's hash is taken without reading
   * the file when the file's size, modification and change times, inode and device are those it
   * had then: any write changes the change time, which no tool can set back (`touch -d` and
   * `utimes` set the modification time and stamp the change time with now). A signature is kept
   * only when the change time was already `racyMargin` old when the file was read, so that a write
   * in the same clock tick as the read (the same times, other bytes) is never taken for no write.
   * Reading and hashing the corpus's 316 releases was ~30 ms of a ~250 ms warm run.
   */
  private contentHash(path: string, shown: string): string {
    const checkedAt = Date.now()
    const stat = statSync(path)
    const signature = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}:${stat.dev}`
    const entry = this.entries.get(shown)
    if (entry?.signature === signature) {
      // Kept with the file's new entry if its config changed.
      this.signatures.set(shown, signature)
      return entry.key.slice(0, hashLength)
    }
    const contentHash = hash(readFileSync(path))
    const trusted = Math.max(stat.mtimeMs, stat.ctimeMs) < checkedAt - this.racyMargin
    this.signatures.set(shown, trusted ? signature : undefined)
    return contentHash
  }

  get(path: string, key: string): PackedFile | undefined {
    const entry = this.entries.get(path)
    if (!entry || entry.key !== key) return undefined
    // A file read and hashed again (touched, or too new to vouch for last time) keeps its new signature.
    if (this.signatures.has(path) && this.signatures.get(path) !== entry.signature) {
      setSignature(entry, this.signatures.get(path))
      this.changed = true
    }
    const cache = this
    const file: PackedFile = {
      get plain() {
        return cache.plainOf(entry)
      },
      rendered: {
        path,
        errors: entry.rendered.errors,
        warnings: entry.rendered.warnings,
        get messages() {
          return cache.partOf(entry, 'rendered')
        }
      }
    }
    if (entry.summaries !== undefined) file.summaries = entry.summaries
    if (entry.layout) {
      const {widths, counts} = entry.layout
      file.layout = {
        path,
        widths,
        counts,
        get rows() {
          return cache.partOf(entry, 'rows')
        }
      }
    }
    return file
  }

  /** Keeps a file's report by the path the report shows. */
  set(path: string, key: string, file: PackedFile): void {
    const unpacked = unpack(file, {summaries: false})
    const {messages, errors, warnings} = renderFile(unpacked)
    const entry: Entry = {key, plain: file.plain, plainLength: file.plain.length, rendered: {messages, errors, warnings}}
    if (file.summaries !== undefined) entry.summaries = file.summaries
    this.spillPart(entry, 'rendered')
    if (file.layout) {
      const {widths, counts, rows} = layoutOf(unpacked, {rows: true})
      entry.layout = {widths, counts, rows}
      this.spillPart(entry, 'rows')
    }
    setSignature(entry, this.signatures.get(path))
    this.entries.set(path, entry)
    this.changed = true
  }

  /** Moves the entry's part of `section` from memory to the end of its spill file, if it can. */
  private spillPart(entry: Entry, section: Section): void {
    if (!this.spilling) return
    const part = sections[section].of(entry)
    try {
      let spill = this.spill[section]
      if (!spill) {
        makeFolders(dirname(this.location))
        const path = join(dirname(this.location), `.spill-${process.pid}-${section}.tmp`)
        spill = this.spill[section] = {fd: openSync(path, 'w+'), path, length: 0}
        // Read and copied through the descriptor only: an interrupted run leaves no file behind
        // (where an open file cannot be removed, the save removes it once closed).
        try {
          rmSync(path, {force: true})
        } catch {}
      }
      writeAll(spill.fd, part)
      ;(entry.spilled ??= {})[section] = [spill.length, part.length]
      spill.length += part.length
      sections[section].set(entry, empty)
    } catch {
      this.spilling = false
    }
  }

  /**
   * Writes atomically (temporary file, then rename), so an interrupted run never leaves half a cache.
   * Entries of files that no longer exist (renamed, deleted releases) are dropped, so the cache does
   * not grow with a repository's history; a run over a few files keeps every other file's entry.
   */
  save(): void {
    if (!this.changed) return
    const header: Header = {salt: this.salt, entries: [], registries: this.registries}
    const kept: Array<[path: string, entry: Entry]> = []
    for (const [path, entry] of this.entries) {
      if (existsSync(path)) {
        kept.push([path, entry])
        continue
      }
      // Dropped, but a report this run returned may still be asked for after the file is replaced.
      this.plainOf(entry)
      for (const section of Object.keys(sections) as Section[]) if (entry.unread?.[section] || entry.spilled?.[section]) this.partOf(entry, section)
    }
    makeFolders(dirname(this.location))
    const temporary = join(dirname(this.location), `.cache-${process.pid}.tmp`)
    // Written part after part: joined first, they made a second copy of the corpus's 4 MB in memory
    // touched for the first time. Parts this run did not read (the rows for a JSON report, the
    // rendered messages for a stylish one, most packed reports) are copied from the old file
    // through one small buffer rather than read into memory (2.9 MB for the corpus), and so are
    // the parts of the entries this run set, from the spill files; all are read from the new file
    // if asked for later.
    const fd = openSync(temporary, 'w')
    const old = this.tail
    const fromOld = new RangeCopy(old?.fd, fd)
    const fromSpill = {rendered: new RangeCopy(this.spill.rendered?.fd, fd), rows: new RangeCopy(this.spill.rows?.fd, fd)}
    /** Where each copied part is in its section (or in the tail) of the new file, and its length. */
    const moved: Array<[entry: Entry, section: Section | 'tail', at: number, length: number]> = []
    const sectionsAt: Partial<Record<Section, Span>> = {}
    let written = false
    let tailAt = 0
    try {
      const lengthOf = (entry: Entry, section: Section) => (entry.unread?.[section] ?? entry.spilled?.[section])?.[1] ?? sections[section].of(entry).length
      for (const [path, entry] of kept) {
        const {errors, warnings} = entry.rendered
        header.entries.push([path, entry.key, entry.plainLength, entry.summaries?.length ?? 0, lengthOf(entry, 'rendered'), errors, warnings, entry.signature ?? ''])
        if (entry.layout) header.entries.at(-1)!.push([...entry.layout.widths, ...entry.layout.counts, lengthOf(entry, 'rows')])
      }
      const head = Buffer.from(JSON.stringify(header) + '\n')
      writeAll(fd, head)
      let at = head.length
      /** The copy with ranges not yet written: the others' are, so that parts land in order. */
      let pending: RangeCopy | undefined
      const flush = () => {
        pending?.flush()
        pending = undefined
      }
      /** Writes a part held in memory, or copies one still in another file (at [from, length]) and notes where it lands from `start`. */
      const put = (entry: Entry, where: Section | 'tail', start: number, part: Uint8Array | [copy: RangeCopy, from: number, length: number]) => {
        if (part instanceof Uint8Array) {
          flush()
          writeAll(fd, part)
          at += part.length
          return
        }
        const [copy, from, length] = part
        if (pending !== copy) flush()
        pending = copy
        copy.add(from, length)
        moved.push([entry, where, at - start, length])
        at += length
      }
      // Summaries are always in memory (every run reads them).
      for (const [, entry] of kept) {
        if (entry.summaries) {
          writeAll(fd, entry.summaries)
          at += entry.summaries.length
        }
      }
      for (const section of Object.keys(sections) as Section[]) {
        const start = at
        for (const [, entry] of kept) {
          const span = entry.unread?.[section]
          const spilled = entry.spilled?.[section]
          put(entry, section, start, span ? [fromOld, old!.sections[section]![0] + span[0], span[1]] : spilled ? [fromSpill[section], ...spilled] : sections[section].of(entry))
        }
        flush()
        if (moved.some(([, movedSection]) => movedSection === section)) sectionsAt[section] = [start, at - start]
      }
      tailAt = at
      for (const [, entry] of kept) put(entry, 'tail', tailAt, entry.plain ?? [fromOld, old!.at + entry.plainAt!, entry.plainLength])
      flush()
      written = true
    } finally {
      closeSync(fd)
      if (!written) rmSync(temporary, {force: true})
    }
    // The parts copied across are read from the new file, opened before it takes the cache's name
    // (so never from a cache another run renamed there meanwhile), whether or not the rename works.
    const fresh = moved.length > 0 ? openSync(temporary, 'r') : undefined
    // The old file is closed before the new one is renamed over it (Windows refuses to replace a
    // file that is open); entries this run replaced were never read from it.
    if (this.tail) {
      closeSync(this.tail.fd)
      this.tail = undefined
    }
    let renamed = false
    try {
      renameSync(temporary, this.location)
      renamed = true
    } finally {
      if (fresh !== undefined) {
        const unread = moved.filter(([, section]) => section === 'tail').length
        this.tail = {fd: fresh, sections: sectionsAt, at: tailAt, unread}
        for (const [entry, section, at, length] of moved) {
          if (section === 'tail') entry.plainAt = at
          else {
            ;(entry.unread ??= {})[section] = [at, length]
            delete entry.spilled?.[section]
          }
        }
      }
      if (!renamed) rmSync(temporary, {force: true})
      // Every spilled part is now in the new file (or was read back, for a dropped entry).
      for (const spill of Object.values(this.spill)) {
        closeSync(spill.fd)
        try {
          rmSync(spill.path, {force: true})
        } catch {}
      }
      this.spill = {}
    }
  }
}

/** Copies byte ranges of one file to the end of another, joining ranges that follow each other. */
class RangeCopy {
  private from = 0
  private length = 0
  private buffer: Buffer | undefined

  constructor(private readonly source: number | undefined, private readonly target: number) {}

  add(from: number, length: number): void {
    if (this.length > 0 && from === this.from + this.length) {
      this.length += length
      return
    }
    this.flush()
    this.from = from
    this.length = length
  }

  flush(): void {
    if (this.length === 0) return
    if (this.source === undefined) throw new Error('the cache file is not open')
    this.buffer ??= Buffer.allocUnsafe(65_536)
    for (let done = 0; done < this.length; ) {
      const chunk = this.buffer.subarray(0, Math.min(this.buffer.length, this.length - done))
      // The old file is shorter than its header said: no cache is better than a wrong one.
      if (readInto(this.source, chunk, 0, this.from + done) !== chunk.length) throw new Error('the cache file changed while it was read')
      writeAll(this.target, chunk)
      done += chunk.length
    }
    this.length = 0
  }
}

function setSignature(entry: Entry, signature: string | undefined): void {
  if (signature) entry.signature = signature
  else delete entry.signature
}

/** `length` bytes of the file from `position` (fewer only if the file is shorter). */
function readAt(fd: number, length: number, position: number): Buffer {
  const bytes = Buffer.allocUnsafe(length)
  return bytes.subarray(0, readInto(fd, bytes, 0, position))
}

/** Fills `bytes` from `offset` with the file's bytes from `position`; how far it got (short only at the file's end). */
function readInto(fd: number, bytes: Buffer, offset: number, position: number): number {
  let at = offset
  while (at < bytes.length) {
    const count = readSync(fd, bytes, at, bytes.length - at, position + at - offset)
    if (count === 0) break
    at += count
  }
  return at
}

function isLength(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0
}

const hashLength = 22

/** A file's bytes, by SHA-256 (node:crypto is loaded only when a file must be hashed). */
function hash(data: Uint8Array): string {
  return loadCrypto().createHash('sha256').update(data).digest('base64url').slice(0, hashLength)
}

/**
 * A config or registry text, which this run holds anyway: two 53-bit string hashes (cyrb53, by
 * bryc), ~106 bits, far more than it takes to tell apart the configs a repository has. Loading
 * node:crypto for them was ~6 ms of a warm run that hashes no file.
 */
function hashText(text: string): string {
  const [first, second] = cyrb53Twice(text, 0, 0x9e3779b9)
  return first.toString(36).padStart(hashLength / 2, '0') + second.toString(36).padStart(hashLength / 2, '0')
}

/** cyrb53 of `text` with two seeds, in one pass over it (the config's JSON is read while still interpreted). */
function cyrb53Twice(text: string, seedA: number, seedB: number): [number, number] {
  let a1 = 0xdeadbeef ^ seedA
  let a2 = 0x41c6ce57 ^ seedA
  let b1 = 0xdeadbeef ^ seedB
  let b2 = 0x41c6ce57 ^ seedB
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    a1 = Math.imul(a1 ^ code, 2654435761)
    a2 = Math.imul(a2 ^ code, 1597334677)
    b1 = Math.imul(b1 ^ code, 2654435761)
    b2 = Math.imul(b2 ^ code, 1597334677)
  }
  return [finish(a1, a2), finish(b1, b2)]
}

function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}
