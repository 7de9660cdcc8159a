// The bundle aliases vfile-sort to ./src/reporters/vfile-sort.ts, which compares rule ids and
// sources by code unit instead of localeCompare: the order of messages must be vfile-sort's own.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFileMessage} from 'vfile-message'
import {compareMessage as original} from '../node_modules/vfile-sort/lib/index.js'
import {compareMessage, compareString} from '../src/reporters/vfile-sort.ts'
import './fast-check-seed.ts'

const plainText = fc.array(fc.constantFrom('a', 'b', 'z', '0', '9', '-', 'ab', 'a-'), {maxLength: 6}).map((parts) => parts.join(''))
const anyText = fc.array(fc.constantFrom('a', 'B', 'z', 'Z', '0', '-', '_', ' ', '.', '“', 'é', 'E', '^', '~'), {maxLength: 6}).map((parts) => parts.join(''))
const text = fc.oneof(plainText, anyText, fc.constant(''))

// Few places and sources, so that many pairs are left to their rule ids and reasons.
const message = fc.record({line: fc.integer({min: 0, max: 1}), column: fc.constant(1), fatal: fc.constantFrom(true, false, undefined), source: fc.constantFrom('', 'lih-lint', 'Lih'), ruleId: text, reason: text}).map((fields) => {
  const result = new VFileMessage(fields.reason || 'x', {place: {line: fields.line, column: fields.column}, ruleId: fields.ruleId || undefined, source: fields.source || undefined})
  result.fatal = fields.fatal
  return result
})

describe('vfile-sort stand-in', () => {
  it('compares strings exactly as localeCompare does (lower-case ids by code unit)', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareString(a, b))).toBe(Math.sign(a.localeCompare(b)))
      }),
      {numRuns: 2000}
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
