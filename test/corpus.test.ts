// Every release of ../shared/corpus is linted with its house's registry: no crash, no internal error,
// every position inside the file, and a per-rule count kept in test/corpus-counts.json for the notes.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {ResolvedConfig} from '../src/config/types.ts'
import {lint} from '../src/engine/lint.ts'
import {loadFacts} from '../src/facts/load.ts'
import {rules} from '../rules/index.ts'
import {corpusPath, root} from './helpers.ts'

const registryOf: Array<[prefix: string, registry: string]> = [
  ['nodejs__', 'nodejs'],
  ['18F__pclob', 'pclob'],
  ['InnerSourceCommons__', 'innersource'],
  ['US-Department-of-the-Treasury__', 'treasury'],
  ['openSUSE__', 'opensuse']
]

function recommendedWith(registry: string): ResolvedConfig {
  const facts = loadFacts(join(root, 'fixtures/registries', `${registry}.yaml`))
  return {
    source: 'test',
    facts,
    rules: new Map(rules.filter((rule) => rule.recommended !== false).map((rule) => [rule.id, {severity: rule.severity, options: {...rule.defaults}}]))
  }
}

const folders = existsSync(corpusPath) ? readdirSync(corpusPath, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : []

describe.skipIf(folders.length === 0)('the corpus of real releases', () => {
  it('lints every file without a crash or an internal error, with positions inside the file', async () => {
    const counts: Record<string, number> = {}
    let files = 0
    for (const folder of folders) {
      const registry = registryOf.find(([prefix]) => folder.startsWith(prefix))?.[1]
      expect(registry, `a registry for ${folder}`).toBeDefined()
      const config = recommendedWith(registry!)
      for (const name of readdirSync(join(corpusPath, folder)).filter((name) => name.endsWith('.md'))) {
        const path = join(corpusPath, folder, name)
        const text = readFileSync(path, 'utf8')
        const {file} = await lint(text, {path, config})
        files++
        const lines = text.split(/\r?\n|\r/).length
        for (const message of file.messages) {
          expect(message.ruleId, `${path}: ${message.reason}`).not.toBe('internal-error')
          expect(message.line ?? 1, `${path}: ${message.reason}`).toBeLessThanOrEqual(lines)
          counts[message.ruleId!] = (counts[message.ruleId!] ?? 0) + 1
        }
      }
    }
    expect(files).toBeGreaterThan(300)
    // Printed for the issue notes; the assertion above is what the test guards.
    console.log(`corpus: ${files} files; findings per rule: ${JSON.stringify(counts)}`)
  }, 180_000)
})
