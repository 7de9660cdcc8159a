// Checks one file from disk: read, decode, find its config, lint. Shared by the CLI's in-process
// path and the worker threads, so both report a file the same way.
import {readFileSync} from 'node:fs'
import {relative, sep} from 'node:path'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {ConfigFinder} from '../config/load.ts'
import {DataFileError} from './data-file.ts'
import {lint} from './lint.ts'
import {decodeSource, type Source} from './read-source.ts'

declare module 'vfile' {
  interface DataMap {
    /** How the file was encoded on disk, so `--fix` writes it back the same way. */
    encoding: Source['encoding']
  }
}

/**
 * The path a report shows for a file: relative to the working directory. The cache keys its entries
 * by it too (./pool.ts), as it is part of the report.
 */
export function shownPath(path: string, cwd = process.cwd()): string {
  // A normal path under the working folder (then normal too, as the path's start) is its own tail:
  // path.relative normalises both paths first, ~20 µs a call in code run for the first time (~6 ms
  // of a warm run over the corpus).
  if (sep === '/' && path.startsWith(cwd) && path[cwd.length] === '/' && !unusual.test(path)) return path.slice(cwd.length + 1)
  return relative(cwd, path) || path
}

/** What path.relative would normalise away: `.` or `..` segments, doubled or trailing slashes, or a path that is not absolute. */
const unusual = /\/\.{0,2}(?:\/|$)|^[^/]/

export async function checkFile(path: string, finder: ConfigFinder, cwd = process.cwd()): Promise<VFile> {
  const read = await readRelease(path, cwd)
  if ('problem' in read) return read.problem
  const file = await checkText(read.text, path, finder, cwd)
  return withEncoding(file, read.source)
}

/** A file's bytes and decoded text, or the report saying in words why it cannot be read. */
export async function readRelease(path: string, cwd = process.cwd()): Promise<{bytes: Buffer; text: string; source: Source} | {problem: VFile}> {
  const shown = shownPath(path, cwd)
  let bytes: Buffer
  try {
    // Read synchronously: files are checked one after another on each thread, and an asynchronous
    // read left the thread idle for 4% of a corpus run, waiting for libuv's thread pool.
    bytes = readFileSync(path)
  } catch (error) {
    return {problem: unreadable(shown, readProblem(error as NodeJS.ErrnoException))}
  }
  const source = decodeSource(bytes)
  if (source.text === undefined) return {problem: unreadable(shown, `The file ${source.problem}`)}
  return {bytes, text: source.text, source}
}

/** Records how the file was encoded (for --fix) and notes an encoding worth changing. */
export function withEncoding(file: VFile, source: Source): VFile {
  file.data.encoding = source.encoding
  if (source.warning) file.message(`The file ${source.warning}`, {ruleId: 'input', source: 'lih-lint'}).fatal = false
  return file
}

/** Lints text that belongs to `path` (or to stdin when absent) with the config found for it. */
export async function checkText(text: string, path: string | undefined, finder: ConfigFinder, cwd = process.cwd()): Promise<VFile> {
  const shown = path ? shownPath(path, cwd) : undefined
  let config
  try {
    config = finder.forFile(path)
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error
    return unreadable(shown ?? 'stdin', error.message, 'config')
  }
  // Reports name files as the user typed them: relative to the working directory.
  const {file} = await lint(text, {path: shown, config})
  // Reports need the messages, not the text: a run over thousands of files must not keep them all.
  file.value = ''
  return file
}

/** Says in words why the system could not read a file. */
export function readProblem(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'The file no longer exists (was it deleted during the run?)'
    case 'EACCES':
    case 'EPERM':
      return 'The file cannot be read: permission denied'
    case 'EISDIR':
      return 'This is a folder, not a file'
    case 'ELOOP':
      return 'The path is a symbolic link that loops'
    default:
      return `The file cannot be read (${error.code ?? error.message})`
  }
}

/** A file that could not be checked, with one fatal message saying why. */
export function unreadable(path: string, why: string, ruleId = 'unreadable'): VFile {
  const file = new VFile({path})
  const message = new VFileMessage(why, {ruleId, source: 'lih-lint'})
  message.fatal = true
  message.file = path
  file.messages.push(message)
  return file
}
