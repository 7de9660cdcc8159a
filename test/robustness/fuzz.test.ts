// `npm run fuzz` (FUZZ_SECONDS=…): the property tests for as long as asked; any failing input is
// saved to fixtures/fuzz/ so the ordinary suite replays it from then on. Skipped by `npm test`.
import {createHash} from 'node:crypto'
import {writeFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, it} from 'vitest'
import {root} from '../helpers.ts'
import {htmlText, releaseText} from './arbitraries.ts'
import {checkProperties} from './properties.test.ts'

const seconds = Number(process.env.FUZZ_SECONDS ?? 0)

describe.skipIf(!seconds)('fuzz', () => {
  for (const path of ['fuzz.md', 'fuzz.txt', 'fuzz.html']) {
    it(`holds the properties for ${seconds} s of random ${path.slice(5)} input`, async () => {
      let runs = 0
      const result = await fc.check(
        fc.asyncProperty(path.endsWith('.html') ? htmlText : releaseText, async (text) => {
          runs++
          await checkProperties(text, path)
        }),
        {numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: (seconds * 1000) / 2}
      )
      console.log(`${path}: ${runs} inputs`)
      if (result.failed && result.counterexample) {
        const [text] = result.counterexample as [string]
        const saved = `${root}fixtures/fuzz/${createHash('sha1').update(text).digest('hex').slice(0, 10)}.${path.slice(5)}`
        writeFileSync(saved, text)
        throw new Error(`property failed; input saved to ${saved}: ${String(result.errorInstance).split('\n')[0]}`)
      }
    }, (seconds + 60) * 1000)
  }
})
