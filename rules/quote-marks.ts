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
      title: 'A quotation opened with a straight mark and closed with a curly one: one problem, the style',
      input: '“We are proud,” said Prof Ulf Nehrbass. "The work goes on,” he added.\n',
      messages: ['1:41-1:42: Straight quotation mark in a release that uses curly ones; write “ (facts registry: house.quoteStyle)'],
      output: '“We are proud,” said Prof Ulf Nehrbass. “The work goes on,” he added.\n'
    },
    {
      title: 'Straight quotes in a Hugo shortcode are markup, not quotation marks',
      input: '“We are proud,” said Prof Ulf Nehrbass. Read [the interview]({{< ref "2025-06-interview.md" >}}).\n',
      messages: []
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
      // Markup matters only to straight marks: most paragraphs have none and skip the scan.
      const markup = prose.includes('"') ? markupSpans(prose) : []
      const isProse = (at: number) => !markup.some(([from, to]) => from <= at && at < to)
      const open = checkBalance(prose, isProse, (at) => report('unopened', {place: sourceSpan(block, at, at + 1), data: {opener: '“'}}))
      // A quotation running over several paragraphs repeats the opening mark on each and closes once.
      const next = release.blocks[index + 1]
      if (open !== undefined && !(next && /^[\s*_]*“/.test(next.prose))) {
        report('unclosed', {place: sourceSpan(block, open, open + 1), data: {closer: '”'}})
      }
      if (!mixing) return
      for (let at = prose.indexOf('"'); at !== -1; at = prose.indexOf('"', at + 1)) {
        if (!isProse(at)) continue
        const expected = opensQuote(prose, at) ? '“' : '”'
        report('mixed', {place: sourceSpan(block, at, at + 1), data: {expected}, severity: 'warning', actual: '"', expected: [expected]})
      }
    })
  }
})

/**
 * Pairs the quotation marks of a paragraph and reports each closing mark with no opening one;
 * returns where a curly quotation is left open. A straight mark pairs with a curly one (pasted text
 * mixes them: "…” or “…"), so a mixed pair is one problem of style, reported as such, and not also
 * a missing mark. A straight quotation left open is not reported: alone, it may be an inch mark.
 */
function checkBalance(prose: string, isProse: (at: number) => boolean, unopened: (at: number) => void): number | undefined {
  let open: {at: number; curly: boolean} | undefined
  // From mark to mark, not character by character.
  quoteMark.lastIndex = 0
  for (let match; (match = quoteMark.exec(prose)); ) {
    const at = match.index
    const char = match[0]
    if (char === '“') open = {at, curly: true}
    else if (char === '”') {
      if (open === undefined) unopened(at)
      open = undefined
    } else if (char === '"' && isProse(at)) {
      if (open === undefined && opensQuote(prose, at)) open = {at, curly: false}
      else if (open !== undefined && !opensQuote(prose, at)) open = undefined
    }
  }
  return open?.curly ? open.at : undefined
}

const quoteMark = /[“”"]/g

/** A straight mark opens a quotation after a space, an opening bracket or a dash, or at the start. */
function opensQuote(prose: string, at: number): boolean {
  return at === 0 || /[\s(\[{—–-]/.test(prose[at - 1])
}

/**
 * Markup left in the text, whose straight quotes are not quotations: attribute values
 * (`[gallery link="file"]`) and Hugo shortcodes (`{{< ref "2023-08-news.md" >}}`, `{{% note "x" %}}`).
 */
function markupSpans(prose: string): Array<[number, number]> {
  return [...prose.matchAll(/\{\{[<%][^\n]*?[%>]\}\}|[\w-]+="[^"\n]*"/g)].map((match) => [match.index!, match.index! + match[0].length])
}
