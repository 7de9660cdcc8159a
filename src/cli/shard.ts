// CI sharding: `--shard i/n` picks a stable share of the files (by a hash of the path, so a file
// stays on its shard as others come and go); `lih-lint merge-reports` joins the shards' JSON reports.
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {relative} from 'node:path'

export function parseShard(text: string): {index: number; count: number} | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text)
  if (!match) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  return index >= 1 && count >= 1 && index <= count ? {index, count} : undefined
}

export function inShard(path: string, shard: {index: number; count: number}, cwd = process.cwd()): boolean {
  const key = relative(cwd, path).split('\\').join('/')
  const value = createHash('sha1').update(key).digest().readUInt32BE(0)
  return value % shard.count === shard.index - 1
}

/** Joins JSON reports (arrays of files), sorted by path; a file in two reports is an error in words. */
export function mergeReports(paths: string[]): string {
  const files: Array<{path: string}> = []
  const seen = new Map<string, string>()
  for (const path of paths) {
    let report: unknown
    try {
      report = JSON.parse(readFileSync(path, 'utf8'))
    } catch (error) {
      throw new Error(`${path}: not a JSON report from \`lih-lint --format json\` (${(error as Error).message.split('\n')[0]})`)
    }
    if (!Array.isArray(report)) throw new Error(`${path}: not a JSON report from \`lih-lint --format json\` (expected a list of files)`)
    for (const file of report as Array<{path: string}>) {
      const other = seen.get(file.path)
      if (other) throw new Error(`${path}: \`${file.path}\` is also in ${other}; were two shards given the same number?`)
      seen.set(file.path, path)
      files.push(file)
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return JSON.stringify(files, null, 2)
}
