// The bundle aliases vfile-sort to ./src/reporters/vfile-sort.ts, which compares strings of
// printable ASCII as ICU's root collation does instead of calling localeCompare, in the locales that
// use that collation: the order of files and messages must be vfile-sort's own.
import {execFileSync} from 'node:child_process'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFileMessage} from 'vfile-message'
import {compareMessage as original} from '../node_modules/vfile-sort/lib/index.js'
import {collatesAsRoot, compareAscii, compareMessage, compareString} from '../src/reporters/vfile-sort.ts'
import './fast-check-seed.ts'

const plainText = fc.array(fc.constantFrom('a', 'b', 'z', '0', '9', '-', '.', '/', 'ab', 'a-', '.md', 'releases/'), {maxLength: 6}).map((parts) => parts.join(''))
const anyText = fc.array(fc.constantFrom('a', 'B', 'z', 'Z', '0', '-', '_', ' ', '.', '“', 'é', 'E', '^', '~'), {maxLength: 6}).map((parts) => parts.join(''))
const asciiText = fc.string({unit: fc.integer({min: 0x20, max: 0x7e}).map((code) => String.fromCharCode(code)), maxLength: 8})
// Pairs that differ late, or only in case.
const caseText = fc.array(fc.constantFrom('a', 'A', 'b', 'B', 'I', 'i', '_', '-'), {maxLength: 5}).map((parts) => parts.join(''))
const text = fc.oneof(plainText, anyText, asciiText, caseText, fc.constant(''))

// Few places and sources, so that many pairs are left to their rule ids and reasons.
const message = fc.record({line: fc.integer({min: 0, max: 1}), column: fc.constant(1), fatal: fc.constantFrom(true, false, undefined), source: fc.constantFrom('', 'lih-lint', 'Lih'), ruleId: text, reason: text}).map((fields) => {
  const result = new VFileMessage(fields.reason || 'x', {place: {line: fields.line, column: fields.column}, ruleId: fields.ruleId || undefined, source: fields.source || undefined})
  result.fatal = fields.fatal
  return result
})

describe('vfile-sort stand-in', () => {
  it('compares strings exactly as localeCompare does', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareString(a, b))).toBe(Math.sign(a.localeCompare(b)))
      }),
      {numRuns: 5000}
    )
  })

  it('orders messages as vfile-sort does', () => {
    fc.assert(
      fc.property(message, message, (a, b) => {
        expect(Math.sign(compareMessage(a, b))).toBe(Math.sign(original(a, b)))
      }),
      {numRuns: 3000}
    )
  })
})

// Each environment's locale as ICU resolves it in a fresh Node, and short strings of printable
// ASCII sorted by its collation (case pairs, digraphs some languages tailor, punctuation).
const probe = `
const chars = ['a', 'A', 'h', 'i', 'I', 'j', 'k', 'r', 's', 't', 'y', 'z', 'Z', '0', '9', '-', '_', '.', '/', ' ', '~', '$', 'aa', 'ch', 'Ch']
const texts = ['']
for (const a of chars) { texts.push(a); for (const b of chars) texts.push(a + b) }
console.log(JSON.stringify({locale: new Intl.Collator().resolvedOptions().locale, sorted: texts.sort((a, b) => a.localeCompare(b))}))
`

describe('which locales collate printable ASCII as the root collation', () => {
  const environments: Array<Record<string, string>> = [
    {},
    {LANG: ''},
    {LANG: 'C'},
    {LANG: 'C.UTF-8'},
    {LANG: 'POSIX'},
    {LANG: 'en_US.UTF-8'},
    {LANG: 'en_GB.UTF-8'},
    {LANG: 'en@euro'},
    {LANG: 'fr_LU.UTF-8'},
    {LANG: 'de_LU.UTF-8'},
    {LANG: 'lb_LU.UTF-8'},
    {LANG: 'et_EE.UTF-8'},
    {LANG: 'lt_LT.UTF-8'},
    {LANG: 'da_DK.UTF-8'},
    {LANG: 'sk_SK.UTF-8'},
    {LANG: 'tr_TR.UTF-8'},
    {LANG: 'et'},
    {LANG: 'et_EE.UTF-8', LC_ALL: 'en_US.UTF-8'},
    {LANG: 'et_EE.UTF-8', LC_ALL: 'C'},
    {LANG: 'et_EE.UTF-8', LC_ALL: ''},
    {LANG: 'en_US.UTF-8', LC_ALL: 'et_EE.UTF-8'},
    {LANG: 'en_US.UTF-8', LC_MESSAGES: 'lt_LT.UTF-8'},
    {LANG: 'en_US.UTF-8', LC_COLLATE: 'et_EE.UTF-8'},
    {LANG: 'en_US.UTF-8', LC_CTYPE: 'da_DK.UTF-8'}
  ]
  for (const env of environments) {
    it(`reads ${JSON.stringify(env)} as ICU does`, () => {
      const {locale, sorted} = JSON.parse(execFileSync(process.execPath, ['-e', probe], {env: {PATH: process.env.PATH, ...env}, encoding: 'utf8'})) as {locale: string; sorted: string[]}
      const agrees = JSON.stringify([...sorted].sort((a, b) => (a === b ? 0 : compareAscii(a, b)))) === JSON.stringify(sorted)
      // Compared without ICU only where the collation agrees; and every English, POSIX, French,
      // German, Luxembourgish or root locale is taken (a Danish or Estonian one falls back, as it must).
      expect(collatesAsRoot(env)).toBe(agrees)
      expect(agrees).toBe(/^(en|fr|de|lb|und)\b/.test(locale))
    })
  }
})
