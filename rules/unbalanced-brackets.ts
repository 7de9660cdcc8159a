import {defineRule} from '../src/engine/rule.ts'
import {sourceSpan} from '../src/model/text-view.ts'

const pairs: Record<string, string> = {'(': ')', '[': ']', '{': '}'}
const closers: Record<string, string> = {')': '(', ']': '[', '}': '{'}
const bracket = /[()[\]{}]/g

export default defineRule({
  id: 'unbalanced-brackets',
  category: 'prose',
  severity: 'warning',
  fix: 'none',
  summary: 'Every bracket that opens in a paragraph closes in it.',
  why: 'A bracket left open usually means a clause or an acronym was cut while editing: “the Luxembourg Institute of Health (LIH is …”.',
  messages: {
    unclosed: '“{bracket}” opens here and never closes in this paragraph; close it or remove it',
    unopened: '“{bracket}” closes here but nothing opened it in this paragraph; remove it or add the opening one'
  },
  examples: [
    {
      title: 'An acronym left open, a stray closing bracket',
      input: 'The Luxembourg Institute of Health (LIH is proud.\n\nThe results) are clear.\n',
      messages: [
        '1:36-1:37: “(” opens here and never closes in this paragraph; close it or remove it',
        '3:12-3:13: “)” closes here but nothing opened it in this paragraph; remove it or add the opening one'
      ]
    },
    {
      title: 'Balanced brackets, list numbering, smileys and code',
      input: 'The Luxembourg Institute of Health (LIH) [see the report] is proud :)\n\n1) First point\n\nThree themes: 1) funding, 2) staff and 3) data.\n\nRun `f(x` now.\n',
      messages: []
    }
  ],
  check({release, report}) {
    for (const block of release.blocks) {
      const open: Array<{char: string; at: number}> = []
      const prose = block.prose
      // Straight to each bracket (a pattern scans faster than a property lookup per character).
      for (const match of prose.matchAll(bracket)) {
        const at = match.index!
        const char = match[0]
        if (pairs[char]) open.push({char, at})
        else if (closers[char]) {
          const last = open.at(-1)
          if (last && last.char === closers[char]) open.pop()
          // Enumerations ("1) First", "including: 1) …, 2) …", "a)", "iv)") and ":)" are not brackets to balance.
          else if (!/(?:^|[\s:;,])(?:\d{1,2}|[a-z]|[ivx]{1,4})$/i.test(prose.slice(Math.max(0, at - 6), at)) && !/[:;]-?$/.test(prose.slice(Math.max(0, at - 2), at))) {
            report('unopened', {place: sourceSpan(block, at, at + 1), data: {bracket: char}})
          }
        }
      }
      for (const left of open) report('unclosed', {place: sourceSpan(block, left.at, left.at + 1), data: {bracket: left.char}})
    }
  }
})
