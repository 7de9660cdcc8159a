// Bundles the CLI into one ESM file: one file to read and compile is the largest start-up win on Node 20.
import {build} from 'esbuild'
import {createHash} from 'node:crypto'
import {cp, mkdir, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'

// Start clean: stale chunks from an earlier build would otherwise pile up in dist/chunks.
await rm('dist', {recursive: true, force: true})
await mkdir('dist', {recursive: true})
await build({
  entryPoints: {'lih-lint': 'src/cli/main.ts', 'lih-lint-worker': 'src/engine/worker.ts', 'lih-lint-api': 'src/index.ts'},
  outdir: 'dist',
  outExtension: {'.js': '.mjs'},
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  define: {
    __LIH_LINT_VERSION__: JSON.stringify(JSON.parse(await readFile('package.json', 'utf8')).version),
    // The cache keys on the code itself, so a changed rule never serves a stale report.
    __LIH_LINT_BUILD__: JSON.stringify(await sourceHash())
  },
  logLevel: 'warning',
  // CommonJS dependencies (yaml) call require() on Node built-ins.
  banner: {js: "import {createRequire as __lihCreateRequire} from 'node:module';const require = __lihCreateRequire(import.meta.url);"}
})
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
