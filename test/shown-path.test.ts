// A file's shown path is path.relative's answer, whatever the paths hold (the common case is
// answered without it).
import {relative} from 'node:path'
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {shownPath} from '../src/engine/check-file.ts'

// 'a' starts 'ab' and 'a.md': a folder's name may start another's.
const segment = fc.constantFrom('a', 'ab', 'a.md', 'b', 'releases', '.', '..', '', '.md', '...', '.git')
const path = fc.array(segment, {maxLength: 5}).map((parts) => parts.join('/'))
const absolute = fc.oneof(path.map((text) => '/' + text), fc.constant('/'))

test('is path.relative’s answer, or the path itself where that is empty', () => {
  fc.assert(
    fc.property(absolute, fc.oneof(absolute, path), fc.boolean(), (cwd, tail, under) => {
      const file = under ? `${cwd}/${tail}` : tail
      expect(shownPath(file, cwd)).toBe(relative(cwd, file) || file)
    }),
    {numRuns: 5000}
  )
  expect(shownPath('/work/releases/a.md', '/work')).toBe('releases/a.md')
})
