// The default --jobs: one thread per core, but only with enough files to pay for the workers. Each
// worker costs its start-up (~0.15 s of CPU, compiling the bundle from the code cache) and its own
// JIT warm-up, and on two cores one thread already keeps ~1.2 cores busy (V8 compiles and collects
// garbage beside it). Measured on two cores, this thread and one worker against one thread (5
// alternated rounds, V8's interrupt budget raised as bin/lih-lint.js sets it): 50 real releases
// 1.17 s against 1.16 s (no gain), 100 1.74 against 1.88 s, 200 3.26 against 4.09 s, the 316 of
// the corpus 4.04 against 4.80 s. A pre-commit run of two files took 0.7 s against 0.4 s (an
// earlier session's measurement).
import {loadOs} from './builtins.ts'

/** Files each thread should have before the default starts a worker for them. */
export const filesPerWorker = 100

export function defaultJobs(files: number, cores?: number): number {
  // Fewer files than two threads need: node:os is not loaded to count the cores.
  if (files < 2 * filesPerWorker) return 1
  return Math.max(1, Math.min(cores ?? loadOs().availableParallelism(), Math.floor(files / filesPerWorker)))
}
