// V8 lets its old generation grow to four times what a collection leaves: 10,000 releases peaked at
// 249 MB with ~17 MB live. Capped at half, they peak at ~190 MB in the same time (more collections,
// each of a small heap). Long releases pay for it (the corpus ran 5% slower), so only runs of many
// files, where memory is the concern, set the cap.
//
// Set once the bundle is compiled from its code cache (src/engine/pool.ts: with worker threads,
// once each has compiled it too), and never in the build's warm-up run that writes that cache: V8
// records its flags in the cache and rejects it under other flags, and a run that rejects it
// rewrites it (bin/lih-lint.js).

/** From this many files, a run caps V8's heap growth. */
export const manyFiles = 1000

/** The V8 flags a run of this many files sets. */
export function heapGrowthFlags(files: number): string[] {
  return files < manyFiles ? [] : ['--heap-growing-percent=50']
}
