// Reads the YAML/JSON files that people edit (config, facts registry) and checks them against a
// small shape description, so that each mistake is reported at the file's own line and column.
import {isMap, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode} from 'yaml'

export type Shape =
  | {kind: 'string'; nonEmpty?: boolean}
  | {kind: 'boolean'}
  | {kind: 'number'}
  | {kind: 'date'}
  | {kind: 'enum'; values: readonly (string | boolean)[]}
  | {kind: 'array'; of: Shape}
  | {kind: 'object'; fields: Record<string, Shape>; required?: readonly string[]}
  | {kind: 'record'; of: Shape}
  | {kind: 'any'}

export interface DataProblem {
  file: string
  line: number
  column: number
  message: string
}

export class DataFileError extends Error {
  problems: DataProblem[]
  constructor(problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.problems = problems
  }
}

export function formatProblem(problem: DataProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`
}

export interface ParsedData {
  value: unknown
  /** Line/column of the value at a path, for checks made after the shape check. */
  locate(path: ReadonlyArray<string | number>): {line: number; column: number}
  /** Line/column of the key itself (for "unknown key" messages); falls back to `locate`. */
  locateKey?(path: ReadonlyArray<string | number>): {line: number; column: number}
}

/** Parses YAML (JSON is YAML) with the safe core schema: no custom tags, no merge keys. */
export function parseDataFile(text: string, file: string): ParsedData {
  const lineCounter = new LineCounter()
  const doc: Document = parseDocument(text, {
    lineCounter,
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    customTags: []
  })
  // Warnings include unresolved tags (`!!js/function`): data files must be plain data, so they stop the load too.
  const problems: DataProblem[] = [...doc.errors, ...doc.warnings].map((error) => {
    const at = lineCounter.linePos(error.pos[0])
    return {file, line: at.line, column: at.col, message: firstLine(error.message)}
  })
  if (problems.length > 0) throw new DataFileError(problems)
  const value = doc.toJS({maxAliasCount: 50})
  return {
    value,
    locate(path) {
      const node = nodeAt(doc, path)
      const offset = node?.range?.[0] ?? 0
      const at = lineCounter.linePos(offset)
      return {line: at.line, column: at.col}
    },
    locateKey(path) {
      const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true)
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(path.at(-1)))
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined
        if (range) {
          const at = lineCounter.linePos(range[0])
          return {line: at.line, column: at.col}
        }
      }
      return this.locate(path)
    }
  }
}

function nodeAt(doc: Document, path: ReadonlyArray<string | number>): YamlNode | undefined {
  // Walk up until a path exists: a missing key is reported at its parent.
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true)
    if (node && typeof node === 'object' && 'range' in node) return node as YamlNode
  }
  return undefined
}

/** Checks `value` against `shape`, returning every problem with its position. */
export function checkShape(parsed: ParsedData, shape: Shape, file: string): DataProblem[] {
  const problems: DataProblem[] = []
  visit(parsed.value, shape, [])
  return problems

  function problem(path: Array<string | number>, message: string) {
    problems.push({file, ...parsed.locate(path), message})
  }

  function keyProblem(path: Array<string | number>, message: string) {
    problems.push({file, ...(parsed.locateKey ?? parsed.locate)(path), message})
  }

  function visit(value: unknown, shape: Shape, path: Array<string | number>): void {
    const where = path.length > 0 ? `\`${path.join('.')}\`` : 'The file'
    switch (shape.kind) {
      case 'any':
        return
      case 'string':
        if (typeof value !== 'string') return problem(path, `${where} should be text, not ${describe(value)}`)
        if (shape.nonEmpty && value.trim() === '') return problem(path, `${where} is empty; write the text or remove the key`)
        return
      case 'boolean':
        if (typeof value !== 'boolean') problem(path, `${where} should be true or false, not ${describe(value)}`)
        return
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) problem(path, `${where} should be a number, not ${describe(value)}`)
        return
      case 'date': {
        const text = value instanceof Date ? value.toISOString().slice(0, 10) : value
        if (typeof text !== 'string' || !isIsoDate(text)) {
          problem(path, `${where} should be a date written YYYY-MM-DD (such as 2024-06-18), not ${describe(value)}`)
        }
        return
      }
      case 'enum':
        if ((typeof value !== 'string' && typeof value !== 'boolean') || !shape.values.includes(value)) {
          problem(path, `${where} should be one of ${shape.values.map((v) => `\`${v}\``).join(', ')}, not ${describe(value)}`)
        }
        return
      case 'array':
        if (!Array.isArray(value)) return problem(path, `${where} should be a list, not ${describe(value)}`)
        value.forEach((item, index) => visit(item, shape.of, [...path, index]))
        return
      case 'record':
        if (!isPlainObject(value)) return problem(path, `${where} should be a map of keys to values, not ${describe(value)}`)
        for (const [key, item] of Object.entries(value)) visit(item, shape.of, [...path, key])
        return
      case 'object': {
        if (!isPlainObject(value)) return problem(path, `${where} should be a map of keys to values, not ${describe(value)}`)
        const known = Object.keys(shape.fields)
        for (const key of Object.keys(value)) {
          if (!known.includes(key)) {
            const guess = closest(key, known)
            const hint = guess ? `; did you mean \`${guess}\`?` : `; allowed keys: ${known.map((k) => `\`${k}\``).join(', ')}`
            keyProblem([...path, key], `Unknown key \`${[...path, key].join('.')}\`${hint}`)
          }
        }
        for (const key of shape.required ?? []) {
          if (!(key in value)) problem(path, `${where} needs a \`${key}\``)
        }
        for (const [key, fieldShape] of Object.entries(shape.fields)) {
          if (key in value && value[key] !== null) visit(value[key], fieldShape, [...path, key])
        }
        return
      }
    }
  }
}

export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === text
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') return 'a map'
  return JSON.stringify(value)
}

/** The candidate within two edits of `word`, for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = 3
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase(), bestDistance)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/**
 * Levenshtein distance, giving up (returning `limit`) once it is certainly at least `limit`.
 * With a limit only a band of cells around the diagonal can stay under it, so only those are
 * computed: the name rules call this for every run of words against every registry name.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) >= limit) return limit
  const band = Number.isFinite(limit) ? limit : Math.max(a.length, b.length)
  // Cells outside the band count as `far`: at least the limit, so never the answer.
  const far = Number.isFinite(limit) ? limit : a.length + b.length
  let previous = new Array<number>(b.length + 1)
  let current = new Array<number>(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j <= band ? j : far
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band)
    const to = Math.min(b.length, i + band)
    current[from - 1] = from === 1 ? i : far
    let rowMin = current[from - 1]
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, far)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (to < b.length) current[to + 1] = far
    if (rowMin >= limit) return limit
    ;[previous, current] = [current, previous]
  }
  return Math.min(previous[b.length], far)
}

function firstLine(text: string): string {
  return text.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
}

