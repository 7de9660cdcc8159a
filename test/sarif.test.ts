// `--format sarif` against the SARIF 2.1.0 JSON schema (vendored: test/fixtures/sarif-schema-2.1.0.json),
// `--format github` as GitHub Actions reads workflow commands, and `--output FILE`.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {escapeData, escapeProperty} from '../src/reporters/github.ts'
import {reportSarif} from '../src/reporters/sarif.ts'
import {rules} from '../rules/index.ts'
import {root} from './helpers.ts'

const bin = join(root, 'bin/lih-lint.js')
const run = (args: string[], cwd = root) => spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8'})

// ajv checks the schema's formats only when it knows them; these are the three SARIF uses.
// strictRequired is off: the official schema states alternatives as `anyOf: [{required: [...]}]`.
const ajv = new Ajv({strict: true, strictRequired: false, strictTypes: false, allErrors: true})
ajv.addFormat('uri', (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value))
ajv.addFormat('uri-reference', (value: string) => !/[\s\\<>"{}|^`]/.test(value) && URL.canParse(value, 'file:///base/'))
ajv.addFormat('date-time', (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value))
const schema = JSON.parse(readFileSync(join(root, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8'))
const validate = ajv.compile(schema)

const releases = [join(root, 'fixtures/sample-release.md'), ...['bad', 'good'].flatMap((folder) => readdirSync(join(root, 'fixtures', folder)).map((name) => join(root, 'fixtures', folder, name)))]

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') starts.push(index + 1)
  return starts
}

describe('--format sarif', () => {
  const result = run(['--format', 'sarif', ...releases.map((path) => path.slice(root.length))])
  const log = JSON.parse(result.stdout)

  it('is valid SARIF 2.1.0 by the schema', () => {
    const valid = validate(log)
    expect(valid, ajv.errorsText(validate.errors)).toBe(true)
    expect(log.runs[0].results.length).toBeGreaterThan(5)
  })

  it('the schema is strict: it rejects what SARIF does not allow', () => {
    const broken = structuredClone(log)
    broken.runs[0].results[0].region = {startLine: 1}
    expect(validate(broken)).toBe(false)
    const badLevel = structuredClone(log)
    badLevel.runs[0].results[0].level = 'info'
    expect(validate(badLevel)).toBe(false)
    const noText = structuredClone(log)
    noText.runs[0].tool.driver.rules[0].shortDescription = {markdown: 'x'}
    expect(validate(noText)).toBe(false)
    const column0 = structuredClone(log)
    column0.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0
    expect(validate(column0)).toBe(false)
  })

  it('describes every rule from its docs and points each result at its rule', () => {
    const driver = log.runs[0].tool.driver
    expect(driver.rules.map((rule: {id: string}) => rule.id)).toEqual(rules.map((rule) => rule.id))
    for (const [index, rule] of rules.entries()) {
      expect(driver.rules[index].shortDescription.text).toBe(rule.summary)
      expect(driver.rules[index].fullDescription.text).toBe(rule.why)
      expect(driver.rules[index].helpUri).toMatch(new RegExp(`#${rule.id}$`))
      expect(driver.rules[index].help.markdown).toContain(`## ${rule.id}`)
    }
    for (const found of log.runs[0].results) {
      if (found.ruleIndex !== undefined) expect(driver.rules[found.ruleIndex].id).toBe(found.ruleId)
    }
  })

  it('gives regions that cover exactly the text each fix replaces', () => {
    const json = JSON.parse(run(['--format', 'json', ...releases.map((path) => path.slice(root.length))]).stdout)
    const actuals = json.flatMap((file: {messages: Array<{actual: string | null}>}) => file.messages.map((message) => message.actual))
    const results = log.runs[0].results
    expect(results.length).toBe(actuals.length)
    let fixes = 0
    for (const [index, found] of results.entries()) {
      if (!found.fixes) continue
      const location = found.locations[0].physicalLocation
      const text = readFileSync(join(root, decodeURIComponent(location.artifactLocation.uri)), 'utf8')
      const starts = lineStarts(text)
      for (const fix of found.fixes) {
        const region = fix.artifactChanges[0].replacements[0].deletedRegion
        const start = starts[region.startLine - 1] + region.startColumn - 1
        const end = starts[region.endLine - 1] + region.endColumn - 1
        expect(text.slice(start, end)).toBe(actuals[index])
        expect(typeof fix.artifactChanges[0].replacements[0].insertedContent.text).toBe('string')
        fixes++
      }
    }
    expect(fixes).toBeGreaterThan(2)
  })

  it('is written a result at a time as JSON.stringify indents the whole log', () => {
    // The command line writes the results as it reads its files back (src/reporters/sarif.ts).
    expect(result.stdout).toBe(JSON.stringify(log, null, 2) + '\n')
    const empty = JSON.parse(reportSarif([new VFile({path: 'clean.md'})], {version: '1.0.0', cwd: root}))
    expect(empty.runs[0].results).toEqual([])
    expect(reportSarif([new VFile({path: 'clean.md'})], {version: '1.0.0', cwd: root})).toBe(JSON.stringify(empty, null, 2))
  })

  it('keeps a file that could not be read in the log, and the run marked unsuccessful', () => {
    const broken = run(['--format', 'sarif', 'fixtures/sample-release.md', 'no-such-release.md'])
    const logged = JSON.parse(broken.stdout)
    expect(broken.stdout).toBe(JSON.stringify(logged, null, 2) + '\n')
    expect(validate(logged), ajv.errorsText(validate.errors)).toBe(true)
    expect(logged.runs[0].invocations[0].executionSuccessful).toBe(false)
    expect(logged.runs[0].results.some((found: {ruleId: string}) => found.ruleId === 'unreadable')).toBe(true)
    expect(broken.status).toBe(2)
  })
})

describe('--format github', () => {
  it('escapes message text and properties as GitHub documents', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b')
    expect(escapeProperty('dir:a,b%\n')).toBe('dir%3Aa%2Cb%25%0A')
  })

  it('prints one workflow command per message, with positions and the rule as title', () => {
    const result = run(['--format', 'github', 'fixtures/sample-release.md'])
    const lines = result.stdout.trim().split('\n')
    expect(lines.length).toBeGreaterThan(3)
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+(,line=\d+,col=\d+,endLine=\d+,endColumn=\d+)?,title=lih-lint [a-z-]+::[^\r\n]+$/)
    expect(lines).toContain(
      '::warning file=fixtures/sample-release.md,line=12,col=104,endLine=12,endColumn=105,title=lih-lint space-after-full-stop::Add a space after the full stop in “tumour.Once” (fix: “. ”)'
    )
    expect(result.status).toBe(1)
  })

  it('writes the same report a file at a time to stdout as whole to --output', () => {
    const target = join(mkdtempSync(join(tmpdir(), 'lih-lint-github-')), 'report.txt')
    const streamed = run(['--jobs', '1', '--format', 'github', 'fixtures/bad', 'fixtures/good'])
    expect(run(['--jobs', '1', '--format', 'github', '--output', target, 'fixtures/bad', 'fixtures/good']).status).toBe(streamed.status)
    expect(streamed.stdout.split('\n').length).toBeGreaterThan(20)
    expect(streamed.stdout).toBe(readFileSync(target, 'utf8'))
  })

  it('escapes a file name with a comma or colon, and a newline in a message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-lint-github-'))
    writeFileSync(join(dir, 'news, 2025: draft.md'), readFileSync(join(root, 'fixtures/sample-release.md')))
    const result = run(['--format', 'github', 'news, 2025: draft.md'], dir)
    expect(result.stdout).toContain('file=news%2C 2025%3A draft.md,')
    for (const line of result.stdout.trim().split('\n')) expect(line.startsWith('::')).toBe(true)
  })
})

describe('--output', () => {
  it('writes the report to the file while the terminal gets the stylish summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-lint-output-'))
    const target = join(dir, 'reports/lih-lint.sarif')
    const result = run(['--format', 'sarif', '--output', target, 'fixtures/sample-release.md'])
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('space-after-full-stop')
    expect(result.stderr).toMatch(/\d+ errors?/)
    const log = JSON.parse(readFileSync(target, 'utf8'))
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true)
    expect(result.status).toBe(1)
  })

  it('says so when the report cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-lint-output-'))
    writeFileSync(join(dir, 'a-file'), '')
    const result = run(['--format', 'json', '--output', join(dir, 'a-file/report.json'), 'fixtures/sample-release.md'])
    expect(result.stderr).toMatch(/Cannot write the report/)
    expect(result.status).toBe(2)
  })
})
