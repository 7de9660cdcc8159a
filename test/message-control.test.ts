// Control comments turn rules off and on for parts of a release; unknown rule ids are reported.
import {describe, expect, it} from 'vitest'
import {ConfigFinder} from '../src/config/load.ts'
import {lint} from '../src/engine/lint.ts'

const config = new ConfigFinder().forFile(undefined)
async function findings(text: string, path = 'x.md') {
  const {file} = await lint(text, {path, config})
  // The rule these tests control, and what control comments themselves report.
  return file.messages.filter((message) => message.ruleId === 'space-after-full-stop' || message.ruleId === 'control-comment').map((message) => `${message.line}:${message.ruleId}`)
}

describe('control comments', () => {
  it('disable and enable a rule for a stretch of the release', async () => {
    const text = 'One.Two\n\n<!-- lih-lint-disable space-after-full-stop -->\n\nThree.Four\n\n<!-- lih-lint-enable space-after-full-stop -->\n\nFive.Six\n'
    expect(await findings(text)).toEqual(['1:space-after-full-stop', '9:space-after-full-stop'])
  })

  it('ignore a rule in the next block only', async () => {
    const text = '<!-- lih-lint-ignore space-after-full-stop -->\nOne.Two\n\nThree.Four\n'
    expect(await findings(text)).toEqual(['4:space-after-full-stop'])
  })

  it('report an unknown rule id in a comment', async () => {
    const {file} = await lint('<!-- lih-lint-disable spaec-after-full-stop -->\n\nOne.Two\n', {path: 'x.md', config})
    const warning = file.messages.find((message) => message.ruleId === 'control-comment')
    expect(warning).toMatchObject({line: 1, fatal: false, reason: 'The control comment names “spaec-after-full-stop”, which is not a lih-lint rule; `lih-lint --list-rules` lists them'})
  })

  it('work as lines of their own in plain-text releases', async () => {
    const text = 'Title Of The Release\n\nlih-lint-disable space-after-full-stop\n\nOne.Two and more words here.\n'
    expect(await findings(text, 'x.txt')).toEqual([])
  })
})
