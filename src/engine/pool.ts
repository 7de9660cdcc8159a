// Checks many files on worker threads: the biggest files go first so the threads finish together,
// workers stay warm between files, and a file that takes longer than its time budget becomes a
// reported internal error on that file (the worker is replaced) instead of a hung CI job.
// This thread checks files too, unless every file must have a budget (`budget` given): it is
// already started and warm, where each worker costs a start-up and its own JIT warm-up (on two
// cores, 10,000 releases took 32.7 s on two workers and 26.0 s on this thread and one worker).
import {existsSync, statSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Worker as WorkerThread} from 'node:worker_threads'
import {ConfigFinder, type LoadOptions} from '../config/load.ts'
import {loadWorkerThreads, setV8Flags} from './builtins.ts'
import {checkFile, shownPath, unreadable} from './check-file.ts'
import type {LintCache} from './cache.ts'
import {defaultJobs} from './default-jobs.ts'
import {pack, type PackedFile} from './serialize.ts'
import type {WorkerReady} from './worker.ts'

export interface PoolOptions {
  finderOptions: LoadOptions
  /** Threads to check on; without it, ./default-jobs.ts decides by the files left to check (those the cache does not have). */
  jobs?: number
  /** The worker script (the bin, with `workerArgv`: ./worker.ts); without it, files are checked in this thread. */
  workerUrl?: URL
  /** Arguments the worker script is given (its `process.argv` after the script). */
  workerArgv?: string[]
  /** Seconds a file may take before it is given up: `base + perMegabyte × size`. Given, every
   * file is checked on a worker, as only a worker can be stopped; without it, files on workers
   * get the default budget and this thread checks files too. */
  budget?: {base: number; perMegabyte: number}
  cwd?: string
  /** V8 flags for this run: set at once when this thread checks every file; with workers, once each
   * has compiled the bundle, as V8 rejects a code cache made under other flags. */
  v8Flags?: string[]
}

const defaultBudget = {base: 30, perMegabyte: 5}

/** Checks the files; their reports come back packed (./serialize.ts), in the order of `paths`. */
export async function checkFiles(paths: string[], options: PoolOptions & {cache?: LintCache}): Promise<PackedFile[]> {
  const cache = options.cache
  if (!cache) return checkUncached(paths, options)
  // Reuse what is cached; check only the rest, then remember their reports.
  const finder = new ConfigFinder(options.finderOptions)
  const results: Array<PackedFile | undefined> = []
  const keys: Array<string | undefined> = []
  // Entries go by the path the report shows (relative to the working directory), which is part of
  // the report: run from elsewhere, a file's cached report would name it by the old way there.
  // Worked out once per file (path.relative resolves both paths: ~1.5 ms of a warm corpus run each time).
  const shown = paths.map((path) => shownPath(path, options.cwd))
  for (const [index, path] of paths.entries()) {
    let key: string | undefined
    try {
      key = cache.key(path, shown[index], finder.forFile(path))
    } catch {
      // Unreadable file or broken config: not cached; the check reports why.
    }
    const hit = key ? cache.get(shown[index], key) : undefined
    results.push(hit)
    keys.push(key)
  }
  const missing = paths.filter((_, index) => !results[index])
  const checked = await checkUncached(missing, options)
  let next = 0
  for (let index = 0; index < paths.length; index++) {
    if (results[index]) continue
    const file = checked[next++]
    results[index] = file
    if (keys[index] && !file.failed) cache.set(shown[index], keys[index]!, file)
  }
  // The caller saves the cache (and says so if it cannot).
  return results as PackedFile[]
}

async function checkUncached(paths: string[], options: PoolOptions): Promise<PackedFile[]> {
  const cwd = options.cwd ?? process.cwd()
  const workerPath = options.workerUrl ? fileURLToPath(options.workerUrl) : undefined
  // A --cache run with a few files changed is a few files' run: a worker for them cost more than it
  // saved (8 changed of the corpus's 316, warm cache, 10 rounds: 651 ms with one, 482 without).
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(paths.length), paths.length))
  const workers = workerPath !== undefined && existsSync(workerPath)
  // With a time budget, even one file goes to a worker: only a worker can be stopped.
  if (!workers || (jobs === 1 && !options.budget)) {
    // Few files (a pre-commit hook): starting workers would cost more than it saves.
    setV8Flags(options.v8Flags ?? [])
    const finder = new ConfigFinder(options.finderOptions)
    const results: PackedFile[] = []
    for (const path of paths) results.push(pack(await checkFile(path, finder, cwd)))
    return results
  }
  return runPool(paths, {...options, cwd, jobs, workerPath: workerPath!})
}

// With worker threads, a function is optimised after 16 times V8's default work in it (the bin sets
// 4 times): every thread is its own V8 isolate, whose optimising compiler competes with the threads
// that lint for the machine's cores. Two threads on two cores, alternated, with the flags set once
// the workers have compiled (below): the corpus 3.89 → 3.73 s, 10,000 releases 19.4 → 18.0 s, 4–6%
// less CPU (8 times did less; 32 times was slower again).
const interruptBudgetWithWorkers = '--interrupt-budget=1081344'
// And young-generation collections on the collecting thread alone: V8 runs each on several helper
// threads, which with two lint threads on two cores only compete with them. Alternated, two
// threads: the corpus 3.50 → 3.39 s (8 rounds), 10,000 releases 17.7 → 16.9 s (3 rounds), ~2% less
// CPU. One thread alone is no faster without them (its CPU drops, its time does not).
const scavengeOnOneThread = '--no-parallel-scavenge'

function runPool(paths: string[], options: PoolOptions & {cwd: string; jobs: number; workerPath: string}): Promise<PackedFile[]> {
  const {Worker} = loadWorkerThreads()
  // The run's flags wait until no worker is still compiling the bundle: set before, they made each
  // worker reject the code cache and compile from source. Set again after a replaced worker, whose
  // bin script sets the bin's own flags as it starts.
  const runFlags = [...(options.v8Flags ?? []), interruptBudgetWithWorkers, scavengeOnOneThread]
  const compiling = new Set<WorkerThread>()
  const compiled = (worker: WorkerThread) => {
    if (compiling.delete(worker) && compiling.size === 0) setV8Flags(runFlags)
  }
  const budget = options.budget ?? defaultBudget
  const helpHere = !options.budget
  const sizes = paths.map((path) => {
    try {
      return statSync(path).size
    } catch {
      return 0
    }
  })
  const queue = paths.map((_, index) => index).sort((a, b) => sizes[b] - sizes[a])
  const results: PackedFile[] = new Array(paths.length)
  let remaining = paths.length

  return new Promise((resolve) => {
    const finish = (index: number, file: PackedFile) => {
      results[index] = file
      remaining--
      if (remaining === 0) resolve(results)
    }
    // Called again when a failed worker leaves files behind: a no-op while the loop still runs (it
    // takes them), a new loop once it has ended.
    let checkingHere = false
    let finder: ConfigFinder | undefined
    const checkHere = async () => {
      if (checkingHere) return
      checkingHere = true
      finder ??= new ConfigFinder(options.finderOptions)
      while (queue.length > 0) {
        const index = queue.shift()!
        let file: PackedFile
        try {
          file = pack(await checkFile(paths[index], finder, options.cwd))
        } catch (error) {
          file = failed(index, `lih-lint could not check this file (${(error as Error).message})`)
        }
        finish(index, file)
        // Let the workers' answers in, so that they are sent their next files without waiting.
        await new Promise((next) => setImmediate(next))
      }
      checkingHere = false
    }
    const start = () => {
      // Workers get a small young generation by default and spent a fifth of their time collecting
      // garbage (a worker ran 1.5x slower than the main thread). 16 MB: 10,000 releases on two
      // workers in 34.7 s and 355 MB peak (32 MB: 36.6 s, 387 MB; 64 MB and 128 MB: more memory
      // for no more speed). Each worker is its own V8 heap: 10,000 releases peak at 249 MB on this
      // thread and one worker, 190 MB on this thread alone.
      const worker = new Worker(options.workerPath, {argv: options.workerArgv, workerData: {finderOptions: options.finderOptions, cwd: options.cwd}, resourceLimits: {maxYoungGenerationSizeMb: 16}})
      compiling.add(worker)
      worker.once('exit', () => compiled(worker))
      // Files sent and not yet answered, in the order the worker checks them; the first is the one
      // in hand. Two are sent, so the worker never waits while this thread is busy with a file.
      const sent: number[] = []
      let answered = 0
      let retired = false
      let timer: NodeJS.Timeout | undefined
      const retire = () => {
        retired = true
        clearTimeout(timer)
        queue.unshift(...sent.splice(0))
        void worker.terminate()
      }
      const watch = () => {
        clearTimeout(timer)
        if (sent.length === 0) return
        const index = sent[0]
        const seconds = budget.base + (budget.perMegabyte * sizes[index]) / 1e6
        timer = setTimeout(() => {
          sent.shift()
          retire()
          finish(index, failed(index, `lih-lint gave up on this file after ${Math.round(seconds)} s; a rule may be stuck on its text (please report it)`))
          if (queue.length > 0) start()
        }, seconds * 1000)
      }
      const send = () => {
        while (sent.length < 2 && queue.length > 0) {
          const index = queue.shift()!
          sent.push(index)
          worker.postMessage({id: index, path: paths[index]})
        }
        if (sent.length === 0) void worker.terminate()
      }
      worker.on('message', (answer: {id: number; file: PackedFile} | WorkerReady) => {
        if ('ready' in answer) {
          compiled(worker)
          return
        }
        if (retired || answer.id !== sent[0]) return
        sent.shift()
        answered++
        finish(answer.id, answer.file)
        send()
        watch()
      })
      worker.on('error', (error) => {
        if (retired) return
        const index = sent.shift()
        retire()
        if (index !== undefined) finish(index, failed(index, `lih-lint could not check this file (${error.message})`))
        if (queue.length === 0) return
        // A worker that failed before its first answer would likely fail again: this thread goes on.
        if (answered > 0) start()
        else void checkHere()
      })
      send()
      watch()
    }
    for (let index = helpHere ? 1 : 0; index < options.jobs; index++) start()
    if (helpHere) void checkHere()
  })

  /** The report of a file that could not be checked, on that file. */
  function failed(index: number, why: string): PackedFile {
    return pack(unreadable(shownPath(paths[index], options.cwd), why, 'internal-error'))
  }
}
