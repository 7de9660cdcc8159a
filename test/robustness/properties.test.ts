// Properties that hold for any text: linting never throws or reports an internal error, every
// message lies inside the file, and every fix's `actual` is the text at its place.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ConfigFinder} from '../../src/config/load.ts'
import {lint} from '../../src/engine/lint.ts'
import {rules} from '../../rules/index.ts'
import {htmlText, releaseText} from './arbitraries.ts'
import {readdirSync, readFileSync} from 'node:fs'
import {root} from '../helpers.ts'

const finder = new ConfigFinder()
const base = finder.forFile(undefined)
// Every rule, the opt-in ones too.
const config = {...base, rules: new Map(rules.map((rule) => [rule.id, {severity: rule.severity, options: {...rule.defaults}}]))}
export const runs = Number(process.env.FUZZ_RUNS ?? 150)

export async function checkProperties(text: string, path: string): Promise<void> {
  const {file} = await lint(text, {path, config})
  for (const message of file.messages) {
    expect(message.ruleId, message.reason).not.toBe('internal-error')
    const place = message.place
    if (!place || !('start' in place)) continue
    const {start, end} = place
    expect(start.offset!, message.reason).toBeGreaterThanOrEqual(0)
    expect(end.offset!, message.reason).toBeLessThanOrEqual(text.length)
    expect(start.offset!, message.reason).toBeLessThanOrEqual(end.offset!)
    if (message.actual !== undefined && message.actual !== null && message.expected?.length) {
      expect(text.slice(start.offset, end.offset), `${message.ruleId}: ${message.reason}`).toBe(message.actual)
    }
  }
}

describe('inputs saved by npm run fuzz', () => {
  const saved = readdirSync(`${root}fixtures/fuzz`).filter((name) => /\.(md|txt|html)$/.test(name) && name !== 'README.md')
  it.skipIf(saved.length === 0).each(saved)('%s holds the properties', async (name) => {
    await checkProperties(readFileSync(`${root}fixtures/fuzz/${name}`, 'utf8'), name)
  })
})

describe('properties of linting any text', () => {
  it('never throws, keeps positions inside the file, and fixes say exactly what they replace (Markdown)', async () => {
    await fc.assert(fc.asyncProperty(releaseText, (text) => checkProperties(text, 'random.md')), {numRuns: runs})
  })

  it('the same for plain-text releases', async () => {
    await fc.assert(fc.asyncProperty(releaseText, (text) => checkProperties(text, 'random.txt')), {numRuns: runs})
  })

  it('the same for HTML pages', async () => {
    await fc.assert(fc.asyncProperty(htmlText, (text) => checkProperties(text, 'random.html')), {numRuns: runs})
  })
})
