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
  const starts = [0]
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    // \r\n, \n and a lone \r each end a line, as micromark counts them.
    if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }
  return {
    toPoint(offset) {
      const at = Math.max(0, Math.min(offset, source.length))
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if (starts[middle] <= at) low = middle
        else high = middle - 1
      }
      return {line: low + 1, column: at - starts[low] + 1, offset: at}
    }
  }
}
