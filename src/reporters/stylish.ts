// The default report, by vfile-reporter, as remark-lint users know it.
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

export function reportStylish(files: VFile[], options: {quiet?: boolean; color?: boolean}): string {
  return reporter(files, {quiet: options.quiet, silent: options.quiet, color: options.color, verbose: false})
}
