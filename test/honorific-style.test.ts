// honorific-style follows the registry: "Dr Meiser" in LIH's British house, "Dr. Smith" in an
// American one (by default from its spelling, or as `house.honorificFullStop` says).
import {describe, expect, it} from 'vitest'
import {lint} from '../src/engine/lint.ts'
import {loadFacts} from '../src/facts/load.ts'
import honorificStyle from '../rules/honorific-style.ts'
import {configFor, formatForExample, workspace} from './helpers.ts'

const release = '# News\n\nThe study was led by Dr Jane Smith and Dr. John Doe. Mr Doe thanked Prof. Lee.\n'

async function messagesWith(house: string): Promise<string[]> {
  const dir = workspace({'facts.yaml': `house:\n  name: Example\n${house}`})
  const {file} = await lint(release, {path: 'release.md', config: configFor(honorificStyle, undefined, loadFacts(`${dir}/facts.yaml`)), rules: [honorificStyle]})
  return file.messages.map(formatForExample)
}

describe('honorific-style', () => {
  it('asks an American house for the full stop', async () => {
    expect(await messagesWith('  spelling: en-US\n  honorifics: [Dr, Mr, Prof]\n')).toEqual([
      '3:22-3:24: “Dr” before a name is written “Dr.” in the house style (facts registry: house.honorificFullStop)',
      '3:54-3:56: “Mr” before a name is written “Mr.” in the house style (facts registry: house.honorificFullStop)'
    ])
  })

  it('follows an explicit house.honorificFullStop over the spelling', async () => {
    const british = await messagesWith('  spelling: en-US\n  honorificFullStop: false\n  honorifics: [Dr, Mr, Prof]\n')
    expect(british).toHaveLength(2)
    expect(british.join('\n')).toContain('“Dr.” before a name is written “Dr”')
    expect(british.join('\n')).toContain('“Prof.” before a name is written “Prof”')
  })

  it('judges only the registry’s honorifics', async () => {
    expect(await messagesWith('  spelling: en-US\n  honorifics: [Prof]\n')).toEqual([])
  })
})
