// Shared by the suites: configs built in memory, message formatting, paths to ../shared.
import {existsSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {ResolvedConfig} from '../src/config/types.ts'
import type {VFile} from 'vfile'
import {crossCheck} from '../src/engine/cross-release.ts'
import {lint} from '../src/engine/lint.ts'
import type {Rule, RuleExample} from '../src/engine/rule.ts'
import {loadFacts} from '../src/facts/load.ts'
import type {Facts} from '../src/facts/types.ts'
import type {VFileMessage} from 'vfile-message'

export const root = fileURLToPath(new URL('..', import.meta.url))
export const shared = fileURLToPath(new URL('../../shared/', import.meta.url))
export const hasShared = existsSync(shared)
export const seedPath = `${shared}seed/lih-2023-annual-report-release.txt`
export const corpusPath = `${shared}corpus/`

/** A config that runs only `rule` (with its default severity and options merged with `options`). */
export function configFor(rule: Rule, options?: unknown, facts: Facts = loadFacts()): ResolvedConfig {
  return {
    source: 'test',
    facts,
    rules: new Map([[rule.id, {severity: rule.severity, options: {...rule.defaults, ...(options as object)}}]])
  }
}

/** `line:column-line:column: reason`, or `line:column: reason` for a point. */
export function formatForExample(message: VFileMessage): string {
  const place = message.place
  if (place && 'start' in place) {
    const {start, end} = place
    const from = `${start.line}:${start.column}`
    return start.line === end.line && start.column === end.column ? `${from}: ${message.reason}` : `${from}-${end.line}:${end.column}: ${message.reason}`
  }
  return `${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`
}

/** A temporary folder holding the given files (paths may include folders). */
export function workspace(files: Record<string, string>, prefix = 'lih-lint-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), text)
  }
  return dir
}

/**
 * Lints a rule's example as the docs show it: the input alone, or, for cross-release rules, with the
 * other releases of the run (messages then start with their file's path).
 */
export async function lintExample(rule: Rule, example: RuleExample): Promise<{messages: string[]; files: VFile[]}> {
  const config = configFor(rule, example.options)
  const path = example.path ?? 'example.md'
  if (!example.others) {
    const {file} = await lint(example.input, {path, config, rules: [rule]})
    return {messages: file.messages.map(formatForExample), files: [file]}
  }
  const texts = Object.entries({...example.others, [path]: example.input}).sort(([a], [b]) => (a < b ? -1 : 1))
  const files = await Promise.all(texts.map(async ([name, text]) => (await lint(text, {path: name, config, rules: [rule]})).file))
  crossCheck(files, [rule])
  return {messages: files.flatMap((file) => file.messages.map((message) => `${file.path}:${formatForExample(message)}`)), files}
}
