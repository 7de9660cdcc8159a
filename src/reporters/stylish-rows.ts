// A file's rows of the stylish report, without colour, as bytes ready to be padded to the report's
// columns: made when a file is packed (./stylish-stream.ts `layoutOf`), held and cached with it, so
// that a stylish report of many files writes a file without unpacking, sorting and laying out its
// messages again. A warm run over the corpus parsed its files' cached JSON reports (2.1 MB) and
// laid out 5,390 rows from them; it now reads and copies 0.8 MB of rows.
//
// Each row: its kind (0 error, 1 warning, 2 info), its number of cells, then each cell up to the
// last one that is not blank: the cell's width in columns (all but the last, which is never
// padded) and its UTF-8 bytes, after their length. The last cell is trimmed, as vfile-reporter
// trims each line, and carries the reason's further lines. Numbers are LEB128 varints.

export interface StylishRow {
  /** 0 error, 1 warning, 2 info. */
  kind: number
  /** The row's cells (place, kind, reason, rule, source), without colour. */
  cells: string[]
  /** Each cell's width in columns. */
  widths: number[]
  /** The reason's lines after its first. */
  rest: string[]
}

export function encodeRows(rows: readonly StylishRow[]): Uint8Array {
  const parts: Array<{cells: string[]; widths: number[]; lengths: number[]}> = []
  let size = 0
  for (const row of rows) {
    let last = row.cells.length - 1
    while (last > 0 && row.cells[last].trimEnd() === '') last--
    const cells = row.cells.slice(0, last + 1)
    cells[last] = cells[last].trimEnd() + row.rest.map((line) => '\n' + line.trimEnd()).join('')
    const lengths = cells.map((cell) => Buffer.byteLength(cell))
    size += 2
    for (let cell = 0; cell <= last; cell++) size += (cell < last ? varintSize(row.widths[cell]) : 0) + varintSize(lengths[cell]) + lengths[cell]
    parts.push({cells, widths: row.widths, lengths})
  }
  // Memory of its own: a view on Node's shared pool would keep, and send to a worker's parent, its whole slab.
  const bytes = Buffer.allocUnsafeSlow(size)
  let at = 0
  for (const [index, {cells, widths, lengths}] of parts.entries()) {
    bytes[at++] = rows[index].kind
    bytes[at++] = cells.length
    for (let cell = 0; cell < cells.length; cell++) {
      if (cell < cells.length - 1) at = writeVarint(bytes, at, widths[cell])
      at = writeVarint(bytes, at, lengths[cell])
      at += bytes.write(cells[cell], at)
    }
  }
  return new Uint8Array(bytes.buffer, 0, size)
}

/**
 * A file's lines of the report: `head` (its path line, after a blank line if one is due), then its
 * rows (errors only when `quiet`), each cell but the last padded to its column's width and one
 * space. `sizes`: the columns' widths; `messages`: how many rows `rows` holds. The bytes are valid
 * until the next call: one scratch buffer serves every file.
 */
export function writeFileRows(head: string, rows: Uint8Array, messages: number, sizes: readonly number[], quiet: boolean): Uint8Array {
  let padding = 0
  for (const size of sizes) padding += size + 1
  const bound = 3 * head.length + 1 + rows.length + messages * (padding + 1)
  if (scratch.length < bound + rows.length) {
    scratch = Buffer.allocUnsafeSlow(Math.max(bound + rows.length, 2 * scratch.length))
    scratchBytes = new Uint8Array(scratch.buffer, 0, scratch.length)
  }
  // The rows are copied once behind the lines' room, and each cell from there by copyWithin, which
  // allocates nothing: a view for each cell (27,000 for the corpus) was 1.7 MB of a warm run's 12 MB
  // of garbage. Padding is filled by the typed array's own fill: Buffer#fill's argument checks were
  // most of this function's time, and V8 mostly interprets it (a run calls it a few hundred times).
  const out = scratchBytes
  out.set(rows, bound)
  let at = scratch.write(head, 0)
  out[at++] = 0x0a
  cursor = 0
  while (cursor < rows.length) {
    const kind = rows[cursor++]
    const count = rows[cursor++]
    const shown = !quiet || kind === 0
    for (let cell = 0; cell < count; cell++) {
      const width = cell < count - 1 ? readVarint(rows) : 0
      const length = readVarint(rows)
      if (shown) {
        out.copyWithin(at, bound + cursor, bound + cursor + length)
        at += length
        if (cell < count - 1) {
          const end = at + sizes[cell] + 1 - width
          if (end > at) {
            out.fill(0x20, at, end)
            at = end
          }
        }
      }
      cursor += length
    }
    if (shown) out[at++] = 0x0a
  }
  return out.subarray(0, at)
}

let scratch = Buffer.allocUnsafeSlow(65_536)
let scratchBytes = new Uint8Array(scratch.buffer, 0, scratch.length)
/** Where `readVarint` reads next. */
let cursor = 0

function varintSize(value: number): number {
  let size = 1
  while (value >= 0x80) {
    value = Math.floor(value / 128)
    size++
  }
  return size
}

function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    bytes[at++] = (value & 0x7f) | 0x80
    value = Math.floor(value / 128)
  }
  bytes[at++] = value
  return at
}

/** A number; past the end of the bytes (rows damaged on disk), what was read so far rather than a loop that never ends. */
function readVarint(bytes: Uint8Array): number {
  let value = 0
  let scale = 1
  for (;;) {
    const byte = bytes[cursor++]
    value += (byte & 0x7f) * scale
    if (!(byte >= 0x80)) return value
    scale *= 128
  }
}
