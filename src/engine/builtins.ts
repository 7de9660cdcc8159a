// Node's modules that few runs need, loaded on first use rather than at start-up (a pre-commit run
// of a file or two uses none of them): hashing for --cache and --shard, random names for --fix's
// temporary files, worker threads, V8's flags, promised file writes for --output and --fix, the
// number of cores for the default --jobs. With require, as the command line's bundle runs from a
// code cache, where import() is not available.
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

export const loadFsPromises = (): typeof import('node:fs/promises') => require('node:fs/promises')
export const loadCrypto = (): typeof import('node:crypto') => require('node:crypto')
export const loadV8 = (): typeof import('node:v8') => require('node:v8')
export const loadOs = (): typeof import('node:os') => require('node:os')
export const loadWorkerThreads = (): typeof import('node:worker_threads') => require('node:worker_threads')

/** Sets V8 flags for the rest of the process (every thread: V8's flags are the process's). */
export function setV8Flags(flags: string[]): void {
  for (const flag of flags) loadV8().setFlagsFromString(flag)
}

/** Milliseconds, for timings: Node loads perf_hooks and its modules on the first use of the global `performance` (~2 ms of a cold start). */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6
