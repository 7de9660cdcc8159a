// npm run bench: lih-lint beside textlint, alex and remark on the same files, commands alternated
// so that machine drift cancels; prints medians and ratios as a Markdown table.
import {execFileSync, spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {languageServerSession} from '../scripts/language-server-session.mjs'

const bench = fileURLToPath(new URL('.', import.meta.url))
const root = join(bench, '..')
const corpus = join(root, '../shared/corpus')
const bin = (name) => join(bench, 'node_modules/.bin', name)
const lihLint = join(root, 'bin/lih-lint.js')
const rounds = Number(process.env.BENCH_ROUNDS ?? 7)
// BENCH_ONLY=cache,growth runs only those tables (cold, throughput, cache, growth, memory, editor):
// a second measurement of one table without the twelve minutes of the rest.
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim())
const wanted = (table) => !only || only.includes(table)

if (!existsSync(join(bench, 'node_modules'))) {
  console.error('Installing the peers (bench/package.json) …')
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {cwd: bench, stdio: 'inherit'})
}
if (!existsSync(join(root, 'dist/lih-lint.mjs'))) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'})

const work = mkdtempSync(join(tmpdir(), 'lih-lint-bench-'))
const files = prepareCorpus()
const words = files.reduce((sum, file) => sum + readFileSync(file, 'utf8').split(/\s+/).filter(Boolean).length, 0)
const typical = typicalRelease(files)

/** Runs `command` and returns wall seconds, and CPU seconds (user + system, every thread) and peak RSS (MB) read from /usr/bin/time when present. */
function measure(command, args, options = {}) {
  const timed = existsSync('/usr/bin/time')
  const started = process.hrtime.bigint()
  // The output goes through a pipe, as in CI, but stays bytes: decoding a 2 MB JSON report into a
  // string this script never reads took ~19 ms, which was timed as the command's.
  const result = timed
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', command, ...args], {cwd: options.cwd ?? work, maxBuffer: 1 << 30})
    : spawnSync(command, args, {cwd: options.cwd ?? work, maxBuffer: 1 << 30})
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const stderr = result.stderr.toString()
  const [kilobytes, user, system] = timed ? stderr.trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN]
  const rss = kilobytes / 1024
  const cpu = user + system
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${stderr.slice(-500)}`)
  return {seconds, rss, cpu}
}

/** Alternates the commands `times` times; returns the median seconds and CPU seconds and the highest RSS of each. */
function race(commands, times = rounds) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
  const cpu = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
  const rss = Object.fromEntries(Object.keys(commands).map((name) => [name, 0]))
  for (let round = 0; round < times; round++) {
    for (const [name, command] of Object.entries(commands)) {
      command.before?.()
      const result = measure(...command.run)
      samples[name].push(result.seconds)
      cpu[name].push(result.cpu)
      rss[name] = Math.max(rss[name], result.rss)
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, {seconds: median(list), cpu: median(cpu[name]), rss: rss[name]}]))
}

const node = process.execPath
const peers = (target) => ({
  textlint: {run: [bin('textlint'), ['--config', join(bench, '.textlintrc.json'), target]]},
  alex: {run: [bin('alex'), [target]]},
  'remark + readability': {run: [bin('remark'), ['--rc-path', join(bench, '.remarkrc.mjs'), '--no-stdout', '--quiet', target]]}
})

const out = []
const table = (title, rows, baseline) => {
  // CPU: every thread's, so that a run that keeps more than one core busy shows it (cores = CPU / wall).
  out.push(`\n### ${title}\n`, '| command | median | ratio | CPU (cores busy) | peak RSS |', '| --- | --- | --- | --- | --- |')
  for (const [name, row] of Object.entries(rows)) {
    const ratio = baseline ? ` ${(row.seconds / rows[baseline].seconds).toFixed(2)}×` : ''
    const cpu = Number.isNaN(row.cpu) ? '–' : `${row.cpu.toFixed(2)} s (${(row.cpu / row.seconds).toFixed(2)})`
    out.push(`| ${name} | ${row.seconds.toFixed(3)} s${row.extra ?? ''} |${ratio} | ${cpu} | ${Number.isNaN(row.rss) ? '–' : `${row.rss.toFixed(0)} MB`} |`)
  }
}

// Cold start: one typical release. Four times the rounds (a round takes ~3 s): a start is short
// enough that one slow moment of the machine moved the median by 25% in a run of five rounds.
if (wanted('cold')) {
  const coldRounds = rounds * 4
  const cold = race(
    {
      'node -e ""': {run: [node, ['-e', '']]},
      'lih-lint (recommended)': {run: [node, [lihLint, '--jobs', '1', typical]]},
      ...peers(typical)
    },
    coldRounds
  )
  table(`Cold start: one release (${typical.replace(work + '/', '')}), vs \`node -e ""\`, ${coldRounds} rounds`, cold, 'node -e ""')
}

// Throughput over the corpus.
const corpusDir = join(work, 'corpus')
if (wanted('throughput')) {
  const lintCorpus = (...options) => [lihLint, '--format', 'json', ...options, corpusDir]
  const shellWord = (arg) => `'${arg.replaceAll("'", `'\\''`)}'`
  const shard = (part) => [node, ...lintCorpus('--jobs', '1', '--shard', part)].map(shellWord).join(' ') + ' >/dev/null'
  const noHelpers = 'lih-lint, 1 thread, no V8 helper threads (node --single-threaded)'
  const throughput = race({
    'lih-lint, 1 thread': {run: [node, lintCorpus('--jobs', '1')]},
    'lih-lint, --jobs 2 (this thread + 1 worker)': {run: [node, lintCorpus('--jobs', '2')]},
    // What two cores allow, whatever the threading: two processes sharing nothing, each with half
    // the files, and one thread without V8's helper threads (the least CPU the corpus takes).
    // A bare `wait` exits 0 whatever the shards did: each status is waited for and the worse kept, so
    // a shard that fails stops the bench as any other command does. Peak RSS is the larger process's.
    'two processes at once, half the files each (--shard; peak RSS of one)': {
      run: ['sh', ['-c', `${shard('1/2')} & first=$!; ${shard('2/2')}; second=$?; wait $first; first=$?; exit $((first > second ? first : second))`]]
    },
    [noHelpers]: {run: [node, ['--single-threaded', ...lintCorpus('--jobs', '1')]]},
    ...peers(corpusDir)
  })
  for (const row of Object.values(throughput)) row.extra = ` (${(files.length / row.seconds).toFixed(1)} files/s, ${Math.round(words / row.seconds)} words/s)`
  table(`Throughput: ${files.length} releases, ${words} words`, throughput, 'lih-lint, 1 thread')
  // One thread already keeps more than one core busy (V8 compiles and collects on helper threads);
  // two threads can at best share the least CPU the work takes, half each.
  const ceiling = throughput['lih-lint, 1 thread'].seconds / (throughput[noHelpers].cpu / 2)
  if (Number.isFinite(ceiling)) out.push('', `Two threads on this machine at best: ${ceiling.toFixed(2)}× one thread (its time against half the CPU of the run without helper threads).`)
}

// Cache: cold, warm, one file changed, registry changed.
if (wanted('cache')) {
  const cacheFile = join(work, 'cache')
  const facts = join(work, 'facts.yaml')
  cpSync(join(root, 'src/facts/lih.yaml'), facts)
  const cached = [node, [lihLint, '--jobs', '1', '--format', 'json', '--facts', facts, '--cache', '--cache-location', cacheFile, corpusDir]]
  // The same warm run as a user at a terminal sees it: the default (stylish) report, ~5,400 messages.
  const cachedStylish = [node, cached[1].filter((arg, index, args) => arg !== '--format' && args[index - 1] !== '--format')]
  const cacheRows = race({
    'cold (no cache)': {before: () => rmSync(cacheFile, {force: true}), run: cached},
    warm: {run: cached},
    'warm, default report (stylish)': {run: cachedStylish},
    'one file changed': {before: () => writeFileSync(files[0], readFileSync(files[0], 'utf8') + '\n'), run: cached},
    // A new accepted word: every file's report may change, so nothing may come from the cache.
    'registry changed': {before: () => writeFileSync(facts, readFileSync(facts, 'utf8').replace(/^words: \[/m, `words: [Bench${Math.random().toString(36).slice(2)}, `)), run: cached}
  })
  table('Cache (`--cache`)', cacheRows, 'cold (no cache)')
}

// Growth: one release repeated in one file.
if (wanted('growth')) {
  const growth = {}
  for (const times of [1, 4, 16]) {
    const path = join(work, `growth-${times}.md`)
    writeFileSync(path, Array.from({length: times}, () => readFileSync(typical, 'utf8')).join('\n\n'))
    growth[`${times}×`] = {run: [node, [lihLint, '--jobs', '1', path]]}
  }
  table('Growth: one release repeated in one file (time should grow linearly)', race(growth), '1×')
}

// Memory: 10,000 generated releases in one run — the house's own fixtures (clean ones and ones with
// the defects an editor finds), over and over, each made distinct — with one thread and with workers.
// BENCH_MEMORY=0 skips it.
if (wanted('memory') && process.env.BENCH_MEMORY !== '0') {
  const many = join(work, 'many')
  const templates = listMarkdown(join(root, 'fixtures')).filter((path) => !/\/(golden|fuzz|registries)\//.test(path)).map((path) => readFileSync(path, 'utf8'))
  for (let index = 0; index < 10_000; index++) {
    const folder = join(many, String(Math.floor(index / 1000)))
    if (index % 1000 === 0) mkdirSync(folder, {recursive: true})
    writeFileSync(join(folder, `${index}.md`), `${templates[index % templates.length]}\n\nRelease ${index}.\n`)
  }
  const rows = {}
  const workers = String(Math.max(2, cpus().length))
  // The default report (stylish, to stderr) as a user runs it, and the JSON report CI reads.
  for (const format of ['stylish', 'json']) {
    for (const jobs of ['1', workers]) {
      const result = measure(node, [lihLint, '--jobs', jobs, ...(format === 'json' ? ['--format', 'json'] : []), many])
      rows[`10,000 releases, ${format}, --jobs ${jobs}`] = {...result, extra: ` (${(10_000 / result.seconds).toFixed(1)} files/s)`}
    }
  }
  // A first --cache run holds, besides every file's packed report, what the cache keeps of each.
  const cacheFile = join(work, 'many-cache')
  rmSync(cacheFile, {force: true})
  const cached = measure(node, [lihLint, '--jobs', workers, '--cache', '--cache-location', cacheFile, many])
  rows[`10,000 releases, stylish, --jobs ${workers}, first --cache run`] = {...cached, extra: ` (${(10_000 / cached.seconds).toFixed(1)} files/s)`}
  table(`Memory: 10,000 generated releases (${templates.length} fixtures, varied) in one run (target: peak RSS ≤ 200 MB)`, rows)
}

// Editor: re-lint in a warm process (the language server's path).
if (wanted('editor')) {
  const editor = execFileSync(node, [join(bench, 'editor.mjs'), typical], {encoding: 'utf8'}).trim()
  out.push('\n### Editor: re-lint of one release in a running process\n', editor)
  // And the wait when an editor starts the server: its answer to `initialize`, then the first
  // diagnostics of the release it opens.
  const starts = []
  for (let round = 0; round < Math.max(rounds, 5); round++) starts.push(await languageServerSession(lihLint, typical))
  const medianOf = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
  out.push(`\nEditor start (\`lih-lint --lsp\`, cold, ${starts.length} rounds): \`initialize\` answered after ${medianOf(starts.map((time) => time.initialize)).toFixed(0)} ms, first diagnostics after ${medianOf(starts.map((time) => time.diagnostics)).toFixed(0)} ms (median)`)
}

console.log(`## lih-lint bench — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${rounds} rounds (medians)`)
console.log(out.join('\n'))
rmSync(work, {recursive: true, force: true})

function prepareCorpus() {
  const target = join(work, 'corpus')
  if (existsSync(corpus)) {
    cpSync(corpus, target, {recursive: true})
  } else {
    // No ../shared here: generate releases from a template so the bench still runs.
    cpSync(join(root, 'fixtures'), target, {recursive: true})
  }
  return listMarkdown(target)
}

function listMarkdown(dir) {
  return readdirSync(dir, {recursive: true}).map((name) => join(dir, name)).filter((path) => /\.(md|txt)$/.test(path) && statSync(path).isFile() && !path.endsWith('SOURCES.md'))
}

function typicalRelease(list) {
  const sized = list.map((path) => [path, statSync(path).size]).sort((a, b) => a[1] - b[1])
  return sized[Math.floor(sized.length / 2)][0]
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
