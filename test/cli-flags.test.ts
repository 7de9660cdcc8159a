// Flags that only make sense together, and the formats --help offers.
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.ts'

const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/lih-lint.js'), ...args], {cwd: root, encoding: 'utf8'})

describe('CLI flags', () => {
  it('refuses --fix-type without --fix or --fix-dry-run, saying what to write', () => {
    const result = run('--fix-type', 'suggestion', 'fixtures/sample-release.md')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('`--fix-type` goes with `--fix` or `--fix-dry-run`')
  })

  it('names every format when one is unknown, and --help lists them', () => {
    const result = run('--format', 'checkstyle', 'fixtures/sample-release.md')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('use `stylish`, `json`, `sarif`, `github`')
    expect(run('--help').stdout).toMatch(/--format NAME +Report format: stylish \(default\), json, sarif/)
    expect(run('--help').stdout).toMatch(/--lsp +Run as a language server/)
  })
})
