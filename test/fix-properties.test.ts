// Properties of `fix` (fast-check), on the fixtures and, when ../shared/corpus exists, on real
// releases, each with defects dropped in at random places:
// - fixing twice gives the same text as fixing once, for `--fix` and `--fix-type suggestion`;
// - the fixed text is the original with only reported ranges replaced: outside the ranges of the
//   messages applied (mapped back through every pass), every byte is the original's.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ConfigFinder} from '../src/config/load.ts'
import type {ResolvedConfig} from '../src/config/types.ts'
import {editsOf, fix, isAutoFixable, type Edit} from '../src/engine/fix.ts'
import {lint, type LintMessage} from '../src/engine/lint.ts'
import type {FixKind} from '../src/engine/rule.ts'
import {rules} from '../rules/index.ts'
import {corpusPath, root} from './helpers.ts'

const finder = new ConfigFinder()
const base = finder.forFile(undefined)
// Every rule, the opt-in ones too, so every fix takes part.
const config: ResolvedConfig = {...base, rules: new Map(rules.map((rule) => [rule.id, {severity: rule.severity, options: {...rule.defaults}}]))}
const runs = Number(process.env.FIX_RUNS ?? 60)

const fixtures = ['fixtures/sample-release.md', ...readdirSync(join(root, 'fixtures/good')).map((name) => `fixtures/good/${name}`)].map((path) => readFileSync(join(root, path), 'utf8'))
const corpus: string[] = existsSync(corpusPath)
  ? readdirSync(corpusPath, {withFileTypes: true})
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => readdirSync(join(corpusPath, entry.name)).filter((name) => /\.(md|txt)$/.test(name)).map((name) => join(corpusPath, entry.name, name)))
      .map((path) => readFileSync(path, 'utf8'))
  : []

// Defects the rules fix, safely or as suggestions.
const defects = [
  'the edge of the tumour.Once there',
  ' Luxemburg Institute of Health ',
  'LIH ',
  ' on June 18, 2024, ',
  ' the 4th of May 2025 ',
  ' 2025-06-18 ',
  '  ',
  ' Chairman of the Board of Directors ',
  ' Dr Meiser ',
  ',” stated Prof Ulf Nehrbass.',
  '“It works.Really,” said Dr Meiser.',
  '\n\n',
  '.'
]

const release = fc
  .tuple(fc.constantFrom(...fixtures, ...corpus), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...defects)), {maxLength: 6}))
  .map(([text, inserts]) => {
    let result = text
    for (const [at, defect] of inserts) {
      const where = at % (result.length + 1)
      result = result.slice(0, where) + defect + result.slice(where)
    }
    return result
  })

type Piece = {original: [number, number]} | {inserted: string}

/**
 * The `fix` loop written out again, keeping the text as pieces of the original and inserted
 * replacements: edits of auto-fixable messages, sorted, overlapping ones left for the next pass.
 */
async function fixAsPieces(source: string, types: FixKind[]): Promise<Piece[]> {
  let pieces: Piece[] = [{original: [0, source.length]}]
  for (let pass = 0; pass < 10; pass++) {
    const text = render(pieces, source)
    const {file} = await lint(text, {path: 'release.md', config})
    const edits = (file.messages as LintMessage[]).filter((message) => isAutoFixable(message, types)).flatMap((message) => editsOf(message, text))
    if (edits.length === 0) break
    const chosen: Edit[] = []
    let cursor = 0
    for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
      if (edit.start < cursor) continue
      chosen.push(edit)
      cursor = edit.end
    }
    const next = replace(pieces, chosen)
    if (render(next, source) === text) break
    pieces = next
  }
  return pieces
}

function render(pieces: Piece[], source: string): string {
  return pieces.map((piece) => ('original' in piece ? source.slice(...piece.original) : piece.inserted)).join('')
}

/** Replaces ranges of the rendered text; original pieces are cut, never rewritten. */
function replace(pieces: Piece[], edits: Edit[]): Piece[] {
  const result: Piece[] = []
  let position = 0
  const cut = (piece: Piece, from: number, to: number): Piece => ('original' in piece ? {original: [piece.original[0] + from, piece.original[0] + to]} : {inserted: piece.inserted.slice(from, to)})
  const length = (piece: Piece) => ('original' in piece ? piece.original[1] - piece.original[0] : piece.inserted.length)
  // Walk the pieces once, emitting kept parts and replacements.
  const queue = [...pieces]
  for (const edit of [...edits, {start: Infinity, end: Infinity, text: ''}]) {
    // Keep everything before edit.start.
    while (queue.length > 0 && position + length(queue[0]) <= edit.start) {
      const piece = queue.shift()!
      if (length(piece) > 0) result.push(piece)
      position += length(piece)
    }
    if (edit.start === Infinity) break
    if (queue.length > 0 && position < edit.start) {
      const piece = queue.shift()!
      result.push(cut(piece, 0, edit.start - position))
      queue.unshift(cut(piece, edit.start - position, length(piece)))
      position = edit.start
    }
    result.push({inserted: edit.text})
    // Drop everything up to edit.end.
    while (queue.length > 0 && position + length(queue[0]) <= edit.end) {
      position += length(queue.shift()!)
    }
    if (queue.length > 0 && position < edit.end) {
      const piece = queue.shift()!
      queue.unshift(cut(piece, edit.end - position, length(piece)))
      position = edit.end
    }
  }
  return result.filter((piece) => length(piece) > 0)
}

describe('fix', () => {
  for (const types of [['safe'], ['safe', 'suggestion']] as FixKind[][]) {
    it(`is idempotent and changes only reported ranges (${types.join(' + ')}; ${corpus.length} corpus files)`, async () => {
      let changed = 0
      await fc.assert(
        fc.asyncProperty(release, async (text) => {
          const once = await fix(text, {path: 'release.md', config, types})
          const twice = await fix(once.text, {path: 'release.md', config, types})
          expect(twice.text).toBe(once.text)
          if (once.text !== text) changed++
          const pieces = await fixAsPieces(text, types)
          // The real fix equals the original with only the applied messages' ranges replaced.
          expect(once.text).toBe(render(pieces, text))
          // …and the original pieces kept are in order and never overlap: untouched bytes.
          let last = 0
          for (const piece of pieces) {
            if (!('original' in piece)) continue
            expect(piece.original[0]).toBeGreaterThanOrEqual(last)
            last = piece.original[1]
          }
        }),
        {numRuns: runs}
      )
      // The property is about fixes: most runs must have had something to fix.
      expect(changed).toBeGreaterThan(runs / 2)
    }, 600_000)
  }

  it('the piece model replaces ranges correctly (checks the checker)', () => {
    const source = 'abcdefghij'
    const pieces = replace([{original: [0, 10]}], [{start: 2, end: 4, text: 'XY'}, {start: 6, end: 6, text: '-'}])
    expect(render(pieces, source)).toBe('abXYef-ghij')
    const again = replace(pieces, [{start: 1, end: 3, text: ''}])
    expect(render(again, source)).toBe('aYef-ghij')
    expect(again.filter((piece) => 'original' in piece)).toEqual([{original: [0, 1]}, {original: [4, 6]}, {original: [6, 10]}])
  })
})
