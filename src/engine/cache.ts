// `--cache`: a file's report is reused only when its bytes, its resolved config (rules, options,
// severities), its facts registry and the lih-lint build are all unchanged, so a warm run reports
// exactly what a cold one would. textlint's cache ignores rule changes; this one cannot.
import {existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import type {ResolvedConfig} from '../config/types.ts'
import type {CheckedRegistries} from '../facts/load.ts'
import {loadCrypto} from './builtins.ts'
import {renderFile, type RenderedFile} from '../reporters/json.ts'
import {unpack, type PackedFile} from './serialize.ts'

declare const __LIH_LINT_BUILD__: string | undefined

/** A hash of the rules' and engine's code, set by the build; source runs use the version. */
const build = typeof __LIH_LINT_BUILD__ === 'string' ? __LIH_LINT_BUILD__ : 'source'

interface Entry {
  /** The hash of the file's bytes and then the hash of its config (both `hashLength` characters). */
  key: string
  /** The file's size, times and identity when its bytes were hashed, if they can vouch for them later (see `contentHash`). */
  signature?: string
  /** The packed report's UTF-8 JSON, decoded only when reported. */
  plain: Uint8Array
  summaries?: Uint8Array
  /** The messages as the JSON report writes them, with their counts: a warm JSON report copies them. */
  rendered: Omit<RenderedFile, 'path'>
}

/** The file's first line: the salt and, for each entry, its path, key, the lengths of its parts and its counts. */
interface Header {
  salt: string
  entries: Array<[path: string, key: string, plainLength: number, summariesLength: number, renderedLength: number, errors: number, warnings: number, signature?: string]>
  /** The registries this run read, checked, as plain data, by the hash of their text. */
  registries?: Record<string, unknown>
}

/**
 * The cache file is a JSON header line and then every entry's bytes, back to back. A warm run
 * reads it as one buffer and decodes only the header: as one JSON file (reports as strings inside
 * JSON) decoding and parsing its 2 MB took ~45 ms of a 400 ms warm run over the corpus.
 */
export class LintCache {
  private readonly entries = new Map<string, Entry>()
  private stored: Record<string, unknown> = {}
  private readonly registries: Record<string, unknown> = {}
  private readonly configKeys = new WeakMap<ResolvedConfig, string>()
  /** The signatures of the files this run read and hashed, by shown path (undefined: too new to vouch for their bytes). */
  private readonly signatures = new Map<string, string | undefined>()
  private readonly salt: string
  private readonly racyMargin: number
  private changed = false

  /** `racyMargin`: how old (ms) a file's change time must be for its signature to be kept. */
  constructor(readonly location: string, version: string, options: {racyMargin?: number} = {}) {
    this.salt = `${version}:${build}`
    // Wider than the coarsest file-system clock (FAT's 2 s), so a same-tick write is never missed.
    this.racyMargin = options.racyMargin ?? 3000
    let bytes: Buffer
    try {
      bytes = readFileSync(location)
    } catch {
      return // No cache yet, or an unreadable one: start afresh.
    }
    this.read(bytes)
  }

  /** Takes the entries of a cache file whose salt matches; a damaged file is dropped whole. */
  private read(bytes: Buffer): void {
    const headerEnd = bytes.indexOf(0x0a)
    let header: Header
    try {
      header = JSON.parse(bytes.toString('utf8', 0, headerEnd))
    } catch {
      return
    }
    if (header?.salt !== this.salt || !Array.isArray(header.entries)) return
    const entries: Array<[string, Entry]> = []
    let offset = headerEnd + 1
    for (const item of header.entries) {
      const [path, key, plainLength, summariesLength, renderedLength, errors, warnings, signature] = Array.isArray(item) ? item : []
      if (typeof path !== 'string' || typeof key !== 'string' || key.length !== 2 * hashLength) return
      if (signature !== undefined && typeof signature !== 'string') return
      if (!isLength(plainLength) || !isLength(summariesLength) || !isLength(renderedLength) || !isLength(errors) || !isLength(warnings)) return
      const plain = bytes.subarray(offset, (offset += plainLength))
      const summaries = summariesLength > 0 ? bytes.subarray(offset, (offset += summariesLength)) : undefined
      const entry: Entry = {key, plain, rendered: {messages: bytes.subarray(offset, (offset += renderedLength)), errors, warnings}}
      if (summaries) entry.summaries = summaries
      if (signature) entry.signature = signature
      entries.push([path, entry])
    }
    if (offset !== bytes.length) return
    for (const [path, entry] of entries) this.entries.set(path, entry)
    if (header.registries && typeof header.registries === 'object') this.stored = header.registries
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
      configKey = hashText(JSON.stringify({rules, facts: config.facts, html: config.html}))
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
    const file: PackedFile = {plain: entry.plain, rendered: {path, ...entry.rendered}}
    if (entry.summaries !== undefined) file.summaries = entry.summaries
    return file
  }

  /** Keeps a file's report by the path the report shows. */
  set(path: string, key: string, file: PackedFile): void {
    const {messages, errors, warnings} = renderFile(unpack(file, {summaries: false}))
    const entry: Entry = {key, plain: file.plain, rendered: {messages, errors, warnings}}
    if (file.summaries !== undefined) entry.summaries = file.summaries
    setSignature(entry, this.signatures.get(path))
    this.entries.set(path, entry)
    this.changed = true
  }

  /**
   * Writes atomically (temporary file, then rename), so an interrupted run never leaves half a cache.
   * Entries of files that no longer exist (renamed, deleted releases) are dropped, so the cache does
   * not grow with a repository's history; a run over a few files keeps every other file's entry.
   */
  save(): void {
    if (!this.changed) return
    const header: Header = {salt: this.salt, entries: [], registries: this.registries}
    const parts: Uint8Array[] = []
    for (const [path, entry] of this.entries) {
      if (!existsSync(path)) continue
      const {messages, errors, warnings} = entry.rendered
      header.entries.push([path, entry.key, entry.plain.length, entry.summaries?.length ?? 0, messages.length, errors, warnings])
      if (entry.signature) header.entries.at(-1)!.push(entry.signature)
      parts.push(entry.plain)
      if (entry.summaries) parts.push(entry.summaries)
      parts.push(messages)
    }
    mkdirSync(dirname(this.location), {recursive: true})
    const temporary = join(dirname(this.location), `.cache-${process.pid}.tmp`)
    writeFileSync(temporary, Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), ...parts]))
    renameSync(temporary, this.location)
  }
}

function setSignature(entry: Entry, signature: string | undefined): void {
  if (signature) entry.signature = signature
  else delete entry.signature
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
