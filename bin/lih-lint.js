#!/usr/bin/env node
// Runs the bundle (built by `npm ci`/`npm install` through the `prepare` script) from a V8 code
// cache: the compiled code of the bundle and of the functions a lint runs, saved by the build.
// Node 20 has no compile cache of its own, and compiling was most of a cold start.
// CommonJS (bin/package.json): an ES module entry makes Node load its ES module loader, ~8 ms.
const {readFileSync, renameSync, writeFileSync} = require('node:fs')
const Module = require('node:module')
const {join} = require('node:path')
const {pathToFileURL} = require('node:url')
const v8 = require('node:v8')
const vm = require('node:vm')

// Regular expressions compiled straight to machine code: by default V8 first compiles each to
// bytecode and recompiles it on its second use, and the bytecode compiler was the slowest step for
// the quote finder's large patterns (19 ms for one of them, against 5 ms to machine code). One
// release cold: 0.360 → 0.302 s; the corpus on one thread used 2 s less CPU. Same reports. The flag
// is read when a pattern is compiled, so setting it here, before the bundle runs, takes effect.
v8.setFlagsFromString('--no-regexp-tier-up')
// No inlining in the optimising compiler: lih-lint's code is many small, polymorphic functions, and
// inlined ones were deoptimised and compiled again and again (a rule's `check` five times at
// ~140 ms each). The corpus on one thread used 13% less CPU and ran 4% faster; three times the
// corpus, 17% less CPU in the same time. Read when a function is optimised, so set here it holds
// for the worker threads too.
v8.setFlagsFromString('--no-turbo-inlining')
// A function is optimised after four times the default work in it (V8's interrupt budget, 66 kB of
// bytecode run): on two cores the optimising compiler competes with the lint, and many functions
// it compiled were only warm. The corpus: 10% less CPU, 4% faster on one thread and 11% on two;
// 10,000 short releases: the same on one thread, 6% faster on two; one release cold: unchanged.
// Eight times: faster still on two threads, 5% slower on one with 10,000 releases. Same reports.
v8.setFlagsFromString('--interrupt-budget=270336')

const dist = join(__dirname, '..', 'dist')
const filename = join(dist, 'lih-lint.cjs')
const cacheFile = `${filename}.cache`
let source
try {
  // ASCII, as the build writes it (scripts/build.mjs, asciiOnly): Latin-1 reads it without UTF-8 decoding.
  source = readFileSync(filename, 'latin1')
} catch {
  console.error('lih-lint: the build is missing; run `npm run build` (or `npm ci`) in the lih-lint folder')
  process.exit(2)
}
let cachedData
try {
  cachedData = readFileSync(cacheFile)
} catch {
  // No cache yet (or not readable): compile from source.
}
// The bundle's lazy ES modules (language server, HTML parser) are imported here, for it
// (src/engine/lazy-bundle.ts): code compiled from a cache cannot import() on Node 20.
globalThis.__lihImport = (specifier) => import(pathToFileURL(join(dist, specifier)).href)
const script = new vm.Script(Module.wrap(source), {filename, cachedData})
// (Re)write the cache at exit, when the build asks or when this Node rejected the one it found,
// so that it holds the functions this run compiled too. A read-only install simply runs without.
// A worker of the pool (started on this script with --lih-lint-worker, the flag src/engine/worker.ts
// names) leaves that to the main thread.
const isWorker = process.argv[2] === '--lih-lint-worker'
if (!isWorker && (process.env.LIH_LINT_WRITE_CODE_CACHE || (cachedData && script.cachedDataRejected))) {
  process.once('exit', () => {
    try {
      const temporary = `${cacheFile}.${process.pid}`
      writeFileSync(temporary, script.createCachedData())
      renameSync(temporary, cacheFile)
    } catch {}
  })
}
const bundle = new Module(filename)
bundle.filename = filename
bundle.paths = Module._nodeModulePaths(dist)
script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(filename), bundle, filename, dist)
