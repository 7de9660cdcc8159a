// Worker threads give the same report as one thread, in the same order, and a file that takes too
// long is reported on that file instead of hanging the run.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {defaultJobs, filesPerWorker} from '../src/engine/default-jobs.ts'
import {manyFiles} from '../src/cli/heap-growth.ts'
import {checkFiles} from '../src/engine/pool.ts'
import {unpack} from '../src/engine/serialize.ts'
import {root, workspace} from './helpers.ts'

const bin = join(root, 'bin/lih-lint.js')
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], {cwd: root, encoding: 'utf8'})

describe('--jobs', () => {
  it('reports exactly what one thread reports, in the same order', () => {
    const one = run('--jobs', '1', '--format', 'json', 'fixtures')
    const two = run('--jobs', '2', '--format', 'json', 'fixtures')
    expect(JSON.parse(two.stdout).length).toBeGreaterThan(1)
    expect(two.stdout).toBe(one.stdout)
    expect(two.status).toBe(one.status)
    // With a time budget every file goes to a worker, the HTML pages too (whose parser a worker
    // loads as the command line does, from the bin's lazy import).
    const onWorkers = run('--jobs', '2', '--timeout', '60', '--format', 'json', 'fixtures')
    expect(onWorkers.stdout).toBe(one.stdout)
    expect(onWorkers.status).toBe(one.status)
  })

  it('refuses the worker flag on the command line (a worker is the bin script started with it)', () => {
    const result = run('--lih-lint-worker', 'fixtures/sample-release.md')
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^lih-lint: Unknown option '--lih-lint-worker'/)
  })

  it('gives up on a file past its time budget, reports it, and goes on (exit 2)', () => {
    const result = run('--jobs', '2', '--timeout', '0.001', '--format', 'json', 'fixtures')
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; reason: string}>}>
    const gaveUp = files.filter((file) => file.messages.some((message) => message.ruleId === 'internal-error'))
    expect(gaveUp.length).toBeGreaterThan(0)
    expect(gaveUp[0].messages[0].reason).toMatch(/^lih-lint gave up on this file after 0 s; a rule may be stuck on its text/)
    expect(result.status).toBe(2)
  })

  it('keeps the time budget of a run of one file, with one thread or the default', () => {
    // A few files are checked on this thread by default, where nothing can stop a stuck rule: a
    // time budget sends them to a worker all the same (--timeout was ignored for fewer than 200).
    for (const jobs of [[], ['--jobs', '1']]) {
      const result = run(...jobs, '--timeout', '0.001', '--format', 'json', 'fixtures/sample-release.md')
      const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; reason: string}>}>
      expect(file.messages.map((message) => message.ruleId)).toEqual(['internal-error'])
      expect(file.messages[0].reason).toMatch(/^lih-lint gave up on this file after 0 s/)
      expect(result.status).toBe(2)
    }
  })
})

describe('a worker that fails before its first answer', () => {
  // The worker script throws at once, or only after this thread has run out of files (its own
  // share done, the loop over the queue ended): either way the file it held is reported and the
  // file it was sent next is checked here, instead of the run waiting for it forever.
  it.each([
    ['at start', "throw new Error('this worker is broken')\n"],
    ['later', "setTimeout(() => { throw new Error('this worker is broken') }, 4000)\n"]
  ])('costs the file it held (%s), and this thread checks the rest', async (_, script) => {
    const broken = join(mkdtempSync(join(tmpdir(), 'lih-lint-worker-')), 'worker.mjs')
    writeFileSync(broken, script)
    const folder = join(root, 'fixtures/bad')
    const paths = readdirSync(folder).map((name) => join(folder, name))
    const files = (await checkFiles(paths, {finderOptions: {}, jobs: 2, workerUrl: pathToFileURL(broken), cwd: root})).map((packed) => unpack(packed))
    expect(files.map((file) => file.path)).toEqual(paths.map((path) => path.slice(root.length)))
    const failed = files.filter((file) => file.messages.some((message) => message.ruleId === 'internal-error'))
    expect(failed).toHaveLength(1)
    expect(failed[0].messages[0].reason).toMatch(/could not check this file \(this worker is broken\)/)
  }, 30_000)
})

describe('the default --jobs', () => {
  it('checks a few files on this thread (a pre-commit hook) and many on a thread per core', () => {
    expect(defaultJobs(1, 8)).toBe(1)
    expect(defaultJobs(2, 2)).toBe(1)
    expect(defaultJobs(filesPerWorker * 2 - 1, 8)).toBe(1)
    expect(defaultJobs(filesPerWorker * 2, 8)).toBe(2)
    expect(defaultJobs(150, 2)).toBe(1)
    expect(defaultJobs(316, 2)).toBe(2)
    expect(defaultJobs(1000, 2)).toBe(2)
    expect(defaultJobs(10_000, 4)).toBe(4)
    expect(defaultJobs(0, 4)).toBe(1)
  })

  it('starts no worker for the few files a warm cache leaves to check', () => {
    // The default follows the files to check, not the files given: a worker for three changed
    // files among hundreds cost more than it saved. A probe preloaded with -r, which worker threads
    // load too, says which threads ran.
    const probe = "const {isMainThread} = require('node:worker_threads')\nrequire('node:fs').appendFileSync(process.env.PROBE_OUT, isMainThread ? 'main\\n' : 'worker\\n')\n"
    const count = filesPerWorker * 2
    const dir = workspace({'probe.cjs': probe, ...Object.fromEntries(Array.from({length: count}, (_, index) => [`releases/${index}.md`, `# Release ${index}\n`]))})
    const out = join(dir, 'probe.out')
    const threads = () => {
      writeFileSync(out, '')
      const args = ['-r', join(dir, 'probe.cjs'), bin, '--cache', '--cache-location', join(dir, 'cache'), '--format', 'json', join(dir, 'releases')]
      const result = spawnSync(process.execPath, args, {cwd: root, encoding: 'utf8', env: {...process.env, PROBE_OUT: out}, maxBuffer: 1 << 26})
      expect(JSON.parse(result.stdout)).toHaveLength(count)
      return readFileSync(out, 'utf8').split('\n').filter(Boolean).sort()
    }
    expect(threads()).toEqual(availableParallelism() > 1 ? ['main', 'worker'] : ['main'])
    for (const index of [3, 50, 120]) writeFileSync(join(dir, 'releases', `${index}.md`), `# Changed ${index}\n`)
    expect(threads()).toEqual(['main'])
  })
})

describe('workers and V8 flags', () => {
  it('compile the bundle from the code cache, in a run of many files that sets V8 flags too', () => {
    // V8 rejects a code cache made under other flags: a flag the run set before a worker had
    // compiled the bundle (the heap cap of runs of many files, the interrupt budget of runs with
    // workers) made each worker compile it from source. A probe preloaded with -r, which worker
    // threads load too, records what V8 did with the cache in each thread.
    const probe = "const vm = require('node:vm'), fs = require('node:fs'), {isMainThread} = require('node:worker_threads')\n" +
      'const Script = vm.Script\n' +
      'vm.Script = class extends Script {\n' +
      '  constructor(source, options) {\n' +
      '    super(source, options)\n' +
      "    if (options?.cachedData) fs.appendFileSync(process.env.PROBE_OUT, `${isMainThread ? 'main' : 'worker'} ${this.cachedDataRejected ? 'rejected' : 'accepted'}\\n`)\n" +
      '  }\n' +
      '}\n'
    const dir = workspace({'probe.cjs': probe, ...Object.fromEntries(Array.from({length: manyFiles}, (_, index) => [`releases/${index}.md`, `# Release ${index}\n`]))})
    const out = join(dir, 'probe.out')
    const result = spawnSync(process.execPath, ['-r', join(dir, 'probe.cjs'), bin, '--jobs', '2', '--format', 'json', join(dir, 'releases')], {cwd: root, encoding: 'utf8', env: {...process.env, PROBE_OUT: out}, maxBuffer: 1 << 26})
    expect(JSON.parse(result.stdout)).toHaveLength(manyFiles)
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean).sort()).toEqual(['main accepted', 'worker accepted'])
  })
})
