// --fix on real files: atomic, mode kept, never over a file changed meanwhile, dry runs write
// nothing, suggestions only when asked, and an interrupted run leaves each file whole.
import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeAtomically} from '../src/cli/fix-files.ts'
import {ConfigFinder} from '../src/config/load.ts'
import {fix} from '../src/engine/fix.ts'
import {corpusPath, hasShared, root} from './helpers.ts'

const bin = join(root, 'bin/lih-lint.js')
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8'})
const sample = readFileSync(join(root, 'fixtures/sample-release.md'), 'utf8')

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lih-lint-fix-'))
  writeFileSync(join(dir, 'release.md'), sample)
  return dir
}

describe('--fix', () => {
  it('writes the safe fixes, keeps the mode, reports what is left, and a second run changes nothing', () => {
    const dir = workspace()
    chmodSync(join(dir, 'release.md'), 0o640)
    const first = run(['--fix', 'release.md'], dir)
    const fixed = readFileSync(join(dir, 'release.md'), 'utf8')
    expect(fixed).toContain('the edge of the tumour. Once there')
    expect(fixed).toContain('funded by the Luxembourg Institute of Health and')
    // A suggestion (the acronym at first mention) is reported, not applied.
    expect(fixed).toContain('\nLIH scientists have described')
    expect(first.stderr).toContain('“LIH” is used before the full name')
    expect(first.stderr).not.toContain('tumour.Once')
    expect(statSync(join(dir, 'release.md')).mode & 0o777).toBe(0o640)
    run(['--fix', 'release.md'], dir)
    expect(readFileSync(join(dir, 'release.md'), 'utf8')).toBe(fixed)
    expect(readdirSync(dir)).toEqual(['release.md'])
  })

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const dir = workspace()
    const result = run(['--fix-dry-run', 'release.md'], dir)
    expect(result.stdout).toContain('--- a/release.md')
    expect(result.stdout).toContain('-The study, published in a leading journal, shows that the cells are held back at the edge of the tumour.Once there')
    expect(readFileSync(join(dir, 'release.md'), 'utf8')).toBe(sample)
  })

  it('--fix-type suggestion also applies suggestions', () => {
    const dir = workspace()
    run(['--fix', '--fix-type', 'suggestion', 'release.md'], dir)
    expect(readFileSync(join(dir, 'release.md'), 'utf8')).toContain('\nLuxembourg Institute of Health (LIH) scientists have described')
  })

  it('does not overwrite a file that changed on disk since it was read', async () => {
    const dir = workspace()
    const path = join(dir, 'release.md')
    writeFileSync(path, 'someone saved this meanwhile\n')
    const problem = await writeAtomically(path, Buffer.from(sample), Buffer.from('fixed'))
    expect(problem).toMatch(/changed on disk while it was being fixed/)
    expect(readFileSync(path, 'utf8')).toBe('someone saved this meanwhile\n')
    expect(readdirSync(dir)).toEqual(['release.md'])
  })

  it.skipIf(!hasShared)('leaves every file untouched or completely fixed when killed mid-run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-lint-kill-'))
    cpSync(corpusPath, dir, {recursive: true})
    const files = readdirSync(dir, {recursive: true}).map(String).filter((name) => name.endsWith('.md'))
    const before = new Map(files.map((name) => [name, readFileSync(join(dir, name), 'utf8')]))
    const child = spawn(process.execPath, [bin, '--fix', '.'], {cwd: dir, stdio: 'ignore'})
    await new Promise((resolve) => setTimeout(resolve, 1500))
    child.kill('SIGTERM')
    const code = await new Promise((resolve) => child.on('exit', resolve))
    expect(code).toBe(130)
    const finder = new ConfigFinder()
    let changed = 0
    for (const name of files) {
      const now = readFileSync(join(dir, name), 'utf8')
      const original = before.get(name)!
      if (now === original) continue
      changed++
      const expected = await fix(original, {path: name, config: finder.forFile(join(dir, name))})
      expect(now, name).toBe(expected.text)
    }
    expect(changed).toBeGreaterThan(0)
    expect(readdirSync(dir, {recursive: true}).map(String).filter((name) => name.includes('.lih-lint-'))).toEqual([])
  }, 60_000)
})

describe.skipIf(!hasShared)('fixing real releases', () => {
  // That a fix touches only its reported range is checked where it can fail: the property suite
  // asserts every message's `actual` is exactly the source at its place, and edits apply there only.
  it('is idempotent on every corpus file', async () => {
    const finder = new ConfigFinder()
    for (const folder of readdirSync(corpusPath, {withFileTypes: true}).filter((entry) => entry.isDirectory())) {
      for (const name of readdirSync(join(corpusPath, folder.name))) {
        const path = join(corpusPath, folder.name, name)
        const text = readFileSync(path, 'utf8')
        const once = await fix(text, {path, config: finder.forFile(path)})
        const twice = await fix(once.text, {path, config: finder.forFile(path)})
        expect(twice.text, path).toBe(once.text)
      }
    }
  }, 120_000)
})
