// The default --jobs: one worker per core, but only with enough files to pay for the workers. Each
// costs ~0.3 s of CPU to start (a dozen releases' worth): a pre-commit run of two files took 0.7 s
// on two workers and 0.4 s on one thread. On two cores workers are slower for long releases too
// (the corpus: one thread's garbage collection already keeps ~1.3 cores busy) but faster for many
// short ones (10,000 generated releases: 42 s against 54 s).
import {availableParallelism} from 'node:os'

/** Files each worker should have before the default starts it. */
export const filesPerWorker = 16

export function defaultJobs(files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(files / filesPerWorker)))
}
