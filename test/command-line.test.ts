// The real bin, spawned as users and CI run it: formats, exit codes, errors on one line.
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {once} from 'node:events'
import {chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {reporter} from 'vfile-reporter'
import {wantsColor} from '../src/cli/color.ts'
import {manyFiles} from '../src/cli/heap-growth.ts'
import {streamStylishFrom} from '../src/reporters/stylish-stream.ts'
import {fromJsonFile, type JsonFile} from '../src/reporters/json.ts'
import {hasShared, root, seedPath, workspace} from './helpers.ts'

const bin = join(root, 'bin/lih-lint.js')

function run(args: string[], options: {cwd?: string; input?: string} = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: options.cwd ?? root, input: options.input, encoding: 'utf8', maxBuffer: 1 << 28})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}


// A release the recommended preset finds nothing wrong with (golden-tested in test/golden.test.ts).
const good = readFileSync(join(root, 'fixtures/good/lih-clinical-study.md'), 'utf8')

describe('lih-lint command line', () => {
  it('prints a stylish report of the bundled sample and exits 1 on errors', () => {
    const result = run(['fixtures/sample-release.md'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('fixtures/sample-release.md')
    expect(result.stderr).toMatch(/\d+:\d+-\d+:\d+\s+error\s+“LIH” is used before the full name/)
  })

  it('exits 0 on a clean release and prints nothing alarming', () => {
    const dir = workspace({'good.md': good})
    const result = run(['--format', 'json', 'good.md'], {cwd: dir})
    const report = JSON.parse(result.stdout)
    expect(report[0].messages.filter((message: {fatal: boolean}) => message.fatal)).toEqual([])
    expect(result.code).toBe(0)
  })

  it('writes the vfile-reporter-json shape with lih-lint fields', () => {
    const result = run(['--format', 'json', 'fixtures/sample-release.md'])
    const [file] = JSON.parse(result.stdout)
    expect(file.path).toBe('fixtures/sample-release.md')
    const variant = file.messages.find((message: {ruleId: string}) => message.ruleId === 'org-name-variant')
    expect(variant).toMatchObject({
      line: expect.any(Number),
      column: expect.any(Number),
      source: 'lih-lint',
      fatal: true,
      severity: 'error',
      actual: 'Luxemburg Institute of Health',
      expected: ['Luxembourg Institute of Health'],
      fixKind: 'safe'
    })
  })

  it('fixes stdin to stdout and reports what is left of the fixed text', () => {
    const result = run(['--fix', '-', '--stdin-filename', 'draft.md'], {input: 'The study ended.  The team  met the LIH today.\n'})
    expect(result.stdout).toBe('The study ended. The team met the LIH today.\n')
    expect(result.stderr).toMatch(/^draft\.md\n1:/)
    expect(result.stderr).toContain('“LIH” is used before the full name')
    expect(result.stderr).not.toContain('double-space')
    expect(result.code).toBe(1)
  })

  it('lints stdin with --stdin-filename deciding the format', () => {
    const result = run(['--format', 'json', '-', '--stdin-filename', 'draft.txt'], {input: 'Title Of The Release\n\nIt ended well.Then it rained again for the whole of the week.\n'})
    const [file] = JSON.parse(result.stdout)
    expect(file.path).toBe('draft.txt')
    expect(file.messages.map((message: {ruleId: string}) => message.ruleId)).toContain('space-after-full-stop')
  })

  it('searches directories for .md, .markdown, .txt, .html and .htm, honouring .gitignore and .lihlintignore', () => {
    const dir = workspace({
      'a.md': good,
      'b.markdown': good,
      'c.txt': good,
      'd.html': `<article>${good}</article>`,
      'd2.htm': `<article>${good}</article>`,
      'd3.rst': good,
      'drafts/e.md': good,
      'old/f.md': good,
      '.gitignore': 'drafts/\n',
      '.lihlintignore': 'old/\n'
    })
    const result = run(['--format', 'json', '.'], {cwd: dir})
    expect(JSON.parse(result.stdout).map((file: {path: string}) => file.path).sort()).toEqual(['a.md', 'b.markdown', 'c.txt', 'd.html', 'd2.htm'])
  })

  it('--quiet reports errors only; --max-warnings turns warnings into exit 1', () => {
    const dir = workspace({'w.md': good.replace('with age. The study', 'with age.The study')})
    const quiet = run(['--quiet', '--format', 'json', 'w.md'], {cwd: dir})
    expect(JSON.parse(quiet.stdout)[0].messages).toEqual([])
    expect(quiet.code).toBe(0)
    expect(run(['w.md'], {cwd: dir}).code).toBe(0)
    expect(run(['--max-warnings', '0', 'w.md'], {cwd: dir}).code).toBe(1)
  })

  it('exits 2 with one line for usage mistakes, missing files and bad config', () => {
    for (const [args, message] of [
      [['--no-such-flag', 'x.md'], /^lih-lint: Unknown option '--no-such-flag'/],
      [['--format', 'xml', 'fixtures'], /^lih-lint: Unknown format `xml`/],
      [[], /^lih-lint: No files given/],
      [['--explain', 'no-such-rule'], /^lih-lint: Unknown rule `no-such-rule`/]
    ] as const) {
      const result = run([...args])
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr.trim()).toMatch(message)
    }
    const dir = workspace({'.lihlintrc.yaml': 'rules:\n  requre-about: error\n', 'a.md': good})
    const bad = run(['a.md'], {cwd: dir})
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim()).toBe(`lih-lint: ${join(dir, '.lihlintrc.yaml')}:2:3: Unknown rule \`requre-about\`; did you mean \`require-about\`?`)
  })

  it('stops quietly with exit 141 when the reader of the report stops reading (`| head`)', async () => {
    // A report far larger than a pipe holds (64 kB): 160 releases, ~400 kB of JSON.
    const bad = readFileSync(join(root, 'fixtures/bad/people-and-titles.md'), 'utf8')
    const dir = workspace(Object.fromEntries(Array.from({length: 160}, (_, index) => [`${index}.md`, bad])))
    const child = spawn(process.execPath, [bin, '--format', 'json', '--jobs', '1', dir], {stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    // The reader takes the first block and goes away, as `head -c 1` does.
    child.stdout.once('data', () => child.stdout.destroy())
    const [code] = await once(child, 'close')
    expect(stderr).toBe('')
    expect(code).toBe(141)
  })

  it('writes the whole report, in order, to a reader slower than the writer, cached files included', async () => {
    // ~300 kB of JSON through a 64 kB pipe that the reader empties a block every 20 ms; the second
    // run takes every file's messages from the cache, as bytes passed on without a copy.
    const bad = readFileSync(join(root, 'fixtures/bad/people-and-titles.md'), 'utf8')
    const dir = workspace(Object.fromEntries(Array.from({length: 160}, (_, index) => [`${index}.md`, bad.replace('# ', `# ${index} `)])))
    const args = [bin, '--format', 'json', '--jobs', '1', '--cache', '--cache-location', join(dir, 'cache'), dir]
    const slowly = async () => {
      const child = spawn(process.execPath, args, {stdio: ['ignore', 'pipe', 'inherit']})
      const blocks: Buffer[] = []
      child.stdout.on('data', (block: Buffer) => {
        blocks.push(block)
        child.stdout.pause()
        setTimeout(() => child.stdout.resume(), 20)
      })
      const [code] = await once(child, 'close')
      return {code, report: Buffer.concat(blocks).toString('utf8')}
    }
    const cold = await slowly()
    const warm = await slowly()
    expect(cold.code).toBe(1)
    expect(cold.report.length).toBeGreaterThan(250_000)
    const files = JSON.parse(cold.report) as Array<{path: string; messages: unknown[]}>
    expect(files.map((file) => basename(file.path))).toEqual(Array.from({length: 160}, (_, index) => `${index}.md`).sort())
    expect(files.every((file) => file.messages.length > 0)).toBe(true)
    expect(warm).toEqual(cold)
  })

  const python = spawnSync('python3', ['--version']).status === 0
  it.skipIf(!python)('writes the whole report to a non-blocking pipe that fills up, and a broken one stops it quietly', () => {
    // Node gives its children blocking pipes; a parent that does not (Python here) can hand over a
    // non-blocking one, whose writes fail with EAGAIN while it is full: the report must go on
    // through stdout's stream, which waits for the reader. Then the same with a reader that leaves.
    const bad = readFileSync(join(root, 'fixtures/bad/people-and-titles.md'), 'utf8')
    const dir = workspace(Object.fromEntries(Array.from({length: 60}, (_, index) => [`${index}.md`, bad.replace('# ', `# ${index} `)])))
    const args = [bin, '--format', 'json', '--jobs', '1', dir]
    const script = `
import os, subprocess, sys, time
leave = sys.argv[1] == 'leave'
r, w = os.pipe()
os.set_blocking(w, False)
child = subprocess.Popen(sys.argv[2:], stdout=w, stderr=subprocess.PIPE)
os.close(w)
time.sleep(1)
out = os.read(r, 4096) if leave else b''
if leave: os.close(r)
else:
  while True:
    block = os.read(r, 65536)
    if not block: break
    out += block
    time.sleep(0.005)
err = child.communicate()[1]
sys.stdout.write(str(child.returncode) + '\\n' + err.decode() + '\\n' + out.decode())
`
    const through = (mode: string) => {
      const [code, stderr, ...report] = execFileSync('python3', ['-c', script, mode, process.execPath, ...args], {encoding: 'utf8', maxBuffer: 1 << 26}).split('\n')
      return {code: Number(code), stderr, report: report.join('\n')}
    }
    const expected = run(['--format', 'json', '--jobs', '1', dir])
    const full = through('read')
    expect(full.stderr).toBe('')
    expect(expected.stdout.length).toBeGreaterThan(100_000)
    expect(full.report).toBe(expected.stdout)
    expect(full.code).toBe(1)
    const left = through('leave')
    expect(left.stderr).toBe('')
    expect(left.code).toBe(141)
  }, 30_000)

  it('reports a missing path, a binary file, bad UTF-8 and a symlink loop on that file, and lints the others (exit 2)', async () => {
    const {symlinkSync} = await import('node:fs')
    const dir = workspace({'a.md': good, 'image.md': '', 'latin1.md': ''})
    writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('# Caf\xe9\n', 'latin1'))
    symlinkSync('loop.md', join(dir, 'loop.md'))
    const result = run(['--format', 'json', 'a.md', 'image.md', 'latin1.md', 'loop.md', 'gone.md'], {cwd: dir})
    const reasons = Object.fromEntries(JSON.parse(result.stdout).map((file: {path: string; messages: Array<{reason: string}>}) => [file.path, file.messages[0]?.reason]))
    expect(reasons['image.md']).toBe('The file looks like a binary file, not a text release; nothing was checked')
    expect(reasons['latin1.md']).toBe('The file is not valid UTF-8 (byte 0xE9 at line 1, column 6); save it as UTF-8')
    expect(reasons['loop.md']).toBe('The path is a symbolic link that loops')
    expect(reasons['gone.md']).toBe('No such file, folder or matching glob')
    // The good file was still checked: it has its readability scores.
    expect(reasons['a.md']).toMatch(/^Readability: /)
    expect(result.code).toBe(2)
  })

  it('reports an unreadable file on that file and still lints the others (exit 2)', () => {
    const dir = workspace({'a.md': good, 'locked.md': good})
    chmodSync(join(dir, 'locked.md'), 0o000)
    const result = run(['--format', 'json', 'a.md', 'locked.md'], {cwd: dir})
    const files = JSON.parse(result.stdout)
    if (process.getuid?.() === 0) {
      // root reads any file: the permission case cannot be provoked here; the other file is still linted.
      expect(files).toHaveLength(2)
      return
    }
    expect(files.find((file: {path: string}) => file.path === 'locked.md').messages[0]).toMatchObject({ruleId: 'unreadable', fatal: true})
    expect(result.code).toBe(2)
  })

  it('--stats prints a table of readability scores per file', () => {
    const result = run(['--stats', '--quiet', 'fixtures/sample-release.md'])
    const [header, row] = result.stdout.trim().split('\n')
    expect(header).toMatch(/^file\s+reading ease\s+FK grade\s+SMOG\s+words\/sentence/)
    expect(row).toMatch(/^fixtures\/sample-release\.md\s+-?\d+(\.\d)?\s+/)
  })

  it('explains a rule, lists rules, prints help and version', () => {
    expect(run(['--explain', 'org-first-mention']).stdout).toContain('## org-first-mention')
    expect(run(['--list-rules']).stdout).toMatch(/require-press-contact\s+error/)
    const help = run(['--help'])
    expect(help.stdout).toContain('--max-warnings N')
    expect(help.code).toBe(0)
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

describe('start-up', () => {
  it('runs the bundle from its code cache without rewriting it, a run of many files included (V8 flags)', () => {
    // The bin rewrites a cache V8 rejects, and V8 rejects one written under other flags: a run
    // that set a flag before writing it would make the next one reject and rewrite it, and so on,
    // each cold start paying for compiling the bundle. Runs of many files set one (heap-growth.ts).
    run(['--version'])
    const cache = join(root, 'dist/lih-lint.cjs.cache')
    const before = statSync(cache)
    expect(run(['fixtures/sample-release.md']).code).toBe(1)
    const many = workspace(Object.fromEntries(Array.from({length: manyFiles}, (_, index) => [`release-${index}.md`, `# Release ${index}\n`])))
    expect(run(['--jobs', '1', '--format', 'json', '.'], {cwd: many}).code).not.toBe(2)
    expect(run(['fixtures/sample-release.md']).code).toBe(1)
    const after = statSync(cache)
    expect(after.mtimeMs).toBe(before.mtimeMs)
    expect(after.size).toBeGreaterThan(100_000)
    // Written already wrapped, as the bin compiles it without wrapping it again (a copy of 0.76 MB).
    for (const bundle of ['lih-lint.cjs', 'lih-lint-server.cjs']) {
      const source = readFileSync(join(root, 'dist', bundle), 'latin1')
      expect(source.startsWith('(function (exports, require, module, __filename, __dirname) { ')).toBe(true)
      expect(source.endsWith('\n});')).toBe(true)
    }
  })

  it('reports a run of many files as vfile-reporter does, to stderr and to --output, and exits the same way', () => {
    // From `streamStylishFrom` files the stylish report is written a file at a time
    // (src/reporters/stylish-stream.ts); vfile-reporter, given the files of the same run's JSON
    // report, must write the same text.
    const text = 'The the LIH said  so , and the   acronym DNA .'
    // Every fifth release is clean, which `--quiet` leaves out of the report.
    const release = (index: number) => `${index % 5 === 0 ? '<!-- lih-lint-disable -->\n\n' : ''}# Release ${index}\n\n${text.slice(0, 10 + (index % 37))}\n`
    // With a series whose cross-release findings are the report's longest reasons: measured only
    // once the findings are added, they must widen the column.
    const series = join(root, 'fixtures/series/immunology-2025')
    const seriesFiles = readdirSync(series).map((name) => [`series/${name}`, readFileSync(join(series, name), 'utf8')])
    const many = workspace(Object.fromEntries([...Array.from({length: streamStylishFrom}, (_, index) => [`${index % 7}/release-${index}.md`, release(index)]), ...seriesFiles]))
    const elsewhere = workspace({})
    for (const flags of [[], ['--quiet']]) {
      const quiet = flags.length > 0
      const streamed = run(['--jobs', '2', ...flags, '.'], {cwd: many})
      const json = run(['--jobs', '2', ...flags, '--format', 'json', '.'], {cwd: many})
      const toFile = run(['--jobs', '2', ...flags, '--output', join(elsewhere, 'report.txt'), '.'], {cwd: many})
      const expected = reporter((JSON.parse(json.stdout) as JsonFile[]).map(fromJsonFile), {quiet, silent: quiet, color: false, verbose: false}) + '\n'
      expect(streamed.stderr).toMatch(quiet ? /^0\/release-112\.md\n/ : /^0\/release-0\.md: no issues found\n/)
      expect(streamed.stderr).toBe(expected)
      expect(readFileSync(join(elsewhere, 'report.txt'), 'utf8')).toBe(expected)
      expect(toFile.stderr).toBe(expected)
      for (const result of [streamed, json, toFile]) expect(result.code).toBe(1)
    }
  }, 90_000)

  it('keeps the code cache of a run under V8 flags of its own beside the build’s, which it leaves alone', () => {
    // V8 rejects a cache made under other flags: a run under NODE_OPTIONS (CI's heap size, an
    // editor's flags) rewrote the build's, and the next plain run rewrote it back, every start paying
    // for compiling the bundle. In a copy of the install, so the real one's cache stays the build's.
    const install = workspace({})
    for (const folder of ['bin', 'dist']) mkdirSync(join(install, folder))
    for (const name of readdirSync(join(root, 'bin'))) copyFileSync(join(root, 'bin', name), join(install, 'bin', name))
    copyFileSync(join(root, 'package.json'), join(install, 'package.json'))
    for (const name of readdirSync(join(root, 'dist'))) {
      if (name === 'lih-lint.cjs.cache') copyFileSync(join(root, 'dist', name), join(install, 'dist', name))
      else if (!name.endsWith('.cache')) symlinkSync(join(root, 'dist', name), join(install, 'dist', name))
    }
    const lint = (nodeOptions: string) =>
      spawnSync(process.execPath, [join(install, 'bin/lih-lint.js'), 'fixtures/sample-release.md'], {cwd: root, env: {...process.env, NODE_OPTIONS: nodeOptions}}).status
    const own = () => readdirSync(join(install, 'dist')).filter((name) => /^lih-lint\.cjs\.[0-9a-f]{8}\.cache$/.test(name))
    const build = join(install, 'dist/lih-lint.cjs.cache')
    const built = readFileSync(build)
    expect(lint('--max-old-space-size=3000')).toBe(1)
    expect(own()).toHaveLength(1)
    const written = statSync(join(install, 'dist', own()[0])).mtimeMs
    // Each finds its own: the plain run the build's, the flagged run the one it wrote, and neither rewrites.
    expect(lint('')).toBe(1)
    expect(lint('--max-old-space-size=3000')).toBe(1)
    expect(readFileSync(build).equals(built)).toBe(true)
    expect(own()).toHaveLength(1)
    expect(statSync(join(install, 'dist', own()[0])).mtimeMs).toBe(written)
  })

  it('loads none of the Node modules a lint of one release, or a warm cached run, does not use', () => {
    // Each costs a pre-commit run milliseconds (node:tty and node:os 3-7, node:crypto 6); a probe
    // preloaded with -r lists Node's modules at exit.
    const dir = workspace({'probe.cjs': "process.on('exit', () => require('fs').writeFileSync(process.env.PROBE_OUT, process.moduleLoadList.join('\\n')))\n"})
    const out = join(dir, 'loaded.txt')
    const loaded = (args: string[]) => {
      const result = spawnSync(process.execPath, ['-r', join(dir, 'probe.cjs'), bin, ...args], {cwd: root, encoding: 'utf8', env: {...process.env, PROBE_OUT: out}})
      expect(result.status).toBe(1)
      return readFileSync(out, 'utf8').split('\n')
    }
    const one = loaded(['fixtures/sample-release.md'])
    expect(one).toContain('NativeModule vm')
    for (const unused of ['tty', 'os', 'crypto', 'worker_threads', 'perf_hooks', 'fs/promises', 'child_process', 'v8']) {
      expect(one).not.toContain(`NativeModule ${unused}`)
    }
    // Cold, the cache hashes the file; warm, the file's hash is the last run's (or the file is read
    // and hashed again, if it is too new to vouch for): with --jobs 1, no worker either way.
    const cached = ['--cache', '--cache-location', join(dir, 'cache'), '--jobs', '1', 'fixtures/sample-release.md']
    // (Old enough, as after a checkout and a build, for the cold run to keep its signature: 3 s.)
    const old = Date.now() - statSync(join(root, 'fixtures/sample-release.md')).ctimeMs > 4000
    expect(loaded(cached)).toContain('NativeModule crypto')
    const warm = loaded(cached)
    expect(warm).not.toContain('NativeModule worker_threads')
    if (old) expect(warm).not.toContain('NativeModule crypto')
    // --fix writing a release (a pre-commit hook's fix) names its temporary file without node:crypto.
    const draft = join(dir, 'draft.md')
    writeFileSync(draft, readFileSync(join(root, 'fixtures/sample-release.md')))
    const fixed = loaded(['--fix', draft])
    expect(readFileSync(draft, 'utf8')).not.toBe(readFileSync(join(root, 'fixtures/sample-release.md'), 'utf8'))
    expect(fixed).not.toContain('NativeModule crypto')
  })
})

describe("the bin's V8 flags", () => {
  it('are set through V8\'s binding without a deprecation warning (node:v8 where the binding is gone), after every Node module a lint needs', () => {
    // A probe preloaded with -r records every flag set, through either way in.
    const record = "const {appendFileSync} = require('fs'), v8 = require('v8'), log = (how) => (flag) => appendFileSync(process.env.PROBE_OUT, how + ' ' + flag + '\\n')\n"
    const probe = (binding: string) => record + `const setThroughV8 = v8.setFlagsFromString\nv8.setFlagsFromString = (flag) => { log('node:v8')(flag); setThroughV8(flag) }\nconst binding = process.binding\n${binding}\n`
    const dir = workspace({
      // It also lists Node's modules loaded after the first flag: V8 rejects Node's code cache for them.
      'binding.cjs':
        probe("let loaded\nprocess.binding = function (name) { const real = binding.call(process, name); return name === 'v8' ? {...real, setFlagsFromString: (flag) => { loaded ??= process.moduleLoadList.length; log('binding')(flag); real.setFlagsFromString(flag) }} : real }") +
        "process.on('exit', () => { for (const name of process.moduleLoadList.slice(loaded)) log('late')(name) })\n",
      'no-binding.cjs': probe("process.binding = function (name) { if (name === 'v8') throw new Error('No such binding: v8'); return binding.call(process, name) }")
    })
    const flags = ['--no-regexp-tier-up', '--no-turbo-inlining', '--interrupt-budget=270336']
    for (const [preload, how] of [['binding.cjs', 'binding'], ['no-binding.cjs', 'node:v8']]) {
      const out = join(dir, `${how.replace(':', '-')}.out`)
      const result = spawnSync(process.execPath, ['-r', join(dir, preload), bin, 'fixtures/sample-release.md'], {cwd: root, encoding: 'utf8', env: {...process.env, PROBE_OUT: out}})
      expect(result.status).toBe(1)
      expect(result.stderr).not.toMatch(/DeprecationWarning|DEP0111/)
      expect(readFileSync(out, 'utf8').trim().split('\n')).toEqual(flags.map((flag) => `${how} ${flag}`))
    }
  })
})

describe('colour in the stylish report', () => {
  it('follows FORCE_COLOR, then NO_COLOR, then whether stderr is a terminal that is not TERM=dumb', () => {
    const terminal = {isTTY: true}
    const pipe = {}
    expect(wantsColor(terminal, {})).toBe(true)
    expect(wantsColor(pipe, {})).toBe(false)
    expect(wantsColor(terminal, {TERM: 'dumb'})).toBe(false)
    expect(wantsColor(terminal, {NO_COLOR: '1'})).toBe(false)
    expect(wantsColor(terminal, {NO_COLOR: ''})).toBe(true)
    expect(wantsColor(pipe, {FORCE_COLOR: '1'})).toBe(true)
    expect(wantsColor(pipe, {FORCE_COLOR: ''})).toBe(true)
    expect(wantsColor(pipe, {FORCE_COLOR: '1', NO_COLOR: '1'})).toBe(true)
    expect(wantsColor(terminal, {FORCE_COLOR: '0'})).toBe(false)
    expect(wantsColor(terminal, {FORCE_COLOR: 'false'})).toBe(false)
    // Through a pipe, as CI logs are: colour only when asked for.
    const forced = spawnSync(process.execPath, [bin, 'fixtures/sample-release.md'], {cwd: root, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '1'}})
    expect(forced.stderr).toContain('\u001b[')
    const plain = spawnSync(process.execPath, [bin, 'fixtures/sample-release.md'], {cwd: root, encoding: 'utf8', env: {...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined}})
    expect(plain.stderr).not.toContain('\u001b[')
    expect(plain.stderr).toContain('sample-release.md')
  })
})

describe.skipIf(!hasShared)('the seed release', () => {
  it('reports the missing space in “outcome.Looking” and the incomplete press contact, exit 1', () => {
    const result = run(['--format', 'json', seedPath])
    expect(result.code).toBe(1)
    const messages = JSON.parse(result.stdout)[0].messages as Array<{ruleId: string; reason: string; line: number}>
    expect(messages).toContainEqual(expect.objectContaining({ruleId: 'space-after-full-stop', line: 24, reason: 'Add a space after the full stop in “outcome.Looking”'}))
    expect(messages).toContainEqual(expect.objectContaining({ruleId: 'require-press-contact', line: 44, fatal: true}))
  })
})
