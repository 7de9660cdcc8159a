// `--fix` and `--fix-dry-run` on files: fix in memory (src/engine/fix.ts), then write atomically —
// a temporary file in the same folder, renamed over the original, keeping its mode — and never
// over a file that changed on disk since it was read.
import {basename, dirname, join} from 'node:path'
import {createTwoFilesPatch} from 'diff'
import type {VFile} from 'vfile'
import type {ConfigFinder} from '../config/load.ts'
import {loadFsPromises} from '../engine/builtins.ts'
import {readRelease, shownPath, unreadable, withEncoding} from '../engine/check-file.ts'
import {DataFileError} from '../engine/data-file.ts'
import {fix} from '../engine/fix.ts'
import {lint} from '../engine/lint.ts'
import {encodeSource} from '../engine/read-source.ts'
import {pack, type PackedFile} from '../engine/serialize.ts'
import type {FixKind} from '../engine/rule.ts'

export interface FixFilesOptions {
  finder: ConfigFinder
  types: FixKind[]
  dryRun: boolean
  /** Where the dry run's unified diff goes. */
  writeDiff: (text: string) => void
  cwd?: string
}

/**
 * Fixes each file and reports the text as it is left on disk (the fixer's own last lint of it), for
 * an honest report and exit code; each report is packed as soon as it is made
 * (../engine/serialize.ts), as a lint run holds them. Ctrl-C
 * or SIGTERM stops after the file being written, so every file is either untouched or fully fixed.
 */
export async function fixFiles(paths: string[], options: FixFilesOptions): Promise<{files: PackedFile[]; interrupted: boolean}> {
  let interrupted = false
  const stop = () => {
    interrupted = true
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  const files: PackedFile[] = []
  try {
    for (const path of paths) {
      if (interrupted) break
      files.push(pack(await fixFile(path, options)))
    }
  } finally {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
  return {files, interrupted}
}

async function fixFile(path: string, options: FixFilesOptions): Promise<VFile> {
  const cwd = options.cwd ?? process.cwd()
  const shown = shownPath(path, cwd)
  const read = await readRelease(path, cwd)
  if ('problem' in read) return read.problem
  const {bytes, source, text} = read
  let config
  try {
    config = options.finder.forFile(path)
  } catch (error) {
    if (error instanceof DataFileError) return unreadable(shown, error.message, 'config')
    throw error
  }
  const fixed = await fix(text, {path: shown, config, types: options.types})
  if (fixed.text !== text) {
    if (options.dryRun) {
      options.writeDiff(createTwoFilesPatch(`a/${shown}`, `b/${shown}`, text, fixed.text, undefined, undefined, {context: 3}))
    } else {
      const problem = await writeAtomically(path, bytes, encodeSource(fixed.text, source.encoding))
      if (problem) {
        const file = fixed.original
        file.value = ''
        file.message(problem, {ruleId: 'fix', source: 'lih-lint'}).fatal = true
        return file
      }
    }
  }
  // The report describes the text as it now is on disk (or would be, for a dry run): a report the
  // fixer made already, a third to a half of the work of fixing a file.
  const file = options.dryRun ? fixed.original : (fixed.final ?? (await lint(fixed.text, {path: shown, config})).file)
  file.value = ''
  return withEncoding(file, source)
}

let temporaries = 0

/**
 * Writes `data` over `path` only if the file still holds `expected` (someone may have saved it
 * meanwhile); the temporary file sits in the same folder so the rename is atomic, and gets the
 * original's mode. Returns a problem in words, or undefined when written.
 */
export async function writeAtomically(path: string, expected: Uint8Array, data: Uint8Array): Promise<string | undefined> {
  // Unique to this process, moment and write (and created with `wx`, so never over another's file): a
  // random name loaded node:crypto, ~6 ms of a pre-commit hook's --fix.
  const temporary = join(dirname(path), `.${basename(path)}.lih-lint-${process.pid}-${Date.now().toString(36)}-${++temporaries}.tmp`)
  const {chmod, readFile, rename, stat, unlink, writeFile} = loadFsPromises()
  try {
    const {mode} = await stat(path)
    await writeFile(temporary, data, {mode, flag: 'wx'})
    await chmod(temporary, mode)
    const current = await readFile(path)
    if (!current.equals(expected)) {
      await unlink(temporary)
      return 'The file changed on disk while it was being fixed; it was left as it is — run lih-lint --fix again'
    }
    await rename(temporary, path)
    return undefined
  } catch (error) {
    await unlink(temporary).catch(() => {})
    return `The fixed file could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); it was left as it is`
  }
}
