// Report chunks are encoded into one reused block; whatever the chunks, the bytes written must be
// their UTF-8, in order, and no batch may outgrow the block unless it is bytes too large for it.
import {closeSync, mkdtempSync, openSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {utf8Batches, writeText} from '../src/engine/write-all.ts'

const chunk = fc.oneof(
  fc.string({unit: 'grapheme', maxLength: 200}),
  // Lone surrogates as well: encoded as U+FFFD, as TextEncoder does.
  fc.string({unit: 'binary', maxLength: 200}),
  fc.uint8Array({maxLength: 3000}).map((bytes) => new Uint8Array(bytes)),
  // Three bytes a code unit, near and past the block's size (64 kB is 21,845 of them).
  fc.integer({min: 5_000, max: 30_000}).map((length) => '“”'.repeat(length / 2)),
  // Surrogate pairs, which a slice must not cut, at every offset.
  fc.tuple(fc.integer({min: 0, max: 3}), fc.integer({min: 10_000, max: 40_000})).map(([offset, length]) => 'x'.repeat(offset) + '😀'.repeat(length / 2)),
  fc.integer({min: 60_000, max: 70_000}).map((length) => new Uint8Array(length).fill(65))
)

const encode = (part: string | Uint8Array) => (typeof part === 'string' ? new TextEncoder().encode(part) : part)

test('batches are the chunks as UTF-8, in order, and at most 64 kB unless bytes alone are larger', () => {
  fc.assert(
    fc.property(fc.array(chunk, {maxLength: 60}), (chunks) => {
      const written: Uint8Array[] = []
      for (const batch of utf8Batches(chunks)) {
        // Copied at once, as a writer must: the next batch reuses the block.
        const bytes = Uint8Array.from(batch)
        if (bytes.length > 65_536) expect(chunks).toContain(batch)
        written.push(bytes)
      }
      expect(Buffer.concat(written).equals(Buffer.concat(chunks.map(encode)))).toBe(true)
    }),
    {numRuns: 200}
  )
})

test('small chunks share a batch', () => {
  const lines = Array.from({length: 3000}, (_, index) => `  ${index}:1  warning  A “quoted” reason  rule\n`)
  const batches = [...utf8Batches(lines)].map((batch) => batch.length)
  expect(batches.length).toBeLessThan(5)
  expect(batches.reduce((sum, size) => sum + size, 0)).toBe(Buffer.byteLength(lines.join('')))
})

test('writeText writes a long text with surrogate pairs and lone surrogates as TextEncoder encodes it', () => {
  const text = 'a' + '😀“'.repeat(40_000) + '\ud800' + 'é'.repeat(30_000) + '\udc00z'
  const path = join(mkdtempSync(join(tmpdir(), 'lih-lint-write-')), 'out')
  const fd = openSync(path, 'w')
  writeText(fd, text)
  closeSync(fd)
  expect(readFileSync(path).equals(Buffer.from(new TextEncoder().encode(text)))).toBe(true)
})
