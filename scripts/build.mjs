// Bundles the CLI into one ESM file: one file to read and compile is the largest start-up win on Node 20.
import {build} from 'esbuild'
import {createHash} from 'node:crypto'
import Module from 'node:module'
import {fileURLToPath} from 'node:url'
import {cp, mkdir, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {rewriteRegExpLiterals} from './ascii-first.mjs'
import {asciiOnly} from './ascii-only.mjs'

// Start clean: stale chunks from an earlier build would otherwise pile up in dist/chunks.
await rm('dist', {recursive: true, force: true})
await mkdir('dist', {recursive: true})
// vfile-reporter's string-width, with a fast path for text that is one column per character.
const alias = {
  'string-width': './src/reporters/string-width.ts',
  // vfile-reporter's default colour, which loads supports-color (and node:tty, node:os) at start-up:
  // the command line always says whether it wants colour (src/cli/color.ts).
  'vfile-reporter/do-not-use-color': './node_modules/vfile-reporter/lib/color.js',
  // vfile-reporter's message order, without loading ICU's collator for rule ids.
  'vfile-sort': './src/reporters/vfile-sort.ts',
  // retext-readability's word lists and syllable counter, with Set lookups and memoised counts.
  'dale-chall': './src/prose/fast-word-lists.ts',
  spache: './src/prose/fast-word-lists.ts',
  syllable: './src/prose/syllable-count.ts',
  // nlcst-to-string, concatenating instead of joining an array per node.
  'nlcst-to-string': './src/prose/fast-nlcst-to-string.ts',
  // vfile-location, with one line index per text instead of a rescan per call (also in vitest.config.ts).
  'vfile-location': './src/engine/positions.ts'
}
// Big modules few runs need (the language server, the HTML parser): the CommonJS command line
// imports them from their ES module entries instead of carrying ~600 kB it would compile for nothing.
const lazyModules = {'src/lsp/server.ts': 'lih-lint-lsp', 'src/engine/html-parser.ts': 'lih-lint-html'}
/** Swaps ../src/engine/lazy.ts for `file`, in one of the CommonJS bundles. */
const lazyImports = (file) => ({
  name: 'lazy-imports',
  setup(build) {
    build.onResolve({filter: /\/lazy\.ts$/}, () => ({path: fileURLToPath(new URL(`../src/engine/${file}`, import.meta.url))}))
  }
})
// Some dependencies do work at run time that a bundled command line pays for and never uses, or
// more work than their result needs.
// Each patch must still match (the build fails otherwise), so an upgrade cannot drop it silently.
const patches = [
  {
    // fdir (under tinyglobby) loads picomatch from node_modules at start-up for its glob() method,
    // which tinyglobby does not use: ~30 ms of a cold start to read and compile a second copy.
    // Its namespace import of fs also became a copy of fs's 104 properties, each behind a getter
    // (esbuild's __toESM, for a CommonJS module imported as a namespace): taken as it is instead.
    file: /node_modules\/fdir\/dist\/index\.mjs$/,
    edits: [
      ['__require.resolve("picomatch");\n\tpm = __require("picomatch");', 'throw new Error("picomatch is not needed in the bundle");'],
      ['import * as nativeFs from "fs";\n', ''],
      ['var __require = /* @__PURE__ */ createRequire(import.meta.url);\n', 'var __require = /* @__PURE__ */ createRequire(import.meta.url);\nconst nativeFs = __require("fs");\n']
    ]
  },
  {
    // vfile's default imports of node:process and node:path became copies of their 79 and ~20
    // properties behind getters (__toESM) at every start: the same objects, taken as they are.
    // With fdir's fs above: 1.27 -> 0.56 ms of __toESM in a cold lint's CPU profile.
    file: /node_modules\/vfile\/lib\/minproc\.js$/,
    edits: [["export {default as minproc} from 'node:process'", 'export const minproc = process']]
  },
  {
    file: /node_modules\/vfile\/lib\/minpath\.js$/,
    // node:path is its posix or win32 object, by platform (Node's lib/path.js).
    edits: [["export {default as minpath} from 'node:path'", "import {posix, win32} from 'node:path'\nexport const minpath = process.platform === 'win32' ? win32 : posix"]]
  },
  {
    // unist-util-visit-parents names a fresh closure for every node it visits, for stack traces
    // (Object.defineProperty): ~4% of a corpus run, half of retext-readability's time.
    file: /node_modules\/unist-util-visit-parents\/lib\/index\.js$/,
    edits: [["if (typeof value.type === 'string') {\n      const name =", "if (false) {\n      const name ="]]
  },
  {
    // mdast-util-to-nlcst measures every node by building its whole text (nlcst-to-string) and
    // taking the length: a string per node and level. Adding up the lengths gives the same number.
    // It also places each node by two points, where a node's start is the point its previous
    // sibling ends at: that point is used again (the same object, as parse-latin itself shares
    // points when it splits a sentence; nothing changes a point in place). Half the points to
    // find and allocate, for every word, space and punctuation mark of every release.
    file: /node_modules\/mdast-util-to-nlcst\/lib\/index\.js$/,
    edits: [
      ['results = state.parser.tokenize(node.alt)', 'results = state.parser.tokenize(node.alt, false)'],
      ['results = state.parser.tokenize(node.value)', 'results = state.parser.tokenize(node.value, false)'],
      ["typeof start === 'number' ? start + toString(node).length : undefined", "typeof start === 'number' ? start + textLength(node) : undefined"],
      ["  let start = offset\n\n  while (++index < nodes.length) {", "  let start = offset\n  let startPoint = state.place.toPoint(start)\n\n  while (++index < nodes.length) {"],
      ["    const startPoint = state.place.toPoint(start)\n    const endPoint = state.place.toPoint(end)", "    const endPoint = state.place.toPoint(end)"],
      ["    start = end\n  }", "    start = end\n    startPoint = endPoint\n  }"]
    ],
    append: "function textLength(node) {\n  if ('value' in node) return node.value.length\n  let length = 0\n  for (const child of node.children) length += textLength(child)\n  return length\n}\n"
  },
  {
    // mdast-util-to-nlcst places every token parse-latin's tokenize returns (its `patch` sets each
    // node's position from the source), so the points tokenize made for them, three for a word and
    // two for any other token, were garbage at once. Asked (`placed` false, the edits above), tokenize
    // makes none; parse-latin's own `parse` still places its nodes.
    // tokenize also tested every character against up to three patterns (white space, punctuation,
    // word): 2.6% of a corpus run. An ASCII character's type is now read from a table those same
    // patterns fill on the first call (not at load: a run served from --cache never tokenizes);
    // any other character is still tested.
    file: /node_modules\/parse-latin\/lib\/index\.js$/,
    edits: [
      ['  tokenize(value) {', '  tokenize(value, placed = true) {'],
      ['    const currentPoint = {line: 1, column: 1, offset: 0}', '    const types = (asciiTypes ??= asciiTypeTable())\n    const currentPoint = {line: 1, column: 1, offset: 0}'],
      ['      const current = value.charAt(index)\n      const currentType = whiteSpace.test(current)', '      const current = value.charAt(index)\n      const code = value.charCodeAt(index)\n      const currentType = code < 128 ? types[code] : whiteSpace.test(current)'],
      ['        from = index\n        start = {...currentPoint}', '        from = index\n        if (placed) start = {...currentPoint}'],
      ["    function createNode(type, value) {\n      return type === 'WordNode'", "    function createNode(type, value) {\n      if (!placed) return type === 'WordNode' ? {type: 'WordNode', children: [{type: 'TextNode', value, position: undefined}], position: undefined} : {type, value, position: undefined}\n      return type === 'WordNode'"]
    ],
    append: "let asciiTypes\nfunction asciiTypeTable() {\n  return Array.from({length: 128}, (_, code) => {\n    const character = String.fromCharCode(code)\n    return whiteSpace.test(character) ? 'WhiteSpaceNode' : punctuation.test(character) ? 'PunctuationNode' : word.test(character) ? 'WordNode' : 'SymbolNode'\n  })\n}\n"
  },
  {
    // parse-latin splits the text of every space inside a sentence into lines to learn whether it
    // holds a blank line: an array and its strings per space. Counting line breaks (CR LF as one,
    // as the split has it) answers the same without them.
    file: /node_modules\/parse-latin\/lib\/plugin\/break-implicit-sentences\.js$/,
    edits: [["toString(node).split(/\\r\\n|\\r|\\n/).length < 3", "lineBreaks(toString(node)) < 2"]],
    append: "function lineBreaks(value) {\n  let count = 0\n  for (let at = 0; at < value.length && count < 2; at++) {\n    const code = value.charCodeAt(at)\n    if (code === 10) count++\n    else if (code === 13) {\n      count++\n      if (value.charCodeAt(at + 1) === 10) at++\n    }\n  }\n  return count\n}\n"
  }
]
const patchDependencies = {
  name: 'patch-dependencies',
  setup(build) {
    for (const patch of patches) {
      build.onLoad({filter: patch.file}, async ({path}) => {
        let source = await readFile(path, 'utf8')
        for (const [find, replace] of patch.edits) {
          if (!source.includes(find)) throw new Error(`build: ${path} changed; review the patch in scripts/build.mjs`)
          source = source.replace(find, replace)
        }
        return {contents: source + (patch.append ?? ''), loader: 'js'}
      })
    }
  }
}
// Regular expressions with Unicode property classes (\p{L}) test ASCII characters inline first:
// V8 calls into C++ for each character it tests against such a class (./ascii-first.mjs).
const asciiFirstClasses = {
  name: 'ascii-first',
  setup(build) {
    build.onLoad({filter: /\/(?:src|rules)\/.*\.ts$/}, async ({path}) => ({contents: await rewriteRegExpLiterals(await readFile(path, 'utf8'), path), loader: 'ts'}))
  }
}
// esbuild rewrites every regular expression with \p{…} into `new RegExp("…")` even for Node 20,
// which has them: a call to the RegExp constructor each time a hot loop reaches one (the spelling
// and acronym rules test a few per word). Node 20 supports them, so they stay literals.
const supported = {'regexp-unicode-property-escapes': true}
const define = {
  __LIH_LINT_VERSION__: JSON.stringify(JSON.parse(await readFile('package.json', 'utf8')).version),
  // The cache keys on the code itself, so a changed rule never serves a stale report.
  __LIH_LINT_BUILD__: JSON.stringify(await sourceHash())
}
await build({
  entryPoints: {
    'lih-lint': 'src/cli/main.ts',
    'lih-lint-api': 'src/index.ts',
    // Loaded only when needed, also from the CommonJS command line below.
    ...Object.fromEntries(Object.entries(lazyModules).map(([source, name]) => [name, source]))
  },
  outdir: 'dist',
  outExtension: {'.js': '.mjs'},
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  supported,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  define,
  logLevel: 'warning',
  alias,
  plugins: [asciiFirstClasses, patchDependencies],
  // CommonJS dependencies (yaml) call require() on Node built-ins.
  banner: {js: "import {createRequire as __lihCreateRequire} from 'node:module';const require = __lihCreateRequire(import.meta.url);"}
})
// The command line also as one CommonJS script, which bin/lih-lint.js compiles with a V8 code
// cache: Node 20 has no compile cache for ES modules, and compiling the bundle and the first
// lint's functions was most of a cold start.
await buildCommandLine('lih-lint', 'lazy-bundle.ts')
// And again with the language server inside, for `--lsp` (bin/lih-lint.js picks it): loaded from
// its ES module build, the server brought a second copy of the whole engine, compiled from source
// (a cold editor waited ~390 ms for its first diagnostics, against ~225 ms for a lint).
await buildCommandLine('lih-lint-server', 'lazy-server-bundle.ts')
async function buildCommandLine(name, lazy) {
  await build({
    entryPoints: {[name]: 'src/cli/main.ts'},
    outdir: 'dist',
    outExtension: {'.js': '.cjs'},
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    supported,
    // LIH_LINT_MINIFY=0 keeps names, for reading a CPU profile.
    minify: process.env.LIH_LINT_MINIFY !== '0',
    legalComments: 'none',
    define: {...define, 'import.meta.url': '__lihImportMetaUrl'},
    logLevel: 'warning',
    // (hast-util-select and yaml evaluated on first use: ./src/engine/hast-select-on-demand.ts, ./src/engine/yaml-on-demand.ts.)
    alias: {...alias, 'hast-util-select': './src/engine/hast-select-on-demand.ts', yaml: './src/engine/yaml-on-demand.ts'},
    plugins: [lazyImports(lazy), asciiFirstClasses, patchDependencies],
    banner: {js: "const __lihImportMetaUrl = require('node:url').pathToFileURL(__filename).href;"}
  })
  // Written inside Node's CommonJS wrapper, which bin/lih-lint.js compiles as it is: wrapping it at
  // run time made a second string that V8 copied flat again, 0.76 MB of memory touched at start.
  await writeFile(`dist/${name}.cjs`, Module.wrap(asciiOnly(await readFile(`dist/${name}.cjs`, 'utf8'))))
}
async function sourceHash() {
  const hash = createHash('sha256')
  for (const folder of ['src', 'rules']) {
    for (const name of (await readdir(folder, {recursive: true})).sort()) {
      const path = `${folder}/${name}`
      if ((await stat(path)).isFile()) hash.update(path).update(await readFile(path))
    }
  }
  hash.update(await readFile('package-lock.json'))
  return hash.digest('hex').slice(0, 16)
}

// Data files read at run time sit beside the bundle, as they sit beside src/facts/load.ts.
await cp('src/facts/lih.yaml', 'dist/lih.yaml')
// The default registry, already checked by the tests, also as JSON: parsing YAML cost ~30 ms of
// every cold start. The loader uses it only while it is newer than the YAML beside it.
{
  const {parseDocument} = await import('yaml')
  const doc = parseDocument(await readFile('src/facts/lih.yaml', 'utf8'), {schema: 'core'})
  if (doc.errors.length > 0) throw new Error(`src/facts/lih.yaml: ${doc.errors[0].message}`)
  await writeFile('dist/lih.json', JSON.stringify(doc.toJS()))
}

// The spelling rule's word lists, expanded from the Hunspell dictionaries once, here, not per run.
{
  const {buildDictionaries} = await import('./build-dictionary.mjs')
  await buildDictionaries('dist')
}

// Warm the code cache once: the first run compiles what a lint needs and saves it (see bin/lih-lint.js).
{
  const {execFileSync} = await import('node:child_process')
  try {
    execFileSync(process.execPath, ['bin/lih-lint.js', 'fixtures/sample-release.md'], {stdio: 'ignore', env: {...process.env, LIH_LINT_WRITE_CODE_CACHE: '1'}})
  } catch {
    // Exit code 1 (the sample has findings) is expected; a missing cache only costs start-up time.
  }
  // The language server's bundle, over an editor's session on the sample.
  const {languageServerSession} = await import('./language-server-session.mjs')
  try {
    await languageServerSession('bin/lih-lint.js', 'fixtures/sample-release.md', {env: {...process.env, LIH_LINT_WRITE_CODE_CACHE: '1'}})
  } catch (error) {
    console.warn(`build: the language server's code cache was not written (${error.message}); it starts slower without`)
  }
}
