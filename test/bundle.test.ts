// The command line runs a bundle in which some dependencies are patched and some replaced by faster
// copies (scripts/build.mjs): it must report exactly what the library, run from source, reports.
// The fixtures are also given with CR LF and CR line ends, which the patched sentence splitter
// (parse-latin's blank-line test) and the shared node points (mdast-util-to-nlcst) must handle alike,
// and real releases of ../shared/corpus when it is there (where a wrong point shows: the fixtures
// alone did not catch sentences placed at their paragraph's start).
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigFinder} from '../src/config/load.ts'
import {lint} from '../src/engine/lint.ts'
import {corpusPath, hasShared, root, workspace} from './helpers.ts'

const releases = readdirSync(join(root, 'fixtures'), {recursive: true})
  .map(String)
  .filter((path) => /\.md$/.test(path) && /^(good|bad|fuzz)\//.test(path))
  .sort()
// Every fifth release of the corpus: each of its houses, ~60 releases.
const corpus = hasShared
  ? readdirSync(corpusPath, {recursive: true})
      .map(String)
      .filter((path) => path.endsWith('.md'))
      .sort()
      .filter((_, index) => index % 5 === 0)
  : []

interface Reported {
  ruleId: string
  reason: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

const brief = ({ruleId, reason, line, column, endLine, endColumn}: Reported) => `${line}:${column}-${endLine}:${endColumn} ${ruleId} ${reason}`

describe('the built command line', () => {
  it('reports what the library reports (the fixtures with LF, CR LF and CR line ends; real releases)', async () => {
    const files: Record<string, string> = {}
    for (const path of releases) {
      const text = readFileSync(join(root, 'fixtures', path), 'utf8')
      const name = path.replace(/\//g, '-')
      files[`lf-${name}`] = text
      files[`crlf-${name}`] = text.replace(/\n/g, '\r\n')
      files[`cr-${name}`] = text.replace(/\n/g, '\r')
    }
    for (const path of corpus) files[`corpus-${path.replace(/\//g, '-')}`] = readFileSync(join(corpusPath, path), 'utf8')
    const dir = workspace(files)
    const result = spawnSync(process.execPath, [join(root, 'bin/lih-lint.js'), '--format', 'json', '.'], {cwd: dir, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    const fromBundle = new Map((JSON.parse(result.stdout) as Array<{path: string; messages: Reported[]}>).map((file) => [file.path, file.messages.map(brief)]))
    expect([...fromBundle.keys()].sort()).toEqual(Object.keys(files).sort())
    const finder = new ConfigFinder()
    for (const name of Object.keys(files)) {
      const {file} = await lint(files[name], {path: name, config: finder.forFile(join(dir, name))})
      const fromLibrary = file.messages.map((message) => {
        const end = message.place && 'end' in message.place ? message.place.end : message.place
        return brief({ruleId: message.ruleId!, reason: message.reason, line: message.line!, column: message.column!, endLine: end!.line, endColumn: end!.column})
      })
      expect(fromBundle.get(name), name).toEqual(fromLibrary)
    }
    // Not a vacuous comparison: the releases have findings, and the line ends change where some fall.
    expect([...fromBundle.values()].flat().length).toBeGreaterThan(100)
  }, 60_000)
})

describe('YAML in the built command line', () => {
  it('reads a config, a registry and front matter in YAML as the library does (yaml is evaluated on demand there)', async () => {
    const release = '# The institute opens a laboratory\n\nThe institute said today that it opened a new laboratory in the city.\n'
    const dir = workspace({
      'configured/.lihlintrc.yaml': 'facts: ./registry.yaml\nrules:\n  require-about: off\n',
      'configured/registry.yaml': readFileSync(join(root, 'src/facts/lih.yaml'), 'utf8'),
      'configured/release.md': release,
      // A flow sequence left open: the plain `key: value` reader declines it, yaml finds the error.
      'front/release.md': `---\ntitle: A laboratory\ntags: [science, health\n---\n${release}`,
      'broken/.lihlintrc.yaml': 'rules:\n  require-about: [error\n',
      'broken/release.md': release
    })
    const result = spawnSync(process.execPath, [join(root, 'bin/lih-lint.js'), '--format', 'json', '.'], {cwd: dir, encoding: 'utf8'})
    const fromBundle = new Map((JSON.parse(result.stdout) as Array<{path: string; messages: Reported[]}>).map((file) => [file.path, file.messages]))
    const finder = new ConfigFinder()
    for (const name of ['configured/release.md', 'front/release.md']) {
      const {file} = await lint(readFileSync(join(dir, name), 'utf8'), {path: name, config: finder.forFile(join(dir, name))})
      expect(fromBundle.get(name)?.map(({ruleId, reason}) => `${ruleId} ${reason}`), name).toEqual(file.messages.map(({ruleId, reason}) => `${ruleId} ${reason}`))
    }
    // The config took effect, and the front matter's error is yaml's, placed on its line.
    expect(fromBundle.get('configured/release.md')?.map(({ruleId}) => ruleId)).not.toContain('require-about')
    expect(fromBundle.get('front/release.md')?.map(({reason}) => reason)).toContainEqual(expect.stringMatching(/^The front matter cannot be read \(Flow sequence.* on line 3\)/))
    // A broken config is placed by yaml's line counter.
    expect(fromBundle.get('broken/release.md')?.map(({reason}) => reason)).toContainEqual(expect.stringContaining(`${join(dir, 'broken/.lihlintrc.yaml')}:3:1: Flow sequence`))
  })
})
