// The bundle and the tests alias vfile-location to ./src/engine/positions.ts: it must answer exactly
// as vfile-location does, for every offset and point, in and out of range, with every line ending.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
// The original, by path: the name `vfile-location` is aliased here too.
import {location as original} from '../node_modules/vfile-location/lib/index.js'
import {location} from '../src/engine/positions.ts'

const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '“', '\t'), {maxLength: 40}).map((parts) => parts.join(''))

describe('location (vfile-location stand-in)', () => {
  it('gives the same point for every offset and the same offset for every point', () => {
    fc.assert(
      fc.property(text, (value) => {
        const file = new VFile(value)
        const ours = location(file)
        const theirs = original(file)
        for (let offset = -2; offset <= value.length + 2; offset++) expect(ours.toPoint(offset)).toEqual(theirs.toPoint(offset))
        // Backwards and jumping, too: no answer may depend on the one asked before it.
        for (let offset = value.length + 2; offset >= -2; offset--) expect(ours.toPoint(offset)).toEqual(theirs.toPoint(offset))
        for (let step = 0; step <= value.length; step++) {
          const offset = (step * 7) % (value.length + 1)
          expect(ours.toPoint(offset)).toEqual(theirs.toPoint(offset))
        }
        expect(ours.toPoint(undefined)).toEqual(theirs.toPoint(undefined))
        const lines = value.split(/\r\n|\r|\n/).length
        for (let line = -1; line <= lines + 2; line++) {
          for (let column = -1; column <= value.length + 3; column++) expect(ours.toOffset({line, column})).toBe(theirs.toOffset({line, column}))
        }
        expect(ours.toOffset({line: Number.NaN, column: 1})).toBe(theirs.toOffset({line: Number.NaN, column: 1}))
        expect(ours.toOffset(undefined)).toBe(theirs.toOffset(undefined))
      })
    )
  })

  it('answers for the text it is given, not the one before it', () => {
    expect(location(new VFile('ab\ncd')).toPoint(4)).toEqual({line: 2, column: 2, offset: 4})
    expect(location(new VFile('abcd')).toPoint(4)).toEqual({line: 1, column: 5, offset: 4})
  })
})
