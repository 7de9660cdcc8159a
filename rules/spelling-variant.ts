import {defineRule} from '../src/engine/rule.ts'
import {inQuotedSpeech} from '../src/model/query.ts'
import {sourceSpan} from '../src/model/text-view.ts'
import {variantPairs} from '../src/prose/spelling-variants.ts'

// Built once: the other variant's word → the house's, for each house spelling.
const wrongFor = {
  'en-GB': new Map(variantPairs.map(([british, american]) => [american, british])),
  'en-US': new Map(variantPairs.map(([british, american]) => [british, american]))
}
const word = /\p{L}+/gu

export default defineRule({
  id: 'spelling-variant',
  category: 'prose',
  severity: 'warning',
  fix: 'safe',
  summary: 'Words follow the house spelling (registry `house.spelling`: LIH writes British English).',
  why: '“Organization” in one paragraph and “organisation” in the next reads as two authors; the house decides once, in the registry.',
  messages: {
    variant: '“{found}” is the {other} spelling; the house writes “{expected}” (facts registry: house.spelling {house})'
  },
  examples: [
    {
      title: 'American spellings in a British house',
      input: 'The organization will personalize treatment of each tumor in its new program.\n',
      messages: [
        '1:5-1:17: “organization” is the American spelling; the house writes “organisation” (facts registry: house.spelling en-GB)',
        '1:23-1:34: “personalize” is the American spelling; the house writes “personalise” (facts registry: house.spelling en-GB)',
        '1:53-1:58: “tumor” is the American spelling; the house writes “tumour” (facts registry: house.spelling en-GB)',
        '1:70-1:77: “program” is the American spelling; the house writes “programme” (facts registry: house.spelling en-GB)'
      ],
      output: 'The organisation will personalise treatment of each tumour in its new programme.\n'
    },
    {
      title: 'Proper names keep their own spelling',
      input: 'The World Health Organization and the Program for Cancer Research met at the Center.\n',
      messages: []
    }
  ],
  check({release, facts, report}) {
    const wrong = wrongFor[facts.house.spelling]
    const other = facts.house.spelling === 'en-GB' ? 'American' : 'British'
    for (const block of release.blocks) {
      if (block.section === 'about' || block.kind === 'heading') continue
      // Every word: `exec`, as matchAll's iterator adds an object per match (see src/model/mentions.ts).
      word.lastIndex = 0
      for (let match; (match = word.exec(block.prose)); ) {
        const found = match[0]
        // Capitalised: a name ("World Health Organization") or a sentence start; only lower case is judged.
        if (found[0] !== found[0].toLowerCase()) continue
        const expected = wrong.get(found)
        if (!expected) continue
        const place = sourceSpan(block, match.index!, match.index! + found.length)
        report('variant', {place, data: {found, expected, other, house: facts.house.spelling}, actual: found, expected: [expected], fix: inQuotedSpeech(release, place.start) ? 'suggestion' : 'safe'})
      }
    }
  }
})
