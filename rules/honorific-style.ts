import {defineRule} from '../src/engine/rule.ts'
import {inQuotedSpeech} from '../src/model/query.ts'
import {sourceSpan} from '../src/model/text-view.ts'

// Words that start a sentence after an abbreviation that ended the one before ("… from the Dr. He …").
const sentenceStarts = new Set(['A', 'An', 'The', 'This', 'That', 'These', 'Those', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'At', 'For', 'But', 'And', 'If', 'As', 'Our', 'His', 'Her', 'Their'])

export default defineRule({
  id: 'honorific-style',
  category: 'people',
  severity: 'warning',
  fix: 'safe',
  summary: 'Honorifics before a name follow the house: with or without a full stop (registry `house.honorificFullStop`; LIH writes “Dr”, “Prof”).',
  why: 'British houses write “Dr Meiser” and American ones “Dr. Meiser”; a release that mixes them reads as copied from two sources. The honorifics judged are the registry’s `house.honorifics`, and only before a capitalised name.',
  messages: {
    style: '“{found}” before a name is written “{expected}” in the house style (facts registry: house.honorificFullStop)'
  },
  examples: [
    {
      title: 'Full stops after honorifics in a house that writes none',
      input: '# News\n\nThe study was led by Dr. Johannes Meiser and Prof. Dr. Markus Ollert.\n',
      messages: [
        '3:22-3:25: “Dr.” before a name is written “Dr” in the house style (facts registry: house.honorificFullStop)',
        '3:46-3:51: “Prof.” before a name is written “Prof” in the house style (facts registry: house.honorificFullStop)',
        '3:52-3:55: “Dr.” before a name is written “Dr” in the house style (facts registry: house.honorificFullStop)'
      ],
      output: '# News\n\nThe study was led by Dr Johannes Meiser and Prof Dr Markus Ollert.\n'
    },
    {
      title: 'Right: the house style, an abbreviation that ends a sentence, and other words that end in a full stop',
      input: '# News\n\nDr Johannes Meiser and Drs Chevigné and Szpakowska spoke. She trained as a Dr. He did not. See `Dr. Who` on p. 4.\n',
      messages: []
    }
  ],
  check({release, facts, report}) {
    const pattern = honorificPattern(facts.house.honorifics)
    if (!pattern) return
    const withStop = facts.house.honorificFullStop
    for (const block of release.blocks) {
      for (const match of block.prose.matchAll(pattern)) {
        const [found, honorific, stop, next] = match
        if (Boolean(stop) === withStop || sentenceStarts.has(next)) continue
        const expected = withStop ? `${honorific}.` : honorific
        const place = sourceSpan(block, match.index!, match.index! + found.length)
        if (release.source.slice(place.start, place.end) !== found) continue
        report('style', {place, data: {found, expected}, actual: found, expected: [expected], fix: inQuotedSpeech(release, place.start) ? 'suggestion' : 'safe'})
      }
    }
  }
})

const patterns = new Map<string, RegExp | undefined>()

/** An honorific of the registry, with or without its stop, before a capitalised word (a name or another honorific). */
function honorificPattern(listed: readonly string[]): RegExp | undefined {
  const key = listed.join('\n')
  if (patterns.has(key)) return patterns.get(key)
  // Single words only: "Prof Dr" is two honorifics, each judged.
  const words = listed.filter((honorific) => /^\p{L}+$/u.test(honorific)).sort((a, b) => b.length - a.length)
  const pattern = words.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}.])(${words.join('|')})(\\.?)(?=[ \\u00a0]+(\\p{Lu}[\\p{L}'’-]*))`, 'gu')
  patterns.set(key, pattern)
  return pattern
}
