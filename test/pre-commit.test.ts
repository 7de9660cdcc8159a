// lih-lint as a pre-commit hook, end to end with the real `pre-commit` program: a repository of
// releases uses the hook from a local clone of this repository (at its committed HEAD), pre-commit
// installs it the way it installs any node hook (npm install + prepare build, npm pack, a global
// install into its own environment), a commit with a bad release is refused with lih-lint's
// message, and a commit with a good one goes through.
import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.ts'

const preCommit = spawnSync('pre-commit', ['--version'], {encoding: 'utf8'})
const hasPreCommit = preCommit.status === 0
const isRepository = spawnSync('git', ['-C', root, 'rev-parse', 'HEAD'], {encoding: 'utf8'}).status === 0
const skipReason = !hasPreCommit ? 'pre-commit is not installed (apt-get install pre-commit; .ci/run installs it)' : !isRepository ? 'lih-lint is not a git checkout here' : ''
if (skipReason) console.warn(`test/pre-commit.test.ts skipped: ${skipReason}`)

function sh(command: string, args: string[], options: SpawnSyncOptions & {cwd: string}) {
  const result = spawnSync(command, args, {encoding: 'utf8', ...options})
  return {status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}`}
}

describe.skipIf(Boolean(skipReason))(`pre-commit hook (${hasPreCommit ? preCommit.stdout.trim() : skipReason})`, () => {
  it('refuses a commit with a bad release, with lih-lint\'s message, and lets a good one through', () => {
    const base = mkdtempSync(join(tmpdir(), 'lih-lint-pre-commit-'))
    const hookRepo = join(base, 'lih-lint')
    const project = join(base, 'releases')
    // pre-commit keeps its environments here, so the run does not depend on (or touch) ~/.cache.
    const env = {...process.env, PRE_COMMIT_HOME: join(base, 'pre-commit-home'), GIT_CONFIG_NOSYSTEM: '1', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false'}
    const git = (cwd: string, ...args: string[]) => {
      const result = sh('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {cwd, env})
      return result
    }

    expect(sh('git', ['clone', '--quiet', root, hookRepo], {cwd: base, env}).status).toBe(0)
    const rev = sh('git', ['rev-parse', 'HEAD'], {cwd: hookRepo, env}).output.trim()

    mkdirSync(project)
    expect(git(project, 'init', '--quiet').status).toBe(0)
    writeFileSync(join(project, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: lih-lint\n`)
    const install = sh('pre-commit', ['install'], {cwd: project, env})
    expect(install.status, install.output).toBe(0)
    // Install the hook's environment now, so a failure to install is told apart from a refused commit.
    const setup = sh('pre-commit', ['install-hooks'], {cwd: project, env, timeout: 540_000})
    expect(setup.status, setup.output).toBe(0)

    mkdirSync(join(project, 'news'))
    writeFileSync(join(project, 'news/2025-draft.md'), readFileSync(join(root, 'fixtures/sample-release.md')))
    writeFileSync(join(project, 'notes.py'), 'print("not a release")\n')
    git(project, 'add', '.')
    const refused = git(project, 'commit', '-m', 'Draft release')
    expect(refused.status, refused.output).not.toBe(0)
    expect(refused.output).toMatch(/lih-lint\.+Failed/)
    expect(refused.output).toContain('news/2025-draft.md')
    expect(refused.output).toContain('“Luxemburg Institute of Health” is a wrong form of “Luxembourg Institute of Health”')
    expect(refused.output).toContain('org-name-variant')
    expect(git(project, 'rev-parse', '--verify', '--quiet', 'HEAD').status).not.toBe(0)

    writeFileSync(join(project, 'news/2025-draft.md'), readFileSync(join(root, 'fixtures/good/lih-clinical-study.md')))
    git(project, 'add', '.')
    const accepted = git(project, 'commit', '-m', 'Good release')
    expect(accepted.status, accepted.output).toBe(0)
    expect(accepted.output).toMatch(/lih-lint\.+Passed/)
    expect(git(project, 'log', '--format=%s').output.trim()).toBe('Good release')
  }, 600_000)
})
