import {defineRule} from '../src/engine/rule.ts'
import {sourceSpan} from '../src/model/text-view.ts'

// Two or more spaces between words (not at the start of a line: Markdown uses indentation, and a
// line ending in two spaces is a Markdown line break).
const spaces = /(?<=\S) {2,}(?=\S)/g

export default defineRule({
  id: 'double-space',
  category: 'prose',
  severity: 'warning',
  fix: 'safe',
  summary: 'One space between words and after a full stop.',
  why: 'Double spaces are invisible in the draft and visible in print and on the web, where they show as uneven gaps.',
  messages: {
    double: '{count} spaces in a row after “{before}”; use one'
  },
  examples: [
    {
      title: 'Two spaces after a full stop and between words',
      input: 'The study ended.  The team  met today.\n',
      messages: ['1:17-1:19: 2 spaces in a row after “ended.”; use one', '1:27-1:29: 2 spaces in a row after “team”; use one'],
      output: 'The study ended. The team met today.\n'
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
        const before = /\S+$/.exec(block.text.slice(Math.max(0, at - 40), at))?.[0] ?? ''
        const place = sourceSpan(block, at, at + match[0].length)
        report('double', {place, data: {count: match[0].length, before}, actual: match[0], expected: [' ']})
      }
    }
  }
})
