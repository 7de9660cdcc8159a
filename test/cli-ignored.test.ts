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

describe('paths matched against the ignore files', () => {
  it('are the paths in the project, also for a name that starts with two dots', async () => {
    const {findFiles} = await import('../src/cli/files.ts')
    const dir = mkdtempSync(join(tmpdir(), 'lih-lint-ignored-paths-'))
    mkdirSync(join(dir, 'releases/drafts'), {recursive: true})
    writeFileSync(join(dir, '.lihlintignore'), 'drafts/\n..notes.md\n')
    for (const name of ['releases/a.md', 'releases/drafts/b.md', '..notes.md']) writeFileSync(join(dir, name), sample)
    const inProject = (files: string[]) => files.map((file) => file.slice(dir.length + 1))
    expect(inProject((await findFiles(['releases'], dir)).files)).toEqual(['releases/a.md'])
    // Named (as pre-commit names staged files): “..notes.md” is in the project, and listed.
    const named = await findFiles(['..notes.md', 'releases/a.md'], dir)
    expect(inProject(named.files)).toEqual(['releases/a.md'])
    expect(inProject(named.ignored)).toEqual(['..notes.md'])
    // Run from a folder inside the project, the project's ignore file is not read.
    expect((await findFiles(['.'], join(dir, 'releases'))).files.length).toBe(2)
  })
})
