// `--cache`: a file's report is reused only when its bytes, its resolved config (rules, options,
// severities), its facts registry and the lih-lint build are all unchanged, so a warm run reports
// exactly what a cold one would. textlint's cache ignores rule changes; this one cannot.
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import type {ResolvedConfig} from '../config/types.ts'
import {loadCrypto} from './builtins.ts'
import {text, type PackedFile} from './serialize.ts'

declare const __LIH_LINT_BUILD__: string | undefined

/** A hash of the rules' and engine's code, set by the build; source runs use the version. */
const build = typeof __LIH_LINT_BUILD__ === 'string' ? __LIH_LINT_BUILD__ : 'source'

interface Entry {
  key: string
  /** The packed report's JSON texts: parsed only when reported. */
  plain: string
  summaries?: string
}

export class LintCache {
  private entries: Record<string, Entry> = {}
  private readonly configKeys = new WeakMap<ResolvedConfig, string>()
  private changed = false

  constructor(readonly location: string, version: string) {
    this.salt = `${version}:${build}`
    try {
      const stored = JSON.parse(readFileSync(location, 'utf8'))
      if (stored?.salt === this.salt && stored.entries && typeof stored.entries === 'object') this.entries = stored.entries
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  private readonly salt: string

  key(bytes: Uint8Array, config: ResolvedConfig): string {
    let configKey = this.configKeys.get(config)
    if (!configKey) {
      const rules = [...config.rules].sort(([a], [b]) => a.localeCompare(b))
      configKey = hash(JSON.stringify({rules, facts: config.facts, html: config.html}))
      this.configKeys.set(config, configKey)
    }
    return hash(bytes) + configKey
  }

  get(path: string, key: string): PackedFile | undefined {
    const entry = this.entries[path]
    if (!entry || entry.key !== key) return undefined
    const file: PackedFile = {plain: entry.plain}
    if (entry.summaries !== undefined) file.summaries = entry.summaries
    return file
  }

  set(path: string, key: string, file: PackedFile): void {
    const entry: Entry = {key, plain: text(file.plain)}
    if (file.summaries) entry.summaries = text(file.summaries)
    this.entries[path] = entry
    this.changed = true
  }

  /** Writes atomically (temporary file, then rename), so an interrupted run never leaves half a cache. */
  save(): void {
    if (!this.changed) return
    mkdirSync(dirname(this.location), {recursive: true})
    const temporary = join(dirname(this.location), `.cache-${process.pid}.tmp`)
    writeFileSync(temporary, JSON.stringify({salt: this.salt, entries: this.entries}))
    renameSync(temporary, this.location)
  }
}

function hash(data: string | Uint8Array): string {
  return loadCrypto().createHash('sha256').update(data).digest('base64url').slice(0, 22)
}
