// The default --jobs: one thread per core, but only with enough files to pay for the workers. Each
// worker costs its start-up (~0.15 s of CPU, compiling the bundle from the code cache) and its own
// JIT warm-up (~2.4 s of compiling on the corpus), and on two cores one thread already keeps ~1.4
// cores busy (V8 compiles and collects garbage beside it). Measured on two cores, this thread and
// one worker against one thread: 316 real releases 7.6 s against 7.3 s (no gain), 1,000 short ones
// 5.5 s against 6.1 s, 10,000 short ones 26 s against 35 s; a pre-commit run of two files 0.7 s
// against 0.4 s.
import {availableParallelism} from 'node:os'

/** Files each thread should have before the default starts a worker for them. */
export const filesPerWorker = 400

export function defaultJobs(files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(files / filesPerWorker)))
}
