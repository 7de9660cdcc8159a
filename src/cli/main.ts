// The command line: flags → files → config per file → lint → report → exit code.
// Exit 0: no errors; 1: errors or too many warnings; 2: could not check.
import {closeSync, openSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {rules} from '../../rules/index.ts'
import {ConfigFinder} from '../config/load.ts'
import {DataFileError} from '../engine/data-file.ts'
import {renderRuleDoc} from '../engine/docs.ts'
import {writeGeneratedDocs} from '../engine/generated-docs.ts'
import {checkText, shownPath, unreadable} from '../engine/check-file.ts'
import {LintCache} from '../engine/cache.ts'
import {makeFolders} from '../engine/make-folders.ts'
import {utf8Batches, writeAll} from '../engine/write-all.ts'
import {setV8Flags} from '../engine/builtins.ts'
import {checkFiles} from '../engine/pool.ts'
import {serveFiles, workerFlag} from '../engine/worker.ts'
import {loadLanguageServer} from '../engine/lazy.ts'
import {addFindings, crossFindings} from '../engine/cross-release.ts'
import {fix} from '../engine/fix.ts'
import type {FixKind} from '../engine/rule.ts'
import {fixFiles} from './fix-files.ts'
import {hasInternalError, severityCounts, type LintMessage} from '../engine/lint.ts'
import {pack, summariesOf, unpack, type PackedFile} from '../engine/serialize.ts'
import {jsonChunks} from '../reporters/json.ts'
import {githubChunks} from '../reporters/github.ts'
import {reportStats} from '../reporters/stats.ts'
import {reportStylish} from '../reporters/stylish.ts'
import {fromRendered, streamStylishFrom, stylishChunks, type FileLayout, type FileList as StylishFileList} from '../reporters/stylish-stream.ts'
import type {RenderedFile} from '../reporters/json.ts'
import {wantsColor} from './color.ts'
import {drained, isTerminal, stopQuietlyOnBrokenPipe, write, type Output} from './output.ts'
import {heapGrowthFlags} from './heap-growth.ts'
import {flags, renderHelp} from './flags.ts'
import {findFiles} from './files.ts'
import {inShard, mergeReports, parseShard} from './shard.ts'
import {packageRoot, version} from './version.ts'

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>
  let positionals: string[]
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: Object.fromEntries(flags.map((flag) => [flag.name, {type: flag.type, ...(flag.short ? {short: flag.short} : {})}]))
    })
    values = parsed.values as Record<string, string | boolean | undefined>
    positionals = parsed.positionals
  } catch (error) {
    return fail(`${(error as Error).message.split('\n')[0]}; see \`lih-lint --help\``)
  }
  const debug = Boolean(values.debug)
  try {
    return await run(values, positionals)
  } catch (error) {
    if (error instanceof DataFileError) return fail(error.message)
    if (error instanceof UsageError) return fail(error.message)
    return fail(`internal error: ${(error as Error)?.message ?? error}`, debug ? (error as Error)?.stack : undefined)
  }
}

async function run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  if (values.help) return print(renderHelp(version))
  if (values.lsp) {
    // The language server is loaded only here: linting files never pays for vscode-languageserver.
    const {startServer} = await loadLanguageServer()
    for (const output of [process.stdout, process.stderr]) stopQuietlyOnBrokenPipe(output)
    await startServer({configPath: values.config as string | undefined, factsPath: typeof values.facts === 'string' ? resolve(values.facts) : undefined})
    return 0
  }
  if (values.version) return print(version)
  if (values['list-rules']) {
    return print(rules.map((rule) => `${rule.id.padEnd(28)}${(rule.recommended === false ? 'off' : rule.severity).padEnd(9)}${rule.summary}`).join('\n'))
  }
  if (typeof values.explain === 'string') {
    const rule = rules.find((candidate) => candidate.id === values.explain)
    if (!rule) throw new UsageError(`Unknown rule \`${values.explain}\`; \`lih-lint --list-rules\` lists them`)
    return print(renderRuleDoc(rule))
  }
  if (values['write-rule-docs']) {
    await writeGeneratedDocs(packageRoot(), rules)
    return 0
  }
  const format = (values.format as string | undefined) ?? 'stylish'
  if (!formats.includes(format)) throw new UsageError(`Unknown format \`${format}\`; use ${formats.map((name) => `\`${name}\``).join(', ')}`)
  const outputPath = typeof values.output === 'string' ? resolve(values.output) : undefined
  if (values.output === '') throw new UsageError('`--output` takes a file name, such as `--output lih-lint.sarif`')
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings'])
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError('`--max-warnings` takes a whole number, such as `--max-warnings 0`')
  }
  const reporting = {outputPath, quiet: Boolean(values.quiet), stats: Boolean(values.stats), maxWarnings}
  if (positionals[0] === 'merge-reports') {
    if (positionals.length < 2) throw new UsageError('`lih-lint merge-reports` takes the JSON reports to merge, such as `lih-lint merge-reports shard-*.json`')
    let merged: VFile[]
    try {
      merged = mergeReports(positionals.slice(1))
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
    // The merged report is JSON unless another format is asked for; the exit code is a whole run's.
    return report({length: merged.length, at: (index) => merged[index]}, {...reporting, format: (values.format as string | undefined) ?? 'json'})
  }
  if (positionals.length === 0) throw new UsageError('No files given; try `lih-lint releases/` or `lih-lint --help`')
  const shard = typeof values.shard === 'string' ? parseShard(values.shard) : undefined
  if (values.shard !== undefined && !shard) throw new UsageError('`--shard` takes this job\'s number and the number of jobs, such as `--shard 1/4`')

  const fixing = Boolean(values.fix || values['fix-dry-run'])
  // --fix rewrites files and reports what is left: it neither reads nor fills the cache.
  const cache = !fixing && (values.cache || values['cache-location']) ? new LintCache(resolve((values['cache-location'] as string | undefined) ?? 'node_modules/.cache/lih-lint/cache'), version) : undefined
  const finder = new ConfigFinder({
    configPath: values.config as string | undefined,
    factsPath: typeof values.facts === 'string' ? resolve(values.facts) : undefined,
    checkedRegistries: cache?.checkedRegistries
  })
  // Load the working directory's config now, so a broken config or registry stops the run with exit 2 at once.
  finder.forFile(typeof values.config === 'string' ? undefined : resolve('stdin'))

  const inputs = positionals.filter((arg) => arg !== '-')
  const discovery = await findFiles(inputs)
  if (shard) discovery.files = discovery.files.filter((file) => inShard(file, shard))
  const readStdin = positionals.includes('-')
  // Only ignored files named (a pre-commit run whose staged releases are all in .lihlintignore): nothing to do.
  if (discovery.files.length === 0 && discovery.missing.length === 0 && !readStdin && discovery.ignored.length > 0) return 0
  if (discovery.files.length === 0 && discovery.missing.length === 0 && !readStdin && !shard) throw new UsageError('No .md, .markdown, .txt, .html or .htm files found in the paths given')

  // Reports are held packed until the end (./serialize.ts): a run over thousands of files holds strings.
  const results: PackedFile[] = []
  // A path that matches nothing is reported on that path; the other files are still checked.
  for (const arg of discovery.missing) results.push(pack(unreadable(arg, 'No such file, folder or matching glob')))
  let couldNotCheck = discovery.missing.length > 0
  const fixTypes = parseFixTypes(values['fix-type'])
  if (values['fix-type'] !== undefined && !fixing) throw new UsageError('`--fix-type` goes with `--fix` or `--fix-dry-run`, such as `--fix --fix-type suggestion`')
  if (readStdin) {
    const name = typeof values['stdin-filename'] === 'string' ? resolve(values['stdin-filename']) : undefined
    const text = await readStream(process.stdin)
    if (values.fix) {
      // Text from stdin goes back to stdout, fixed; the report goes to stderr.
      const fixed = await fix(text, {path: name ? shownPath(name) : undefined, config: finder.forFile(name), types: fixTypes})
      write(1, fixed.text)
      // The fixer's last pass linted the fixed text, unless its 10 passes ran out.
      const file = fixed.final ?? (await checkText(fixed.text, name, finder))
      file.value = ''
      results.push(pack(file))
    } else results.push(pack(await checkText(text, name, finder)))
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout)
  if (timeout !== undefined && !(timeout > 0)) throw new UsageError('`--timeout` takes a number of seconds, such as `--timeout 60`')
  // Without --jobs the pool decides by the files it has to check (../engine/default-jobs.ts).
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError('`--jobs` takes a whole number of at least 1, such as `--jobs 2`')
  const v8Flags = heapGrowthFlags(discovery.files.length)
  if (fixing) setV8Flags(v8Flags)
  let notFixed = 0
  const checked = fixing
    ? await fixFiles(discovery.files, {finder, types: fixTypes, dryRun: !values.fix, writeDiff: (diff) => write(1, diff)}).then((run) => {
        if (run.interrupted) notFixed = discovery.files.length - run.files.length
        return run.files
      })
    : await checkFiles(discovery.files, {
        finderOptions: {configPath: values.config as string | undefined, factsPath: typeof values.facts === 'string' ? resolve(values.facts) : undefined},
        jobs,
        workerUrl: new URL('../bin/lih-lint.js', import.meta.url),
        workerArgv: [workerFlag],
        budget: timeout === undefined ? undefined : {base: timeout, perMegabyte: 0},
        v8Flags,
        cache
      })
  // One push per file: spread as arguments, ~120,000 files or more overflowed the stack.
  for (const file of checked) results.push(file)
  if (cache) saveCache(cache)
  // Cross-release rules compare the files of this run; a shard sees only its share, so its JSON
  // report carries each file's summary instead and `merge-reports` runs the pass over all of them.
  const found = shard ? new Map<string, LintMessage[]>() : crossFindings(results.map((packed) => ({summaries: summariesOf(packed)})), rules)
  // A JSON report to stdout takes a cached file's messages as they were written (with --output the
  // terminal also gets the stylish report, and --stats reads the messages).
  const copiesRendered = format === 'json' && !reporting.quiet && !reporting.outputPath && !reporting.stats
  // Each file unpacked when the report asks for it, with its cross-release findings (and its
  // summaries, which only a shard's report carries: the pass above has read them).
  const reported = (index: number): VFile => {
    const packed = results[index]
    const {rendered} = packed
    if (copiesRendered && rendered && !found.has(rendered.path)) {
      const file = new VFile({path: rendered.path})
      file.data.rendered = rendered
      if (shard) file.data.summaries = summariesOf(packed)
      return file
    }
    const file = unpack(packed, {summaries: Boolean(shard)})
    addFindings(file, found.get(file.path ?? ''))
    return file
  }
  // A file with cross-release findings has more messages than it was measured with, or than the cache's JSON report has.
  const withoutFindings = <Part extends {path: string}>(part: Part | undefined) => (part && !found.has(part.path) ? part : undefined)
  const layoutAt = (index: number) => withoutFindings(results[index].layout)
  const renderedAt = (index: number) => withoutFindings(results[index].rendered)
  // Only cached files have rows (--fix never uses the cache); a file that could not be checked,
  // which is reported as more than rows say, is never cached, and is checked for all the same.
  const rowsAt = (index: number) => {
    const layout = layoutAt(index)
    return layout?.rows && !results[index].failed ? (layout as Required<FileLayout>) : undefined
  }
  const code = await report({length: results.length, at: reported, layoutAt, renderedAt, rowsAt}, {...reporting, format, summaries: Boolean(shard)})
  if (notFixed > 0) {
    write(2, `lih-lint: interrupted; ${notFixed} file(s) were not looked at, every other file is either fixed or untouched\n`)
    return 130
  }
  return couldNotCheck ? 2 : code
}

/** The files of a run's report, each unpacked when asked for. */
interface ReportedFiles {
  length: number
  at(index: number): VFile
  /** The file's measures for a stylish report, if known (see ../reporters/stylish-stream.ts). */
  layoutAt?(index: number): FileLayout | undefined
  /** The file's JSON report, if it comes from the cache. */
  renderedAt?(index: number): RenderedFile | undefined
  /** The file's measures with its rows, if a stylish report may write it from them alone. */
  rowsAt?(index: number): Required<FileLayout> | undefined
}

interface ReportOptions {
  format: string
  outputPath: string | undefined
  quiet: boolean
  stats: boolean
  /** Keep each file's cross-release summary in a JSON report (a shard's). */
  summaries?: boolean
  maxWarnings: number | undefined
}

/**
 * Writes the report of the files and says the exit code: 2 when a file could not be checked, 1 on
 * errors or more warnings than allowed, else 0. Every report is written a file at a time, so no
 * more than one file's messages are unpacked at once (a stylish report of fewer than
 * `streamStylishFrom` files excepted): 10,000 releases report in the memory of one. Each file is
 * counted the first time it is read.
 */
async function report(files: ReportedFiles, options: ReportOptions): Promise<number> {
  const {format, outputPath, quiet} = options
  const tally = {errors: 0, warnings: 0}
  let couldNotCheck = false
  const counted = new Uint8Array(files.length)
  const count = (index: number, {errors, warnings}: {errors: number; warnings: number}, failed: boolean) => {
    counted[index] = 1
    tally.errors += errors
    tally.warnings += warnings
    if (failed) couldNotCheck = true
  }
  const fileAt = (index: number): VFile => {
    const file = files.at(index)
    // A cached file's messages come counted, as the JSON report wrote them (never a file that could not be checked).
    if (!counted[index]) count(index, file.data.rendered ?? severityCounts(file.messages), hasInternalError(file) || file.messages.some((message) => message.ruleId === 'fix'))
    return file
  }
  const shown: ReportedFiles = {length: files.length, at: (index) => (quiet ? onlyErrors(fileAt(index)) : fileAt(index))}
  function* inOrder(list: ReportedFiles): Generator<VFile> {
    for (let index = 0; index < list.length; index++) yield list.at(index)
  }
  // A streamed stylish report writes a file from its rows, or reads a cached file from its JSON report, not its packed one.
  const streamed: StylishFileList = {
    length: files.length,
    layoutAt: files.layoutAt,
    rowsAt: (index) => {
      const layout = files.rowsAt?.(index)
      if (layout && !counted[index]) count(index, {errors: layout.counts[0], warnings: layout.counts[1]}, false)
      return layout
    },
    at: (index) => {
      const rendered = files.renderedAt?.(index)
      if (!rendered) return shown.at(index)
      if (!counted[index]) count(index, rendered, false)
      // Unlike `shown`, with its warnings when quiet: the layout leaves them out itself.
      return fromRendered(rendered)
    }
  }
  if (options.stats) write(1, reportStats(inOrder({length: files.length, at: fileAt})) + '\n')
  const stylish = (color: boolean) => stylishReport(shown, streamed, {quiet, color})
  if (outputPath) await writeReportFile(outputPath, format === 'stylish' ? stylish(false) : await machineChunks(format, inOrder(shown), options.summaries))
  // With --output, the terminal still gets the stylish report.
  if (outputPath || format === 'stylish') {
    await writeChunks(stylish(wantsColor({isTTY: isTerminal(2)})), 2)
  } else {
    await writeChunks(await machineChunks(format, inOrder(shown), options.summaries), 1)
  }
  if (couldNotCheck) return 2
  if (tally.errors > 0) return 1
  if (options.maxWarnings !== undefined && tally.warnings > options.maxWarnings) return 1
  return 0
}

const formats = ['stylish', 'json', 'sarif', 'github']

/** The stylish report: from `streamStylishFrom` files, vfile-reporter's layout a file at a time (of `streamed`); fewer, vfile-reporter itself. */
function stylishReport(files: ReportedFiles, streamed: StylishFileList, options: {quiet: boolean; color: boolean}): Iterable<string | Uint8Array> {
  if (files.length >= streamStylishFrom) return stylishChunks(streamed, options)
  const text = reportStylish(Array.from({length: files.length}, (_, index) => files.at(index)), options)
  return text ? [text + '\n'] : []
}

/** A machine-readable report a file at a time; the SARIF reporter is loaded only when asked for. */
async function machineChunks(format: string, files: Iterable<VFile>, summaries = false): Promise<Iterable<string | Uint8Array>> {
  if (format === 'json') return withNewline(jsonChunks(files, {summaries}))
  if (format === 'sarif') return withNewline((await import('../reporters/sarif.ts')).sarifChunks(files, {version}))
  if (format === 'github') return githubChunks(files)
  throw new UsageError(`Unknown format \`${format}\``)
}

/** `--output`: the report written into the file as it is made; a file that cannot be written is a usage error. */
async function writeReportFile(path: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  const cannot = (error: unknown) => new UsageError(`Cannot write the report to ${shownPath(path)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  let fd: number
  try {
    makeFolders(dirname(path))
    fd = openSync(path, 'w')
  } catch (error) {
    throw cannot(error)
  }
  try {
    await writeChunks(chunks, (batch) => writeAll(fd, batch))
  } catch (error) {
    throw error instanceof UsageError ? error : cannot(error)
  } finally {
    closeSync(fd)
  }
}

/** A cache that cannot be written costs the next run time, not this run its report: a warning. */
function saveCache(cache: LintCache): void {
  try {
    cache.save()
  } catch (error) {
    write(2, `lih-lint: cannot write the cache ${shownPath(cache.location)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next run will check every file again\n`)
  }
}

function parseFixTypes(value: unknown): FixKind[] {
  if (value === undefined) return ['safe']
  if (value === 'safe') return ['safe']
  if (value === 'suggestion') return ['safe', 'suggestion']
  throw new UsageError('`--fix-type` takes `safe` (the default) or `suggestion` (also apply suggestions: titles, boilerplate, quoted speech)')
}

function* withNewline(chunks: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
  yield* chunks
  yield '\n'
}

/** Where a batch of report chunks goes: written before the next batch is made (./engine/write-all.ts reuses its block). */
type Sink = (batch: Uint8Array) => void | Promise<void>

/** Writes to stdout, stderr (./output.ts) or a sink in batches of about 64 kB, waiting when a slow reader asks to. */
async function writeChunks(chunks: Iterable<string | Uint8Array>, to: Output | Sink): Promise<void> {
  const sink = typeof to === 'function' ? to : outputSink(to)
  for (const batch of utf8Batches(chunks)) await sink(batch)
}

function outputSink(output: Output): Sink {
  return async (batch) => {
    write(output, batch)
    await drained(output)
  }
}

function onlyErrors(file: VFile): VFile {
  const copy = new VFile({path: file.path})
  copy.messages = file.messages.filter((message) => message.fatal === true)
  return copy
}

function print(text: string): number {
  write(1, text + '\n')
  return 0
}

function fail(message: string, stack?: string): number {
  write(2, `lih-lint: ${message}\n`)
  if (stack) write(2, stack + '\n')
  return 2
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

// Run when bundled as the bin's entry point (the bundle's only module with this marker).
if (process.env.LIH_LINT_NO_MAIN === undefined) {
  // A worker of this run's pool (../engine/worker.ts) serves files; anywhere else the flag is unknown.
  if (process.argv[2] !== workerFlag || !serveFiles()) {
    main(process.argv.slice(2)).then((code) => {
      process.exitCode = code
    })
  }
}
