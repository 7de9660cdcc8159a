// --cache never serves a stale report: output equals an uncached run after changes to a file, the
// config or the registry.
import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.ts'

const bin = join(root, 'bin/lih-lint.js')

describe('--cache', () => {
  it('gives the uncached report, cold, warm and after each kind of change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-lint-cache-'))
    cpSync(join(root, 'fixtures'), join(dir, 'releases'), {recursive: true})
    cpSync(join(root, 'src/facts/lih.yaml'), join(dir, 'facts.yaml'))
    writeFileSync(join(dir, '.lihlintrc.yaml'), 'facts: facts.yaml\n')
    // The exit code is part of what a cached run must give back (a warm JSON report counts the
    // cached files' errors without reading their messages).
    const shown = ({status, stdout}: {status: number | null; stdout: string}) => `exit ${status}\n${stdout}`
    const run = (...args: string[]) => shown(spawnSync(process.execPath, [bin, '--format', 'json', '--jobs', '1', ...args, 'releases'], {cwd: dir, encoding: 'utf8'}))
    const cacheFile = join(dir, 'cache')
    const cached = () => run('--cache', '--cache-location', cacheFile)
    const check = () => {
      const expected = run()
      expect(cached()).toBe(expected)
      // The second run comes from the cache and must be the same.
      expect(cached()).toBe(expected)
      return expected
    }

    const first = check()
    expect(first).toMatch(/^exit 1\n/)
    // The cross-release findings of cached files are there too.
    expect(first).toContain('"ruleId":"consistency"')
    const header = () => JSON.parse(readFileSync(cacheFile, 'utf8').split('\n')[0])
    expect(header().entries.length).toBeGreaterThan(0)

    // A damaged cache (cut short, or an older layout) is dropped, not read: the report is the same.
    const whole = readFileSync(cacheFile)
    writeFileSync(cacheFile, whole.subarray(0, whole.length - 10))
    expect(cached()).toBe(first)
    expect(readFileSync(cacheFile)).toEqual(whole)
    writeFileSync(cacheFile, JSON.stringify({salt: header().salt, entries: {}}))
    expect(cached()).toBe(first)
    expect(readFileSync(cacheFile)).toEqual(whole)

    // A deleted release leaves the cache when it is next written; the other files' entries stay.
    const paths = () => header().entries.map(([path]: [string]) => path)
    const before = paths()
    const gone = join(dir, 'releases/bad/people-and-titles.md')
    expect(before).toContain('releases/bad/people-and-titles.md')
    rmSync(gone)
    writeFileSync(join(dir, 'releases/new-release.md'), readFileSync(join(dir, 'releases/sample-release.md')))
    cached()
    expect(paths().sort()).toEqual([...before.filter((path: string) => path !== 'releases/bad/people-and-titles.md'), 'releases/new-release.md'].sort())
    rmSync(join(dir, 'releases/new-release.md'))
    cpSync(join(root, 'fixtures/bad/people-and-titles.md'), gone)

    // Run from another folder, the report names the files from there (the cached reports named
    // them from the folder above).
    const inside = (...args: string[]) => shown(spawnSync(process.execPath, [bin, '--format', 'json', '--jobs', '1', ...args, '.'], {cwd: join(dir, 'releases'), encoding: 'utf8'}))
    const uncachedInside = inside()
    expect(uncachedInside).toContain('"path":"sample-release.md"')
    expect(inside('--cache', '--cache-location', cacheFile)).toBe(uncachedInside)
    expect(inside('--cache', '--cache-location', cacheFile)).toBe(uncachedInside)
    expect(cached()).toBe(first)

    // A file changes.
    const sample = join(dir, 'releases/sample-release.md')
    writeFileSync(sample, readFileSync(sample, 'utf8').replace('Luxemburg Institute', 'Luxembourg Institute'))
    const afterEdit = check()
    expect(afterEdit).not.toBe(first)

    // The config changes a rule's severity.
    writeFileSync(join(dir, '.lihlintrc.yaml'), 'facts: facts.yaml\nrules:\n  space-after-full-stop: error\n')
    const afterConfig = check()
    expect(afterConfig).not.toBe(afterEdit)

    // The registry changes (a new wrong form).
    const facts = join(dir, 'facts.yaml')
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('      - Luxembourg Institute for Health\n', '      - Luxembourg Institute for Health\n      - NorLux Neuro-Oncology Laboratory\n'))
    const afterFacts = check()
    expect(afterFacts).not.toBe(afterConfig)
    // The registry as checked is kept for the next run, by its text: only the one in use.
    expect(Object.keys(header().registries)).toHaveLength(1)
    // A registry made invalid is read and refused, not served from the cache.
    writeFileSync(facts, readFileSync(facts, 'utf8').replace(/^people:/m, 'people: 3\nwas:'))
    const broken = spawnSync(process.execPath, [bin, '--cache', '--cache-location', cacheFile, 'releases'], {cwd: dir, encoding: 'utf8'})
    expect(broken.status).toBe(2)
    expect(broken.stderr).toMatch(/facts\.yaml:\d+:\d+: /)
  })
})
