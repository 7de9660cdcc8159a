// mkdir -p, one folder at a time: Node's recursive mkdir spins for ever under /proc (Node 20), so
// a report or cache placed there would hang the run instead of failing with a reason.
import {existsSync, mkdirSync} from 'node:fs'
import {dirname} from 'node:path'

export function makeFolders(folder: string): void {
  const missing: string[] = []
  for (let current = folder; !existsSync(current); current = dirname(current)) {
    missing.unshift(current)
    if (dirname(current) === current) break
  }
  for (const each of missing) {
    try {
      mkdirSync(each)
    } catch (error) {
      // Made meanwhile by another run: what was wanted.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}
