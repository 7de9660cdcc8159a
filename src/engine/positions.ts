// Offsets ↔ line/column for one source text. vfile-location scans lines from the top on every
// call, which is quadratic on large files; this index answers by binary search.

export interface Point {
  line: number
  column: number
  offset: number
}

export interface LineIndex {
  toPoint(offset: number): Point
}

export function lineIndex(source: string): LineIndex {
  return indexed(source).index
}

// The last text's index: parsing, the prose tree (through `location`) and the rules' positions all
// ask for the same text's, one after another.
let last: {value: string; index: LineIndex; starts: number[]} | undefined

function indexed(source: string): {value: string; index: LineIndex; starts: number[]} {
  if (last?.value === source) return last
  const starts = [0]
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    // \r\n, \n and a lone \r each end a line, as micromark counts them.
    if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }
  // The line (index into `starts`) of the last answer: positions are mostly asked for in order
  // through the text, so the next answer is most often on that line or the next.
  let line = 0
  const on = (candidate: number, at: number) => candidate < starts.length && starts[candidate] <= at && (candidate + 1 === starts.length || at < starts[candidate + 1])
  const index: LineIndex = {
    toPoint(offset) {
      const at = Math.max(0, Math.min(offset, source.length))
      if (!on(line, at)) {
        if (on(line + 1, at)) line++
        else {
          let low = 0
          let high = starts.length - 1
          while (low < high) {
            const middle = (low + high + 1) >> 1
            if (starts[middle] <= at) low = middle
            else high = middle - 1
          }
          line = low
        }
      }
      return {line: line + 1, column: at - starts[line] + 1, offset: at}
    }
  }
  last = {value: source, index, starts}
  return last
}

/**
 * vfile-location's `location`, answered from one line index per text (the bundle and the tests alias
 * `vfile-location` to this module). mdast-util-to-nlcst calls `location(file)` once per block; with
 * vfile-location each call rescans the lines from the top, so the prose tree was built block by block
 * from slices of the text and every position moved back afterwards (the largest self time of a
 * corpus run).
 * Same answers as vfile-location (test/positions.test.ts compares them): undefined out of range.
 */
export function location(file: unknown): {toPoint(offset?: number): Point | undefined; toOffset(point?: {line?: number; column?: number}): number | undefined} {
  const value = String(file)
  const {index, starts} = indexed(value)
  return {
    toPoint(offset) {
      return typeof offset === 'number' && offset > -1 && offset <= value.length ? index.toPoint(offset) : undefined
    },
    toOffset(point) {
      if (!point || typeof point.line !== 'number' || typeof point.column !== 'number' || Number.isNaN(point.line) || !(point.column > 0)) return undefined
      const start = starts[point.line - 1]
      if (start === undefined) return undefined
      const offset = start + point.column - 1
      // The column must exist on its line (up to and including its line ending).
      return offset < (starts[point.line] ?? value.length + 1) ? offset : undefined
    }
  }
}
