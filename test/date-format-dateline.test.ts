// `abbreviateMonths: dateline`: a house that abbreviates months in its wire dateline only (AP
// datelines, months in full in the text), set in its registry, not in code.
import {describe, expect, it} from 'vitest'
import {lint} from '../src/engine/lint.ts'
import {loadFacts} from '../src/facts/load.ts'
import dateFormat from '../rules/date-format.ts'
import {configFor, formatForExample, workspace} from './helpers.ts'

const release = '# Foundation welcomes new members\n\n**SAN FRANCISCO, Nov. 20, 2015** – The foundation today welcomed two members. The next meeting is on Dec. 4, 2015, and the one after on January 8, 2016.\n'

async function messagesWith(abbreviateMonths: string): Promise<string[]> {
  const dir = workspace({'facts.yaml': `house:\n  name: Example Foundation\n  dateStyle: month-day-year\n  abbreviateMonths: ${abbreviateMonths}\n  spelling: en-US\n`})
  const {file} = await lint(release, {path: 'release.md', config: configFor(dateFormat, undefined, loadFacts(`${dir}/facts.yaml`)), rules: [dateFormat]})
  return file.messages.map(formatForExample)
}

describe('date-format with abbreviateMonths: dateline', () => {
  it('accepts the abbreviated month in the dateline and asks for it in full in the text', async () => {
    expect(await messagesWith('dateline')).toEqual(['3:102-3:114: “Dec. 4, 2015” is not in the house date style; write “December 4, 2015” (facts registry: house.dateStyle)'])
  })

  it('differs from abbreviating everywhere and from never abbreviating', async () => {
    expect(await messagesWith('true')).toEqual(['3:137-3:152: “January 8, 2016” is not in the house date style; write “Jan. 8, 2016” (facts registry: house.dateStyle)'])
    expect(await messagesWith('false')).toHaveLength(2)
  })
})
