// A file's stylish rows as the cache keeps them (src/reporters/stylish-rows.ts): written back, they
// are the lines the layout would make from the cells; damaged, they never hang a run.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {encodeRows, writeFileRows, type StylishRow} from '../src/reporters/stylish-rows.ts'

const decoder = new TextDecoder()
const encoder = new TextEncoder()

/** The lines of the rows as the layout makes them from strings: each cell padded to its column, the line trimmed. */
function expectedLines(head: string, rows: StylishRow[], sizes: number[], quiet: boolean): string {
  let text = head + '\n'
  for (const row of rows) {
    if (quiet && row.kind !== 0) continue
    const line = row.cells.map((cell, index) => cell + ' '.repeat(Math.max(0, sizes[index] + 1 - row.widths[index]))).join('')
    text += [line.trimEnd(), ...row.rest.map((rest) => rest.trimEnd())].join('\n') + '\n'
  }
  return text
}

// Cells with what releases rarely have: blanks at the end, other spaces, curly quotes, wide and astral characters.
const cellText = fc.stringMatching(/^[a-z ’“”\u00a0\u3000全😀\t-]{0,12}$/)
const row = fc.record({
  kind: fc.constantFrom(0, 1, 2),
  cells: fc.array(cellText, {minLength: 5, maxLength: 5}),
  widths: fc.array(fc.nat({max: 200}), {minLength: 5, maxLength: 5}),
  rest: fc.array(cellText, {maxLength: 2})
})

describe('stylish rows', () => {
  it('write back the lines the layout makes from their cells, quiet or not', () => {
    fc.assert(
      fc.property(fc.array(row, {maxLength: 6}), fc.array(fc.nat({max: 100}), {minLength: 5, maxLength: 5}), fc.boolean(), (rows, extra, quiet) => {
        // A row's first cell is never blank in a report (its place, or its kind): as the layout has it, only trailing cells may be.
        const shaped = rows.map((each) => ({...each, cells: ['1:1', ...each.cells.slice(1)]}))
        // Each column at least as wide as its widest cell, as the layout measures them.
        const sizes = extra.map((more, column) => Math.max(0, ...shaped.map((each) => each.widths[column])) + more)
        const bytes = writeFileRows('a/b.md', encodeRows(shaped), shaped.length, sizes, quiet)
        // Lone surrogates become U+FFFD in UTF-8, as when the report's text is written out.
        expect(decoder.decode(bytes)).toBe(decoder.decode(encoder.encode(expectedLines('a/b.md', shaped, sizes, quiet))))
      })
    )
  })

  it('end, with a report or an error, when the bytes are damaged', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 64}), (bytes) => {
        try {
          writeFileRows('a.md', bytes, 4, [10, 10, 10, 10, 10], false)
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError)
        }
      })
    )
  })
})
