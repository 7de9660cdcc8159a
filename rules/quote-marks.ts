import {defineRule} from '../src/engine/rule.ts'
import {sourceSpan} from '../src/model/text-view.ts'

export default defineRule({
  id: 'quote-marks',
  category: 'quotes',
  severity: 'error',
  fix: 'safe',
  summary: 'Quotation marks open and close within a paragraph, and follow the house style (LIH: curly).',
  why: 'A quote that never closes leaves the reader unsure where the speaker’s words end; straight and curly marks mixed in one release look like a paste from two sources.',
  messages: {
    unclosed: 'This opening quotation mark never closes in this paragraph; close the quotation ({closer}) or remove the mark',
    unopened: 'This closing quotation mark has no opening one in this paragraph; add it ({opener}) or remove the mark',
    mixed: 'Straight quotation mark in a release that uses curly ones; write {expected} (facts registry: house.quoteStyle)'
  },
  examples: [
    {
      title: 'A quote that never closes, and a closing mark with no opening',
      input: '“We are proud of the team, said Prof Ulf Nehrbass.\n\nThe results are clear,” he added.\n',
      messages: [
        '1:1-1:2: This opening quotation mark never closes in this paragraph; close the quotation (”) or remove the mark',
        '3:23-3:24: This closing quotation mark has no opening one in this paragraph; add it (“) or remove the mark'
      ]
    },
    {
      title: 'Straight quotes mixed with curly ones',
      input: '“We are proud,” said Prof Ulf Nehrbass. "The work goes on," he added.\n',
      messages: [
        '1:41-1:42: Straight quotation mark in a release that uses curly ones; write “ (facts registry: house.quoteStyle)',
        '1:59-1:60: Straight quotation mark in a release that uses curly ones; write ” (facts registry: house.quoteStyle)'
      ],
      output: '“We are proud,” said Prof Ulf Nehrbass. “The work goes on,” he added.\n'
    },
    {
      title: 'Balanced curly quotes, apostrophes, a quote running over two paragraphs, and code',
      input: '“It’s the first step. We will go on.\n\n“Next year we will open a second laboratory,” she said. Run `echo "a` to test. [gallery link="file"]\n',
      messages: []
    }
  ],
  check({release, facts, report}) {
    const curlyInRelease = release.blocks.some((block) => /[“”]/.test(block.prose))
    const straightInRelease = release.blocks.some((block) => block.prose.includes('"'))
    const mixing = facts.house.quoteStyle === 'curly' ? straightInRelease && curlyInRelease : false
    release.blocks.forEach((block, index) => {
      const prose = block.prose
      let open: number | undefined
      for (let at = 0; at < prose.length; at++) {
        const char = prose[at]
        if (char === '“') open = at
        else if (char === '”') {
          if (open === undefined) report('unopened', {place: sourceSpan(block, at, at + 1), data: {opener: '“'}})
          open = undefined
        }
      }
      // A quotation running over several paragraphs repeats the opening mark on each and closes once.
      const next = release.blocks[index + 1]
      if (open !== undefined && !(next && /^[\s*_]*“/.test(next.prose))) {
        report('unclosed', {place: sourceSpan(block, open, open + 1), data: {closer: '”'}})
      }
      if (!mixing) return
      // Attribute values in shortcodes and markup left in the text (`[gallery link="file"]`) are not quotations.
      const attributes = [...prose.matchAll(/[\w-]+="[^"\n]*"/g)].map((match) => [match.index!, match.index! + match[0].length])
      for (let at = prose.indexOf('"'); at !== -1; at = prose.indexOf('"', at + 1)) {
        if (attributes.some(([from, to]) => from <= at && at < to)) continue
        const opening = at === 0 || /[\s(\[{—–-]/.test(prose[at - 1])
        const expected = opening ? '“' : '”'
        report('mixed', {place: sourceSpan(block, at, at + 1), data: {expected}, severity: 'warning', actual: '"', expected: [expected]})
      }
    })
  }
})
