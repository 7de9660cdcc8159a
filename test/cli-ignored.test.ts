// pre-commit and lint-staged pass every staged name: a named file an ignore file lists is skipped,
// and a run where every named file is ignored passes quietly instead of failing as a usage error.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.ts'

const bin = join(root, 'bin/lih-lint.js')
const sample = readFileSync(join(root, 'fixtures/sample-release.md'), 'utf8')

describe('named files listed in .lihlintignore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lih-lint-ignored-'))
  mkdirSync(join(dir, 'drafts'))
  writeFileSync(join(dir, '.lihlintignore'), 'drafts/\n')
  writeFileSync(join(dir, 'drafts/old.md'), sample)
  writeFileSync(join(dir, 'release.md'), sample)
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], {cwd: dir, encoding: 'utf8'})

  it('pass quietly when every named file is ignored', () => {
    const result = run('drafts/old.md')
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
  })

  it('are skipped beside files that are checked', () => {
    const result = run('drafts/old.md', 'release.md')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('release.md')
    expect(result.stderr).not.toContain('drafts/old.md')
  })
})
