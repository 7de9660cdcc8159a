// CI sharding: `--shard i/n` picks a stable share of the files (by a hash of the path, so a file
// stays on its shard as others come and go); `lih-lint merge-reports` joins the shards' JSON reports.
import {readFileSync} from 'node:fs'
import {relative} from 'node:path'
import type {VFile} from 'vfile'
import {rules} from '../../rules/index.ts'
import {loadCrypto} from '../engine/builtins.ts'
import {crossCheck} from '../engine/cross-release.ts'
import {fromJsonFile, isJsonFile, type JsonFile} from '../reporters/json.ts'

export function parseShard(text: string): {index: number; count: number} | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text)
  if (!match) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  return index >= 1 && count >= 1 && index <= count ? {index, count} : undefined
}

export function inShard(path: string, shard: {index: number; count: number}, cwd = process.cwd()): boolean {
  const key = relative(cwd, path).split('\\').join('/')
  const value = loadCrypto().createHash('sha1').update(key).digest().readUInt32BE(0)
  return value % shard.count === shard.index - 1
}

/**
 * Joins JSON reports (arrays of files), sorted by path; a file in two reports is an error in words.
 * Then the cross-release pass runs over the summaries the shards kept, as it would in one run.
 */
export function mergeReports(paths: string[]): VFile[] {
  const files: JsonFile[] = []
  const seen = new Map<string, string>()
  for (const path of paths) {
    let report: unknown
    try {
      report = JSON.parse(readFileSync(path, 'utf8'))
    } catch (error) {
      throw new Error(`${path}: not a JSON report from \`lih-lint --format json\` (${(error as Error).message.split('\n')[0]})`)
    }
    if (!Array.isArray(report) || !report.every(isJsonFile)) throw new Error(`${path}: not a JSON report from \`lih-lint --format json\` (expected a list of files, each with its path and messages)`)
    for (const file of report) {
      const other = seen.get(file.path)
      if (other) throw new Error(`${path}: \`${file.path}\` is also in ${other}; were two shards given the same number?`)
      seen.set(file.path, path)
      files.push(file)
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const merged = files.map(fromJsonFile)
  crossCheck(merged, rules)
  for (const file of merged) delete file.data.summaries
  return merged
}
