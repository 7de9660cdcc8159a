// Whole releases with their exact expected reports. After an intended change, regenerate with
// `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` and review the diff of fixtures/golden/.
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigFinder} from '../src/config/load.ts'
import {crossCheck} from '../src/engine/cross-release.ts'
import {lint, type LintMessage} from '../src/engine/lint.ts'
import {rules} from '../rules/index.ts'
import {formatForExample, root} from './helpers.ts'

const releases = readdirSync(join(root, 'fixtures'), {recursive: true})
  .map(String)
  .filter((path) => /\.(md|txt|html)$/.test(path) && !/^(golden|fuzz|registries|series)\//.test(path) && !path.endsWith('README.md'))
  .sort()
// Folders of releases linted together, for the cross-release pass: one golden report per folder.
const series = readdirSync(join(root, 'fixtures/series')).sort()

function report(messages: LintMessage[]): string {
  return messages.map((message) => `${formatForExample(message).replace(': ', ` ${message.severity} ${message.ruleId}: `)}`).join('\n') + '\n'
}

function compare(actual: string, path: string): void {
  const golden = join(root, 'fixtures/golden', `${path}.txt`)
  // A new fixture gets its golden report written on a developer's machine; in CI it must exist.
  if (!existsSync(golden) && process.env.CI) throw new Error(`no golden report for ${path}; run UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts and commit it`)
  if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
    mkdirSync(dirname(golden), {recursive: true})
    writeFileSync(golden, actual)
  }
  expect(actual).toBe(readFileSync(golden, 'utf8'))
}

describe('golden reports of the fixture releases', () => {
  it.each(releases)('%s', async (path) => {
    const absolute = join(root, 'fixtures', path)
    const {file} = await lint(readFileSync(absolute, 'utf8'), {path, config: new ConfigFinder().forFile(absolute)})
    compare(report(file.messages as LintMessage[]), path)
  })

  it.each(series)('series/%s, linted together', async (folder) => {
    const finder = new ConfigFinder()
    const paths = readdirSync(join(root, 'fixtures/series', folder)).sort().map((name) => `series/${folder}/${name}`)
    const files = await Promise.all(paths.map(async (path) => (await lint(readFileSync(join(root, 'fixtures', path), 'utf8'), {path, config: finder.forFile(join(root, 'fixtures', path))})).file))
    crossCheck(files, rules)
    compare(files.map((file) => `${file.path}\n${report(file.messages as LintMessage[])}`).join('\n'), `series/${folder}`)
  })

  it('keeps the good releases free of errors and warnings', async () => {
    for (const path of releases.filter((name) => name.startsWith('good/'))) {
      const absolute = join(root, 'fixtures', path)
      const {file} = await lint(readFileSync(absolute, 'utf8'), {path, config: new ConfigFinder().forFile(absolute)})
      expect(file.messages.filter((message) => message.fatal !== undefined).map((message) => message.reason), path).toEqual([])
    }
  })
})
