import {defineRule} from '../src/engine/rule.ts'
import type {Block} from '../src/model/release.ts'
import {MASK, sourceSpan} from '../src/model/text-view.ts'

// Phrases that promise a place to go. Plain "visit" is left out: it is far more often a verb
// ("during her visit to Strassen") than an invitation.
const invitation =
  /\b(?:please (?:visit|see|go to|consult|refer to)|for (?:more|further) (?:information|details)(?:,)? (?:please )?(?:see|visit|go to|consult)|click here|(?:is|are) (?:now )?available (?:at|on|from)|can be (?:found|downloaded|read|viewed) (?:at|on|from)|(?:learn|find out|read) more (?:at|on)|visit our (?:website|web site|site|page))\b/gi
// What can follow: a link, an address, a URL or e-mail (masked in the prose), a phone number, a
// street address, or a part of the document ("please see Annex 4").
const destination = /www\.|https?:|@|\b\d{1,5}\s+\p{Lu}|\+?\d[\d\s().-]{6,}\d|\b(?:Annex|Appendix|Section|Table|Figure|Chapter|page|pages|p\.)\s+[\dIVXA-Z]/u

export default defineRule({
  id: 'dangling-call-to-action',
  category: 'links',
  severity: 'error',
  fix: 'none',
  summary: 'An invitation to go somewhere (“please visit”, “available at”) gives the link or address.',
  why: 'A release that says “please visit” and stops — often because a link was lost when the text was pasted — sends the reader nowhere.',
  messages: {
    nowhere: '“{phrase}” leads nowhere: the sentence has no link, web address or e-mail; add where to go',
    clickHere: 'A link reading “{text}” says nothing out of context; link the words that say what the reader will find'
  },
  examples: [
    {
      title: 'An invitation that lost its link (as on the seed release)',
      input: 'For more information and to access the full 2023 Annual Report, please visit\n',
      messages: ['1:65-1:77: “please visit” leads nowhere: the sentence has no link, web address or e-mail; add where to go']
    },
    {
      title: 'With a link, an address, an e-mail, a part of the document, or a list that follows',
      input: 'The report is available at [lih.lu/report](https://www.lih.lu/report). For more information, see www.lih.lu or write to press@lih.lu. The exhibition can be found at 1 A-B rue Thomas Edison, Strassen. For the figures, please see Annex 2.\n\nThe data are available on our website at:\n\n- [2024 data](https://www.lih.lu/data)\n',
      messages: []
    },
    {
      title: '“Click here” as link text',
      input: '[Click here](https://www.lih.lu/report) for the report.\n',
      messages: ['1:1-1:40: A link reading “Click here” says nothing out of context; link the words that say what the reader will find']
    },
    {
      title: '“Visit” as an ordinary verb',
      input: 'During her visit to Strassen, the minister met the team.\n',
      messages: []
    }
  ],
  check({release, report}) {
    for (const block of release.blocks) {
      if (block.section === 'about') continue
      for (const match of block.prose.matchAll(invitation)) {
        const phrase = match[0]
        const from = match.index!
        const rest = block.prose.slice(from + phrase.length, sentenceEnd(block.prose, from + phrase.length))
        const text = block.text.slice(from + phrase.length, from + phrase.length + rest.length)
        if (rest.includes(MASK) || destination.test(text) || hasLink(block, from, from + phrase.length + rest.length)) continue
        // "… are available on the Treasury website at:" — the destination follows, as a list or a link below.
        if (text.trim().endsWith(':')) continue
        // "click here" inside link text is the other message; the link itself is the destination.
        if (/click here/i.test(phrase) && block.links.some((link) => link.start <= from && from < link.end)) continue
        report('nowhere', {place: sourceSpan(block, from, from + phrase.length), data: {phrase: block.text.slice(from, from + phrase.length)}})
      }
      for (const link of block.links) {
        const text = block.text.slice(link.start, link.end).trim()
        if (/^(?:click here|here|this link|link)$/i.test(text)) report('clickHere', {place: link.source, data: {text}, severity: 'warning'})
      }
    }
  }
})

/** End of the sentence that goes on from `from`: a full stop followed by a space, or the end of the block. */
function sentenceEnd(prose: string, from: number): number {
  const stop = /[.!?](?=\s|$)/g
  stop.lastIndex = from
  const found = stop.exec(prose)
  return found ? found.index : prose.length
}

function hasLink(block: Block, start: number, end: number): boolean {
  return block.links.some((link) => link.end > start && link.start <= end)
}
