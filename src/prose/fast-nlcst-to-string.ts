// The bundle's stand-in for `nlcst-to-string` (aliased in scripts/build.mjs). retext's parser, its
// plugins and the rules turn words and sentences into text millions of times a corpus run; the
// original collects every level into an array and joins it. Concatenating gives the same string
// with no array per node (test/fast-word-lists.test.ts compares them).
import type {Nodes} from 'nlcst'

export function toString(value: Nodes | Nodes[]): string {
  if (!value || (!Array.isArray(value) && !value.type)) throw new Error('Expected node, not `' + value + '`')
  if ('value' in value) return value.value
  const children = (Array.isArray(value) ? value : 'children' in value ? value.children : undefined) ?? []
  let text = ''
  for (const child of children) text += toString(child)
  return text
}
