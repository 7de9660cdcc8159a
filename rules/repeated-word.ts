import {defineRule} from '../src/engine/rule.ts'
import {sourceSpan} from '../src/model/text-view.ts'

// The same word twice, across a line break too ("the\nthe"); case-insensitive.
const repeated = /\b(\p{L}+)(\s+)(\1)\b/giu
// Doubled words that English uses on purpose.
const allowed = new Set(['that', 'had', 'is', 'do', 'bye', 'so', 'very', 'no', 'well', 'far', 'again', 'more', 'ha', 'yes', 'now', 'long'])

export default defineRule({
  id: 'repeated-word',
  category: 'prose',
  severity: 'warning',
  fix: 'safe',
  summary: 'A word is not written twice in a row (“the the”).',
  why: 'A doubled word is the slip the eye skips most easily, especially across a line break.',
  messages: {
    repeated: '“{word}” is written twice; remove one'
  },
  examples: [
    {
      title: 'Doubled words, on one line and across a line break',
      input: 'The results of the the study were\nwere clear.\n',
      messages: ['1:16-1:23: “the” is written twice; remove one', '1:30-2:5: “were” is written twice; remove one'],
      output: 'The results of the study were clear.\n'
    },
    {
      title: 'Doubles English allows, and names',
      input: 'He said that that result had had an effect. Pago Pago is far far away. Read it in [de](https://de.example) [de](https://de.example/faq).\n\n**GNOME**\nGNOME is a desktop.\n',
      messages: []
    }
  ],
  check({release, report}) {
    for (const block of release.blocks) {
      for (const match of block.prose.matchAll(repeated)) {
        const word = match[1]
        const at = match.index!
        const capitalised = /^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(match[3])
        // "that that", "had had"; capitalised pairs that are names ("Pago Pago") or a bold title line
        // followed by its text ("**GNOME**" then "GNOME 3.6 …"); and two links with the same text.
        if (allowed.has(word.toLowerCase()) || (capitalised && (at > 0 || match[2].includes('\n')))) continue
        if (block.links.some((link) => link.start < at + match[0].length && link.end > at)) continue
        const place = sourceSpan(block, at, at + match[0].length)
        report('repeated', {place, data: {word: word.toLowerCase()}, actual: block.text.slice(at, at + match[0].length), expected: [word]})
      }
    }
  }
})
