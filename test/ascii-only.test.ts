// The command line's bundle is rewritten as ASCII for the bin to read as Latin-1
// (scripts/ascii-only.mjs): every construct must mean what it meant before.
import vm from 'node:vm'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a build script without types
import {asciiOnly} from '../scripts/ascii-only.mjs'

// Strings, a template, regular expressions with and without the u flag (a class range, an
// identity escape, a character outside the BMP), an escaped backslash before a curly quote, a name.
const source = String.raw`
const café = 'Café “Luxembourg” – 18 June'
const template = ${'`'}naïve ${'$'}{café.length} ’${'`'}
const quotes = /[“”„«»]/g
const range = /^[à-ÿ]+$/u
const identity = /\’s/
const emoji = /^😀$/u
const slash = '\\’'
;({
  café,
  template,
  quotes: 'a “b” c'.replace(quotes, '"'),
  range: [range.test('éè'), range.test('ea')],
  identity: identity.test('’s'),
  emoji: [emoji.test('😀'), '😀'.length],
  slash: [slash, slash.length]
})`

describe('asciiOnly', () => {
  it('writes only ASCII', () => {
    expect(/[^\x00-\x7f]/.test(source)).toBe(true)
    expect(/[^\x00-\x7f]/.test(asciiOnly(source))).toBe(false)
  })

  it('gives a script that computes the same values', () => {
    const before = vm.runInNewContext(source)
    const after = vm.runInNewContext(asciiOnly(source))
    expect(JSON.stringify(after)).toBe(JSON.stringify(before))
    expect(before.identity).toBe(true)
    expect(before.slash).toEqual(['\\’', 2])
  })
})
