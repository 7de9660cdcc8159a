// --shard splits files into stable, disjoint shares; merge-reports joins them into the unsharded report.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {inShard, parseShard} from '../src/cli/shard.ts'
import {root} from './helpers.ts'

const bin = join(root, 'bin/lih-lint.js')
const run = (args: string[], cwd = root) => spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8'})

describe('--shard and merge-reports', () => {
  it('puts every file in exactly one shard, the same one every time', () => {
    const shard = parseShard('2/3')!
    const paths = Array.from({length: 300}, (_, index) => join(root, `releases/${index}.md`))
    const counts = [1, 2, 3].map((index) => paths.filter((path) => inShard(path, {index, count: 3})).length)
    expect(counts.reduce((a, b) => a + b)).toBe(300)
    for (const count of counts) expect(count).toBeGreaterThan(60)
    expect(paths.filter((path) => inShard(path, shard))).toEqual(paths.filter((path) => inShard(path, shard)))
    expect(parseShard('0/3')).toBeUndefined()
    expect(parseShard('4/3')).toBeUndefined()
  })

  it('merges shard reports into the report of one unsharded run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-lint-shard-'))
    const reports = [1, 2].map((index) => {
      const path = join(dir, `shard-${index}.json`)
      writeFileSync(path, run(['--shard', `${index}/2`, '--format', 'json', 'fixtures']).stdout)
      return path
    })
    const merged = JSON.parse(run(['merge-reports', ...reports]).stdout)
    const whole = JSON.parse(run(['--format', 'json', 'fixtures']).stdout).sort((a: {path: string}, b: {path: string}) => (a.path < b.path ? -1 : 1))
    expect(merged).toEqual(whole)
    // The merged report's exit code and other formats are a whole run's (both files in path order here).
    const fixtures = [join(root, 'fixtures/bad/people-and-titles.md'), join(root, 'fixtures/good/lih-clinical-study.md')]
    const pair = [1, 2].map((index) => {
      const path = join(dir, `pair-${index}.json`)
      writeFileSync(path, run(['--format', 'json', '--shard', `${index}/2`, ...fixtures]).stdout)
      return path
    })
    for (const format of ['github', 'stylish', 'sarif']) {
      const alone = run(['--format', format, ...fixtures])
      const mergedRun = run(['merge-reports', '--format', format, ...pair])
      expect(mergedRun.status, format).toBe(1)
      expect(mergedRun.stdout, format).toBe(alone.stdout)
      expect(mergedRun.stderr, format).toBe(alone.stderr)
    }
    expect(run(['merge-reports', ...pair]).status).toBe(1)
    const twice = run(['merge-reports', reports[0], reports[0]])
    expect(twice.status).toBe(2)
    expect(twice.stderr).toMatch(/is also in .*shard-1\.json; were two shards given the same number\?/)
  })
})
