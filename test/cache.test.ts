// --cache never serves a stale report: output equals an uncached run after changes to a file, the
// config or the registry.
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, fstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {ResolvedConfig} from '../src/config/types.ts'
import {LintCache} from '../src/engine/cache.ts'
import {pack, unpack} from '../src/engine/serialize.ts'
import {layoutOf, streamStylishFrom} from '../src/reporters/stylish-stream.ts'
import {root} from './helpers.ts'

const bin = join(root, 'bin/lih-lint.js')

/** A cache file's parts: its header line, parsed, and the entries' bytes after it. */
function readCache(file: string) {
  const bytes = readFileSync(file)
  const headerEnd = bytes.indexOf(0x0a)
  return {header: JSON.parse(bytes.toString('utf8', 0, headerEnd)), body: bytes.subarray(headerEnd)}
}

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
    // A stylish report of cached files reads their packed reports (the cache file's tail).
    const stylish = (...args: string[]) => spawnSync(process.execPath, [bin, '--jobs', '1', ...args, 'releases'], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}}).stderr
    expect(stylish('--cache', '--cache-location', cacheFile)).toBe(stylish())
    // The cross-release findings of cached files are there too.
    expect(first).toContain('"ruleId":"consistency"')
    const header = () => readCache(cacheFile).header
    expect(header().entries.length).toBeGreaterThan(0)

    // A damaged cache (cut short, or an older layout) is dropped, not read: the report is the same,
    // and so is the cache written again, but for the files' signatures (kept once a file is 3 s old,
    // which the fixtures copied above may become between two runs).
    const unsigned = () => {
      const {header: {entries, ...rest}, body} = readCache(cacheFile)
      return {header: {...rest, entries: entries.map((entry: unknown[]) => entry.slice(0, 7))}, body}
    }
    const whole = readFileSync(cacheFile)
    const wholeUnsigned = unsigned()
    writeFileSync(cacheFile, whole.subarray(0, whole.length - 10))
    expect(cached()).toBe(first)
    expect(unsigned()).toEqual(wholeUnsigned)
    writeFileSync(cacheFile, JSON.stringify({salt: header().salt, entries: {}}))
    expect(cached()).toBe(first)
    expect(unsigned()).toEqual(wholeUnsigned)

    // A deleted release leaves the cache when it is next written; the other files' entries stay.
    const paths = () => header().entries.map(([path]: [string]) => path)
    const before = paths()
    const gone = join(dir, 'releases/bad/people-and-titles.md')
    expect(before).toContain('releases/bad/people-and-titles.md')
    rmSync(gone)
    writeFileSync(join(dir, 'releases/new-release.md'), readFileSync(join(dir, 'releases/sample-release.md')))
    cached()
    expect(paths().sort()).toEqual([...before.filter((path: string) => path !== 'releases/bad/people-and-titles.md'), 'releases/new-release.md'].sort())
    // The other files' packed reports were copied across unread: a stylish report reads them back.
    expect(stylish('--cache', '--cache-location', cacheFile)).toBe(stylish())
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

  it('gives the uncached stylish report of many files from the layouts and rows it keeps', () => {
    // From `streamStylishFrom` files the stylish report measures each file first; a cached file
    // brings its measures from the cache instead of being unpacked twice, and its rows, written
    // without being unpacked at all (in colour, from its JSON report).
    const dir = mkdtempSync(join(tmpdir(), 'lih-lint-cache-'))
    const release = (index: number) => `# Release ${index}\n\nThe the LIH said${' so'.repeat(index % 40)} , with DNA .\n`
    for (let index = 0; index < streamStylishFrom; index++) {
      mkdirSync(join(dir, 'releases', String(index % 5)), {recursive: true})
      writeFileSync(join(dir, 'releases', String(index % 5), `Release_${index}.md`), release(index))
    }
    cpSync(join(root, 'fixtures/series'), join(dir, 'releases/series'), {recursive: true})
    const cacheFile = join(dir, 'cache')
    let color = false
    const stylish = (...args: string[]) => {
      const env = {...process.env, NO_COLOR: color ? undefined : '1', FORCE_COLOR: color ? '1' : undefined}
      const result = spawnSync(process.execPath, [bin, '--jobs', '1', ...args, 'releases'], {cwd: dir, encoding: 'utf8', env})
      return `exit ${result.status}\n${result.stderr}`
    }
    for (const flags of [[], ['--quiet']]) {
      for (color of [false, true]) {
        const expected = stylish(...flags)
        expect(expected.split('\n').length).toBeGreaterThan(streamStylishFrom)
        expect(expected.includes('\u001B[')).toBe(color)
        rmSync(cacheFile, {force: true})
        expect(stylish(...flags, '--cache', '--cache-location', cacheFile)).toBe(expected)
        const {entries} = readCache(cacheFile).header
        expect(entries).toHaveLength(streamStylishFrom + 3)
        // Widths, tally and the length of its rows.
        for (const entry of entries) expect(entry[8]).toHaveLength(14)
        expect(stylish(...flags, '--cache', '--cache-location', cacheFile)).toBe(expected)
      }
    }
    // Without the series (whose cross-release findings are counted as they are made), every file
    // is written from the rows the cache keeps, and the exit code still counts their errors.
    const generated = Array.from({length: 5}, (_, index) => `releases/${index}`)
    for (let round = 0; round < 2; round++) {
      const result = spawnSync(process.execPath, [bin, '--jobs', '1', '--cache', '--cache-location', cacheFile, ...generated], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
      expect(result.stderr).toMatch(/\n\d+ messages \(✖ \d+ errors, ⚠ \d+ warnings\)\n$/)
      expect(result.status).toBe(1)
    }
  }, 60_000)

  it('warns, and reports as without it, when the cache cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-lint-cache-unwritable-'))
    writeFileSync(join(dir, 'not-a-folder'), '')
    const release = join(root, 'fixtures/bad/quotes-and-dates.md')
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, '--format', 'json', ...args, release], {cwd: dir, encoding: 'utf8', timeout: 60_000})
    const plain = run()
    expect(plain.status).toBe(1)
    // Under a file; and under /proc, where Node's recursive mkdir spun for ever.
    for (const location of [join(dir, 'not-a-folder/cache'), ...(existsSync('/proc/self') ? ['/proc/lih-lint-test/cache'] : [])]) {
      const cached = run('--cache', '--cache-location', location)
      expect(cached.status).toBe(plain.status)
      expect(cached.stdout).toBe(plain.stdout)
      expect(cached.stderr).toMatch(/^lih-lint: cannot write the cache \S+cache \((?:ENOTDIR|ENOENT|EACCES)\); the next run will check every file again\n$/)
    }
  })
})

describe('LintCache content hashes', () => {
  const config = {source: 'test', facts: {}, rules: new Map([['space-after-full-stop', {severity: 'warning'}]])} as unknown as ResolvedConfig
  // Longer than any file-system clock tick, so the next write gets a later change time.
  const nextTick = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50)

  it('takes the last hash only while no write can have changed the bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-lint-cache-unit-'))
    const release = join(dir, 'release.md')
    const location = join(dir, 'cache')
    writeFileSync(release, 'The Luxembourg Institute of Health (LIH) announced.\n')
    // A whole second: the same modification time can be set again exactly.
    const modified = 1_700_000_000
    utimesSync(release, modified, modified)
    const signatures = () => readCache(location).header.entries.map((entry: unknown[]) => entry[7])
    const remember = (cache: LintCache) => {
      // Entries go by the path a report shows; this one shows the whole path.
      const key = cache.key(release, release, config)
      if (!cache.get(release, key)) cache.set(release, key, pack(new VFile({path: release})))
      cache.save()
      return key
    }

    // Just written: its change time is too recent to vouch for its bytes, so no signature is kept.
    const first = remember(new LintCache(location, 'test'))
    expect(signatures()).toEqual([''])
    // Old enough (a margin of 0 here): the signature is kept, and the next run finds the same key.
    expect(remember(new LintCache(location, 'test', {racyMargin: 0}))).toBe(first)
    expect(signatures()).toEqual([expect.stringMatching(/^\d+:/)])
    expect(new LintCache(location, 'test', {racyMargin: 0}).key(release, release, config)).toBe(first)
    // Another config: another key, and the file's signature stays with its new entry.
    const other = {...config, rules: new Map([['space-after-full-stop', {severity: 'error'}]])} as unknown as ResolvedConfig
    const cache = new LintCache(location, 'test', {racyMargin: 0})
    const otherKey = cache.key(release, release, other)
    expect(otherKey.slice(0, 22)).toBe(first.slice(0, 22))
    expect(otherKey).not.toBe(first)
    expect(cache.get(release, otherKey)).toBeUndefined()
    cache.set(release, otherKey, pack(new VFile({path: release})))
    cache.save()
    expect(signatures()).toEqual([expect.stringMatching(/^\d+:/)])
    expect(remember(new LintCache(location, 'test', {racyMargin: 0}))).toBe(first)

    // Other bytes of the same size with the old modification time put back: the change time differs.
    nextTick()
    writeFileSync(release, 'The Luxembourg Institute of Health (LIH) announced!\n')
    utimesSync(release, modified, modified)
    expect(statSync(release).mtimeMs).toBe(modified * 1000)
    const second = new LintCache(location, 'test', {racyMargin: 0}).key(release, release, config)
    expect(second).not.toBe(first)
    expect(second.slice(22)).toBe(first.slice(22))

    // Touched, same bytes: hashed again, same key, and the new signature replaces the old one.
    const before = signatures()
    nextTick()
    writeFileSync(release, 'The Luxembourg Institute of Health (LIH) announced.\n')
    expect(remember(new LintCache(location, 'test', {racyMargin: 0}))).toBe(first)
    expect(signatures()).not.toEqual(before)
    expect(signatures()).toEqual([expect.stringMatching(/^\d+:/)])
  })

  /** A report with one finding that names its file. */
  const packedWithFinding = (path: string) => {
    const file = new VFile({path})
    file.message(`A finding in ${path}`, {place: {line: 1, column: 5}, ruleId: 'some-rule'}).fatal = false
    return pack(file)
  }
  /** The entry's JSON report and stylish rows are those made of `packedWithFinding(path)`. */
  const expectParts = (entry: ReturnType<LintCache['get']>, path: string) => {
    expect(new TextDecoder().decode(entry!.rendered!.messages)).toContain(`"reason":${JSON.stringify(`A finding in ${path}`)}`)
    expect(Array.from(entry!.layout!.rows!)).toEqual(Array.from(layoutOf(unpack(packedWithFinding(path)), {rows: true}).rows!))
  }
  /** The entries a cache holds, as far as the tests look into them. */
  type Held = Map<string, {rendered: {messages: Uint8Array}; layout?: {rows?: Uint8Array}}>

  /**
   * A cache of two files, and the next run's: one file changed (its entry replaced unread), the
   * other a hit whose packed report, rendered messages and rows are not read yet.
   */
  function secondRun(prefix: string) {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    const location = join(dir, 'cache')
    const [one, two] = ['one.md', 'two.md'].map((name) => join(dir, name))
    writeFileSync(one, 'The Luxembourg Institute of Health (LIH) announced.\n')
    writeFileSync(two, 'The Luxembourg Institute of Health (LIH) said.\n')
    const first = new LintCache(location, 'test')
    for (const path of [one, two]) first.set(path, first.key(path, path, config), packedWithFinding(path))
    first.save()
    writeFileSync(two, 'The Luxembourg Institute of Health (LIH) said it again.\n')
    const next = new LintCache(location, 'test')
    const hit = next.get(one, next.key(one, one, config))!
    next.set(two, next.key(two, two, config), packedWithFinding(two))
    /** The hit's parts, as the run that cached it made them. */
    const expectHitIntact = () => {
      expect(new TextDecoder().decode(hit.plain)).toContain(JSON.stringify(one))
      expectParts(hit, one)
    }
    return {dir, location, next, expectHitIntact}
  }

  it('writes out the parts of the files it takes as they come, and copies them into the cache file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-lint-cache-spill-'))
    const location = join(dir, 'cache')
    const paths = ['one.md', 'two.md', 'three.md'].map((name) => join(dir, name))
    const cache = new LintCache(location, 'test')
    for (const path of paths) {
      writeFileSync(path, `The Luxembourg Institute of Health (LIH) announced ${path}.\n`)
      cache.set(path, cache.key(path, path, config), packedWithFinding(path))
    }
    // A run of 10,000 releases held ~33 MB of these parts until the save: none is held now, and
    // the files they went to were removed from the folder as soon as opened.
    for (const entry of (cache as unknown as {entries: Held}).entries.values()) {
      expect(entry.rendered.messages.length).toBe(0)
      expect(entry.layout!.rows!.length).toBe(0)
    }
    expect(readdirSync(dir).sort()).toEqual(['one.md', 'three.md', 'two.md'])
    // Asked for before the save, they are read back.
    expectParts(cache.get(paths[1], cache.key(paths[1], paths[1], config)), paths[1])
    cache.save()
    expect(readdirSync(dir).sort()).toEqual(['cache', 'one.md', 'three.md', 'two.md'])
    // The next run reads them from the cache file, and so does this one.
    const next = new LintCache(location, 'test')
    for (const path of paths) expectParts(next.get(path, next.key(path, path, config)), path)
    for (const path of paths) expectParts(cache.get(path, cache.key(path, path, config)), path)
  })

  it('keeps the parts in memory when it cannot write them out, and reports the cache it cannot write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-lint-cache-nospill-'))
    // A file stands where the cache's folder would be made.
    writeFileSync(join(dir, 'blocked'), '')
    const cache = new LintCache(join(dir, 'blocked', 'cache'), 'test')
    const path = join(dir, 'one.md')
    writeFileSync(path, 'The Luxembourg Institute of Health (LIH) announced.\n')
    const key = cache.key(path, path, config)
    cache.set(path, key, packedWithFinding(path))
    expect((cache as unknown as {entries: Held}).entries.get(path)!.rendered.messages.length).toBeGreaterThan(0)
    expectParts(cache.get(path, key), path)
    expect(() => cache.save()).toThrow()
  })

  it('closes the cache file it read before writing the new one, keeping the reports it returned in the new one', () => {
    const {location, next, expectHitIntact} = secondRun('lih-lint-cache-close-')
    next.save()
    // The unread parts were copied into the new file, and are read from there when asked for.
    const tail = () => (next as unknown as {tail?: {fd: number}}).tail
    expect(fstatSync(tail()!.fd).ino).toBe(statSync(location).ino)
    expectHitIntact()
    expect(tail()).toBeUndefined()
  })

  it('still reads the reports it returned when the new cache file cannot take the old one’s place', () => {
    const {dir, location, next, expectHitIntact} = secondRun('lih-lint-cache-rename-')
    // Something else now stands where the cache was: the rename fails, and says so.
    rmSync(location)
    mkdirSync(location)
    writeFileSync(join(location, 'other'), '')
    expect(() => next.save()).toThrow()
    expectHitIntact()
    expect(readdirSync(dir).sort()).toEqual(['cache', 'one.md', 'two.md'])
  })

  it('reads a packed report from the cache file it opened, even after another run replaced it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-lint-cache-tail-'))
    const release = join(dir, 'release.md')
    const location = join(dir, 'cache')
    writeFileSync(release, 'The Luxembourg Institute of Health (LIH) announced.\n')
    const write = (reason: string) => {
      const cache = new LintCache(location, 'test')
      const file = new VFile({path: release})
      file.message(reason)
      cache.set(release, cache.key(release, release, config), pack(file))
      cache.save()
    }
    write('first')
    const opened = new LintCache(location, 'test')
    const key = opened.key(release, release, config)
    const entry = opened.get(release, key)!
    expect(entry.rendered?.messages.length).toBeGreaterThan(0)
    // Another run writes its cache (a temporary file renamed over this one) before this run needs the tail.
    rmSync(release)
    writeFileSync(release, 'The Luxembourg Institute of Health (LIH) announced.\n')
    write('second, and longer than the first')
    expect(new TextDecoder().decode(entry.plain)).toContain('"reason":"first"')
    expect(new TextDecoder().decode(entry.layout!.rows)).toContain('first')
    expect(new TextDecoder().decode(new LintCache(location, 'test').get(release, key)!.plain)).toContain('"reason":"second, and longer than the first"')
  })
})
