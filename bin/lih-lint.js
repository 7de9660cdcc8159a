#!/usr/bin/env node
// Runs the bundle (built by `npm ci`/`npm install` through the `prepare` script) from a V8 code
// cache: the compiled code of the bundle and of the functions a lint runs, saved by the build.
// Node 20 has no compile cache of its own, and compiling was most of a cold start.
// CommonJS (bin/package.json): an ES module entry makes Node load its ES module loader, ~8 ms.
const {closeSync, existsSync, fstatSync, openSync, readSync, renameSync, statSync, writeFileSync} = require('node:fs')
const Module = require('node:module')
const {join} = require('node:path')
const {pathToFileURL} = require('node:url')
const vm = require('node:vm')
// Node compiles its own modules from a code cache of its build, which V8 rejects once a flag is set
// (the cache is keyed on the flags): one loaded after the flags below is compiled from source, at
// about twice the time. The command line's argument parser, which every run uses, is loaded before
// them (0.8 against 1.6 ms).
void require('node:util').parseArgs

// V8's flags are set through V8's own binding: node:v8 loads Node's heap utilities and stream
// machinery with it, ~3 ms of a cold start (0.25 ms this way). process.binding('v8') is deprecated
// (DEP0111), so its warning is silenced for the one call that takes it; a Node without it takes
// node:v8.
const setV8Flag = v8FlagSetter()

// Regular expressions compiled straight to machine code: by default V8 first compiles each to
// bytecode and recompiles it on its second use, and the bytecode compiler was the slowest step for
// the quote finder's large patterns (19 ms for one of them, against 5 ms to machine code). One
// release cold: 0.360 → 0.302 s; the corpus on one thread used 2 s less CPU. Same reports. The flag
// is read when a pattern is compiled, so setting it here, before the bundle runs, takes effect.
setV8Flag('--no-regexp-tier-up')
// No inlining in the optimising compiler: lih-lint's code is many small, polymorphic functions, and
// inlined ones were deoptimised and compiled again and again (a rule's `check` five times at
// ~140 ms each). The corpus on one thread used 13% less CPU and ran 4% faster; three times the
// corpus, 17% less CPU in the same time. Read when a function is optimised, so set here it holds
// for the worker threads too.
setV8Flag('--no-turbo-inlining')
// A function is optimised after four times the default work in it (V8's interrupt budget, 66 kB of
// bytecode run): on two cores the optimising compiler competes with the lint, and many functions
// it compiled were only warm. The corpus: 10% less CPU, 4% faster on one thread and 11% on two;
// 10,000 short releases: the same on one thread, 6% faster on two; one release cold: unchanged.
// Eight times: faster still on two threads, 5% slower on one with 10,000 releases. Same reports.
setV8Flag('--interrupt-budget=270336')

const dist = join(__dirname, '..', 'dist')
// The language server has a bundle of its own, with the server inside and a code cache trained on
// an editor's session (scripts/build.mjs). Either bundle runs any command: this choice only decides
// which one starts faster.
const args = process.argv.slice(2)
const asksForServer = args.slice(0, args.includes('--') ? args.indexOf('--') : undefined).includes('--lsp')
const filename = join(dist, asksForServer && existsSync(join(dist, 'lih-lint-server.cjs')) ? 'lih-lint-server.cjs' : 'lih-lint.cjs')
// V8 rejects a cache made under other flags, so a run under flags of its own (NODE_OPTIONS=
// --max-old-space-size=4096 in CI, an editor's or a profiler's) rewrote the build's cache, and the
// next plain run rejected and rewrote it back: 50-80 ms more on every start while the two alternate.
// Such a run reads and writes a cache of its own beside the build's, named by its flags, once the
// build's is rejected (flags that leave V8 alone, `-r` or `--enable-source-maps`, take the build's).
const nodeFlags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim()
const flagsCacheFile = nodeFlags ? `${filename}.${fnv1a(nodeFlags)}.cache` : undefined
let cacheFile = `${filename}.cache`
// The bundle and its code cache are read into one buffer in turn (the source is copied out into a
// string first): memory is slow to touch the first time on small VMs (~12 us a page here), and a
// second buffer for the bundle touched 0.75 MB more.
let buffer = Buffer.alloc(0)
/** The file's bytes, in `buffer` (grown as needed), or undefined when it cannot be read. */
function read(path) {
  let fd
  try {
    fd = openSync(path, 'r')
    const size = fstatSync(fd).size
    if (buffer.length < size) buffer = Buffer.allocUnsafeSlow(size)
    let done = 0
    while (done < size) {
      const got = readSync(fd, buffer, done, size - done, done)
      if (got === 0) break
      done += got
    }
    return buffer.subarray(0, done)
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
// Sized for the larger of the two, the cache, so the bundle's read does not allocate a buffer of its own.
try {
  buffer = Buffer.allocUnsafeSlow(statSync(cacheFile).size)
} catch {}
// ASCII, as the build writes it (scripts/build.mjs, asciiOnly): Latin-1 reads it without UTF-8 decoding.
const source = read(filename)?.toString('latin1')
if (source === undefined) {
  console.error('lih-lint: the build is missing; run `npm run build` (or `npm ci`) in the lih-lint folder')
  process.exit(2)
}
// No cache yet (or not readable): compiled from source.
let cachedData = flagsCacheFile && read(flagsCacheFile)
if (cachedData) cacheFile = flagsCacheFile
else cachedData = read(cacheFile)
// The bundle's lazy ES modules (language server, HTML parser) are imported here, for it
// (src/engine/lazy-bundle.ts): code compiled from a cache cannot import() on Node 20.
globalThis.__lihImport = (specifier) => import(pathToFileURL(join(dist, specifier)).href)
// The build wrote the bundle inside Node's CommonJS wrapper (Module.wrap), so the string read is compiled as it is.
const script = new vm.Script(source, {filename, cachedData})
// (Re)write the cache at exit, when the build asks or when this Node rejected the one it found,
// so that it holds the functions this run compiled too. A read-only install simply runs without.
// A worker of the pool (started on this script with --lih-lint-worker, the flag src/engine/worker.ts
// names) leaves that to the main thread.
const isWorker = args[0] === '--lih-lint-worker'
if (!isWorker && (process.env.LIH_LINT_WRITE_CODE_CACHE || (cachedData && script.cachedDataRejected))) {
  if (flagsCacheFile) cacheFile = flagsCacheFile
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

/** V8's setFlagsFromString, from V8's binding where this Node still has it, else from node:v8. */
function v8FlagSetter() {
  const quiet = process.noDeprecation
  process.noDeprecation = true
  try {
    const binding = process.binding('v8')
    if (typeof binding.setFlagsFromString === 'function') return (flag) => binding.setFlagsFromString(flag)
  } catch {
  } finally {
    process.noDeprecation = quiet
  }
  return require('node:v8').setFlagsFromString
}

/** FNV-1a of `text`, as eight hex digits: names the code cache of one set of Node flags. */
function fnv1a(text) {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}
