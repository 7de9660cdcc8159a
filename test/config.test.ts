// Config and registry files are edited by people: every mistake must be reported at its own line and column.
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigFinder} from '../src/config/load.ts'
import {DataFileError} from '../src/engine/data-file.ts'
import {clearFactsCache, parseFacts} from '../src/facts/load.ts'
import {workspace} from './helpers.ts'


function problemsOf(action: () => unknown): string[] {
  try {
    action()
  } catch (error) {
    if (error instanceof DataFileError) return error.problems.map((p) => `${p.line}:${p.column}: ${p.message}`)
    throw error
  }
  return []
}

describe('config files', () => {
  it('uses the recommended preset when nothing is configured', () => {
    const dir = workspace({'release.md': ''})
    const config = new ConfigFinder().forFile(join(dir, 'release.md'))
    expect(config.rules.get('require-about')?.severity).toBe('error')
  })

  it('finds the nearest config walking up, in YAML, JSON or package.json', () => {
    const dir = workspace({
      '.lihlintrc.yaml': 'rules:\n  require-about: off\n',
      'sub/.lihlintrc.json': '{"rules": {"space-after-full-stop": "error"}}',
      'pkg/package.json': '{"name": "x", "lih-lint": {"rules": {"require-press-contact": ["warn"]}}}'
    })
    const finder = new ConfigFinder()
    expect(finder.forFile(join(dir, 'a.md')).rules.has('require-about')).toBe(false)
    const sub = finder.forFile(join(dir, 'sub/deeper/a.md'))
    expect(sub.rules.get('space-after-full-stop')?.severity).toBe('error')
    // The nearest config wins outright: the parent's `require-about: off` does not cascade.
    expect(sub.rules.has('require-about')).toBe(true)
    expect(finder.forFile(join(dir, 'pkg/a.md')).rules.get('require-press-contact')?.severity).toBe('warning')
  })

  it('reports an unknown rule with a suggestion, at its line and column', () => {
    const dir = workspace({'.lihlintrc.yaml': 'preset: recommended\nrules:\n  require-abuot: error\n'})
    expect(problemsOf(() => new ConfigFinder().forFile(join(dir, 'a.md')))).toEqual(['3:3: Unknown rule `require-abuot`; did you mean `require-about`?'])
  })

  it('reports a bad level, a bad option and an unknown key', () => {
    const dir = workspace({'.lihlintrc.yaml': 'prest: all\nrules:\n  require-about: loud\n  space-after-full-stop: [warn, {max: 3}]\n'})
    expect(problemsOf(() => new ConfigFinder().forFile(join(dir, 'a.md')))).toEqual([
      '1:1: Unknown key `prest`; did you mean `preset`?',
      '3:3: `rules.require-about`: should be one of `off`, `info`, `warn`, `error` or `[level, {options}]`, not "loud"',
      '4:3: `rules.space-after-full-stop`: unknown option `max`; this rule takes no options'
    ])
  })

  it('reports broken YAML and a missing registry file', () => {
    const broken = workspace({'.lihlintrc.yaml': 'rules:\n  require-about: [error\n'})
    expect(problemsOf(() => new ConfigFinder().forFile(join(broken, 'a.md')))[0]).toMatch(/^3:1: /)
    const missing = workspace({'.lihlintrc.yaml': 'facts: ./nowhere.yaml\n'})
    expect(problemsOf(() => new ConfigFinder().forFile(join(missing, 'a.md')))[0]).toMatch(/^1:8: The facts registry `.*nowhere.yaml` does not exist$/)
  })

  it('loads a registry named by the config, relative to the config', () => {
    clearFactsCache()
    const dir = workspace({
      '.lihlintrc.yaml': 'facts: facts/acme.yaml\n',
      'facts/acme.yaml': 'house:\n  name: Acme Research\n  dateStyle: month-day-year\norganisations:\n  - name: Acme Research\n    acronym: AR\n'
    })
    const config = new ConfigFinder().forFile(join(dir, 'a.md'))
    expect(config.facts.house.dateStyle).toBe('month-day-year')
    expect(config.facts.organisations.map((org) => org.name)).toEqual(['Acme Research'])
  })
})

describe('facts registry', () => {
  const check = (text: string) => problemsOf(() => parseFacts(text, 'facts.yaml'))

  it('accepts the shipped LIH registry', async () => {
    const {loadFacts} = await import('../src/facts/load.ts')
    const facts = loadFacts()
    expect(facts.organisations.find((org) => org.acronym === 'LIH')?.name).toBe('Luxembourg Institute of Health')
    expect(facts.house.dateStyle).toBe('day-month-year')
  })

  it('reports wrong types, bad dates and unknown keys where they are', () => {
    expect(check('people:\n  - name: Ada Lovelace\n    roles:\n      - title: Countess\n        from: 2025-02-30\n        util: 2026-01-01\n')).toEqual([
      '6:9: Unknown key `people.0.roles.0.util`; did you mean `until`?',
      '5:15: `people.0.roles.0.from` should be a date written YYYY-MM-DD (such as 2024-06-18), not "2025-02-30"'
    ])
    expect(check('organisations: Acme\n')).toEqual(['1:16: `organisations` should be a list, not "Acme"'])
  })

  it('reports duplicate people, overlapping holders of one title and an empty boilerplate', () => {
    expect(
      check(
        'people:\n  - name: Ann Lee\n    roles:\n      - title: President of the Board\n        from: 2020-01-01\n  - name: Bob Ray\n    roles:\n      - title: President of the Board\n        from: 2024-01-01\n  - name: Ann Lee\nboilerplate:\n  versions:\n    - text: ""\n'
      )
    ).toEqual(['13:13: `boilerplate.versions.0.text` is empty; write the text or remove the key'])
    expect(
      check('people:\n  - name: Ann Lee\n    roles:\n      - title: President of the Board\n        from: 2020-01-01\n  - name: Bob Ray\n    roles:\n      - title: President of the Board\n        from: 2024-01-01\n  - name: Ann Lee\n')
    ).toEqual([
      '10:11: “Ann Lee” is listed twice (also entry 1); merge the two entries',
      '8:9: “Bob Ray” and “Ann Lee” both hold “President of the Board” at the same time; give one of them `from`/`until` dates'
    ])
  })

  it('refuses YAML tags and does not let `__proto__` through', () => {
    expect(check('house: !!js/function "function () {}"\n')[0]).toMatch(/^1:8: /)
    expect(check('__proto__:\n  polluted: true\n')).toEqual(['1:1: Unknown key `__proto__`; allowed keys: `house`, `organisations`, `people`, `boilerplate`, `words`, `acronyms`, `standardParagraphs`'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
