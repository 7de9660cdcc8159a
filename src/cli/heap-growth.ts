// V8 lets its old generation grow to four times what a collection leaves: 10,000 releases peaked at
// 249 MB with ~17 MB live. Capped at half, they peak at ~190 MB in the same time (more collections,
// each of a small heap). Long releases pay for it (the corpus ran 5% slower), so only runs of many
// files, where memory is the concern, set the cap.
//
// Set after the bundle was compiled from its code cache, and never in the build's warm-up run that
// writes that cache: V8 records its flags in the cache and rejects it under other flags, and a run
// that rejects it rewrites it (bin/lih-lint.js). Worker threads share the process's flags.
import {loadV8} from '../engine/builtins.ts'

/** From this many files, a run caps V8's heap growth. */
export const manyFiles = 1000

export function capHeapGrowth(files: number): void {
  if (files < manyFiles) return
  loadV8().setFlagsFromString('--heap-growing-percent=50')
}
