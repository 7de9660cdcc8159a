// The cross-release pass end to end: one run over several releases reports on the file and line
// concerned and names the other file; shards, workers, the cache and control comments agree with it.
import {spawnSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, workspace} from './helpers.ts'

const bin = join(root, 'bin/lih-lint.js')
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8'})

const release = (date: string, title: string, about: string, extra = '') =>
  `---\ndate: ${date}\n---\n\n# News of ${date}\n\n${extra}“The trial reached every clinic in the country this month,” said Dr Jane Roe, ${title}.\n\n## About Acme Labs\n\n${about}\n`
const oldAbout = 'Acme Labs is a public research centre based in Esch.'
const newAbout = 'Acme Labs is a public research centre in Esch and Belval.'

function releases(): string {
  return workspace({
    'news/2025-01.md': release('2025-01-10', 'Head of Research', oldAbout),
    'news/2025-03.md': release('2025-03-10', 'Head of Research', newAbout),
    // Goes back to the old About text, and calls her something else once.
    'news/2025-05.md': release('2025-05-10', 'Chief Science Officer', oldAbout),
    'news/2025-07.md': release('2025-07-10', 'Head of Research', newAbout)
  })
}

type Reported = Array<{path: string; messages: Array<{ruleId: string; line: number; column: number; reason: string}>}>
const consistency = (report: Reported) =>
  report.flatMap((file) => file.messages.filter((message) => message.ruleId === 'consistency').map((message) => `${file.path}:${message.line}:${message.column}: ${message.reason}`)).sort()

describe('the consistency pass', () => {
  it('reports the release out of line, on its own lines, naming the other releases', () => {
    const dir = releases()
    const result = run(['--format', 'json', 'news'], dir)
    expect(consistency(JSON.parse(result.stdout))).toEqual([
      'news/2025-05.md:11:1: This “About Acme Labs” section is an older text (as in news/2025-01.md); news/2025-03.md (2025-03-10) already has the new one: “in Esch and Belval” became “based in Esch”',
      'news/2025-05.md:7:79: Dr Jane Roe is “Chief Science Officer” here but “Head of Research” in news/2025-03.md and news/2025-07.md, the releases just before and after; releases give one title'
    ])
  })

  it('needs the other releases: one file alone has nothing to compare', () => {
    const dir = releases()
    expect(consistency(JSON.parse(run(['--format', 'json', 'news/2025-05.md'], dir).stdout))).toEqual([])
  })

  it('gives the same findings on worker threads, from the cache, and from merged shard reports', () => {
    const dir = releases()
    const whole = consistency(JSON.parse(run(['--format', 'json', '--jobs', '1', 'news'], dir).stdout))
    expect(whole).toHaveLength(2)
    expect(consistency(JSON.parse(run(['--format', 'json', '--jobs', '2', 'news'], dir).stdout))).toEqual(whole)
    run(['--cache', '--format', 'json', 'news'], dir)
    expect(consistency(JSON.parse(run(['--cache', '--format', 'json', 'news'], dir).stdout))).toEqual(whole)
    const shards = [1, 2, 3].map((index) => {
      const path = join(dir, `shard-${index}.json`)
      const shard = run(['--shard', `${index}/3`, '--format', 'json', 'news'], dir)
      // A shard sees only its share: it reports no cross-release findings of its own.
      expect(consistency(JSON.parse(shard.stdout))).toEqual([])
      writeFileSync(path, shard.stdout)
      return path
    })
    const merged = JSON.parse(run(['merge-reports', ...shards], dir).stdout) as Reported
    expect(consistency(merged)).toEqual(whole)
    expect(merged.some((file) => 'summaries' in file)).toBe(false)
  })

  it('keeps quiet about a fact under a control comment', () => {
    const dir = workspace({
      'news/2025-01.md': release('2025-01-10', 'Head of Research', oldAbout),
      'news/2025-03.md': release('2025-03-10', 'Head of Research', newAbout),
      'news/2025-05.md': release('2025-05-10', 'Chief Science Officer', oldAbout, '<!-- lih-lint-disable consistency -->\n\n'),
      'news/2025-07.md': release('2025-07-10', 'Head of Research', newAbout)
    })
    expect(consistency(JSON.parse(run(['--format', 'json', 'news'], dir).stdout))).toEqual([])
  })

  it('can be turned off in the config', () => {
    const dir = releases()
    writeFileSync(join(dir, '.lihlintrc.yaml'), 'rules:\n  consistency: off\n')
    expect(consistency(JSON.parse(run(['--format', 'json', 'news'], dir).stdout))).toEqual([])
  })
})
