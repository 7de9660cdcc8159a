// Turns the command line's paths, globs and directories into the list of files to lint.
import {existsSync, lstatSync, readdirSync, readFileSync, statSync, type Dirent} from 'node:fs'
import {join, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {glob, isDynamicPattern} from 'tinyglobby'

export const extensions = ['md', 'markdown', 'txt', 'html', 'htm']
const ignoreFiles = ['.gitignore', '.lihlintignore']

export interface Discovery {
  files: string[]
  /** Arguments that matched nothing, to report as usage errors. */
  missing: string[]
  /** Files named on the command line that an ignore file lists (pre-commit passes every staged name). */
  ignored: string[]
}

export async function findFiles(args: string[], cwd = process.cwd()): Promise<Discovery> {
  const files = new Set<string>()
  const missing: string[] = []
  const skipped: string[] = []
  const ignored = ignoreFilter(cwd)
  for (const arg of args) {
    const absolute = resolve(cwd, arg)
    if (!isDynamicPattern(arg) && existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        for (const file of releasesUnder(absolute).sort()) if (!ignored(file)) files.add(file)
      } else {
        // Named files are ignored too when an ignore file lists them: pre-commit passes every staged
        // name, and a user who ignored a folder expects it skipped.
        if (!ignored(absolute)) files.add(absolute)
        else skipped.push(absolute)
      }
      continue
    }
    // A symbolic link that loops or leads nowhere: read it anyway, so the report says what is wrong with it.
    if (isBrokenLink(absolute)) {
      files.add(absolute)
      continue
    }
    if (isDynamicPattern(arg)) {
      const found = await glob(arg, {cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**']})
      const matching = found.filter((file) => !ignored(file))
      if (matching.length === 0) missing.push(arg)
      for (const file of matching.sort()) files.add(file)
      continue
    }
    missing.push(arg)
  }
  return {files: [...files], missing, ignored: skipped}
}

const releaseName = new RegExp(`\\.(?:${extensions.join('|')})$`)

/**
 * The releases in a folder and its subfolders, as tinyglobby finds `**\/*.{md,…}` there without
 * following symbolic links: regular files only, no dot files or dot folders, nothing in
 * node_modules, a folder that cannot be read skipped. A plain walk, because compiling and testing
 * that pattern took ~5 ms of every run given a folder (test/files.test.ts compares the two).
 */
function releasesUnder(folder: string): string[] {
  const found: string[] = []
  const walk = (path: string) => {
    let entries: Dirent[]
    try {
      entries = readdirSync(path, {withFileTypes: true})
    } catch {
      return
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const child = join(path, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(child)
      } else if (entry.isFile() && releaseName.test(entry.name)) found.push(child)
    }
  }
  walk(folder)
  return found
}

function isBrokenLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/** Reads .gitignore and .lihlintignore in the working directory (the project root in practice). */
function ignoreFilter(cwd: string): (file: string) => boolean {
  const filter: Ignore = ignore()
  let any = false
  for (const name of ignoreFiles) {
    const path = join(cwd, name)
    if (existsSync(path)) {
      filter.add(readFileSync(path, 'utf8'))
      any = true
    }
  }
  if (!any) return () => false
  return (file) => {
    const path = pathUnder(cwd, file)
    if (path === undefined) return false
    return filter.ignores(path.split(sep).join('/'))
  }
}

/**
 * `file` relative to the folder `cwd`, or undefined when it is not inside it. The paths here are
 * absolute and normalised (resolved or found under a resolved folder), so a prefix answers what
 * path.relative would, without resolving both paths again for each of a run's files.
 */
function pathUnder(cwd: string, file: string): string | undefined {
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep
  if (file.startsWith(prefix) && file.length > prefix.length) return file.slice(prefix.length)
  const path = relative(cwd, file)
  return path === '' || path === '..' || path.startsWith('..' + sep) ? undefined : path
}
