import {defineRule} from '../src/engine/rule.ts'
import type {Block} from '../src/model/release.ts'
import {sourceSpan} from '../src/model/text-view.ts'

// Two or more spaces between words (not at the start of a line: Markdown uses indentation, and a
// line ending in two spaces is a Markdown line break). A space first, then the look behind at it and
// the character before, so that V8 skips straight to spaces (the same matches as `(?<=\S) {2,}(?=\S)`).
const spaces = / (?<=\S ) +(?=\S)/g

export default defineRule({
  id: 'double-space',
  category: 'prose',
  severity: 'warning',
  fix: 'safe',
  summary: 'One space between words and after a full stop.',
  why: 'Double spaces are invisible in the draft and visible in print and on the web, where they show as uneven gaps.',
  messages: {
    double: '{count} spaces in a row after “{before}”; use one',
    linkEdge: '{count} spaces in a row after “{before}”, one of them inside the link text; remove it from the link'
  },
  examples: [
    {
      title: 'Two spaces after a full stop and between words',
      input: 'The study ended.  The team  met today.\n',
      messages: ['1:17-1:19: 2 spaces in a row after “ended.”; use one', '1:27-1:29: 2 spaces in a row after “team”; use one'],
      output: 'The study ended. The team met today.\n'
    },
    {
      title: 'A space inside link text next to one outside: two spaces as the reader sees them; the fix keeps the link',
      input: 'Read it in French: [ FR](https://lih.lu/fr) or English.\n',
      messages: ['1:19-1:22: 2 spaces in a row after “French:”, one of them inside the link text; remove it from the link'],
      output: 'Read it in French: [FR](https://lih.lu/fr) or English.\n'
    },
    {
      title: 'Indentation, line breaks and code are not prose',
      input: 'A line with a break  \nand `two  spaces` in code.\n\n    indented  code\n',
      messages: []
    }
  ],
  check({release, report}) {
    for (const block of release.blocks) {
      for (const match of block.prose.matchAll(spaces)) {
        const at = match.index!
        const count = match[0].length
        const before = /\S+$/.exec(block.text.slice(Math.max(0, at - 40), at))?.[0] ?? ''
        const place = sourceSpan(block, at, at + count)
        const actual = release.source.slice(place.start, place.end)
        if (actual === match[0]) {
          report('double', {place, data: {count, before}, actual, expected: [' ']})
          continue
        }
        // Link markup stands between the spaces ("languages: [ FR](…)"): the reader still sees two
        // spaces, but the fix removes the one inside the link text and leaves the markup alone.
        const extra = spacesToRemove(block, at, count).map((index) => block.offsets[index] - place.start)
        const expected = [...actual].filter((_, offset) => !extra.includes(offset)).join('')
        report('linkEdge', {place, data: {count, before}, actual, expected: [expected]})
      }
    }
  }
})

/** Text offsets of the spaces to delete from a run of `count` at `at`: all but one, keeping one outside link text. */
function spacesToRemove(block: Block, at: number, count: number): number[] {
  const run = Array.from({length: count}, (_, index) => at + index)
  const outside = run.find((index) => !block.links.some((link) => link.start <= index && index < link.end)) ?? at
  return run.filter((index) => index !== outside)
}
