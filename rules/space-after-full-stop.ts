import {defineRule} from '../src/engine/rule.ts'
import {sourceSpan} from '../src/model/text-view.ts'
import {gluedFullStop} from '../src/prose/judged-sentences.ts'

export default defineRule({
  id: 'space-after-full-stop',
  category: 'prose',
  severity: 'warning',
  fix: 'safe',
  summary: 'A sentence must be followed by a space before the next one starts.',
  why: 'Two sentences run together ("outcome.Looking ahead") are a copy-paste slip that readers notice at once and that spell checkers miss.',
  messages: {
    missing: 'Add a space after the full stop in “{words}”'
  },
  examples: [
    {
      title: 'Two sentences run together',
      input: 'Results improve patient outcome.Looking ahead, the team will grow.\n',
      messages: ['1:32-1:33: Add a space after the full stop in “outcome.Looking”'],
      output: 'Results improve patient outcome. Looking ahead, the team will grow.\n'
    },
    {
      title: 'Abbreviations, decimals, domains, e-mail addresses and URLs are fine',
      input: 'See lih.lu or write to press@lih.lu, e.g. today. It grew 2.5 times in the U.S. since 2020. Read https://www.lih.lu/News.Today now.\n',
      messages: []
    },
    {
      title: 'Code is not prose',
      input: 'Run `config.Load` first.\n',
      messages: []
    }
  ],
  check({release, report}) {
    for (const block of release.blocks) {
      for (const match of block.prose.matchAll(gluedFullStop)) {
        const at = match.index!
        const wordStart = block.prose.slice(0, at).search(/[\p{L}\p{N}'’-]+$/u)
        const after = /^[\p{L}\p{N}'’-]+/u.exec(block.prose.slice(at + 1))
        const words = block.text.slice(wordStart, at + 1 + (after?.[0].length ?? 0))
        const place = sourceSpan(block, at, at + 1)
        report('missing', {place, data: {words}, actual: match[1], expected: [`${match[1]} `], fix: block.exact ? 'safe' : 'suggestion'})
      }
    }
  }
})
