// The package's version and folder, found the same way from the bundle (dist/) and from source (src/cli/).
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

declare const __LIH_LINT_VERSION__: string | undefined

export function packageRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(directory, 'package.json')) && dirname(directory) !== directory) directory = dirname(directory)
  return directory
}

export const version: string =
  typeof __LIH_LINT_VERSION__ === 'string' ? __LIH_LINT_VERSION__ : JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version
