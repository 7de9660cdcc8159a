import {defineRule} from '../src/engine/rule.ts'
import {inQuotedSpeech} from '../src/model/query.ts'

export default defineRule({
  id: 'org-name-variant',
  category: 'organisations',
  severity: 'error',
  fix: 'safe',
  summary: 'Registry organisations are written exactly as the registry writes them.',
  why: 'An institute misnamed in its own release (“Luxemburg Institute for Health”) looks careless and splits search results.',
  messages: {
    variant: '“{found}” is a wrong form of “{name}” (facts registry); write “{name}”'
  },
  examples: [
    {
      title: 'A wrong form the registry lists',
      input: '# News\n\nThe Luxemburg Institute of Health (LIH) published a study today on immune cells.\n',
      messages: ['3:5-3:34: “Luxemburg Institute of Health” is a wrong form of “Luxembourg Institute of Health” (facts registry); write “Luxembourg Institute of Health”'],
      output: '# News\n\nThe Luxembourg Institute of Health (LIH) published a study today on immune cells.\n'
    },
    {
      title: 'Derived wrong forms and a wrong case, found without being listed in the registry',
      input: '# News\n\nThe Luxemburg Institute of Socio-Economic Research worked with the Luxembourg Centre for Systems Biomedicine and the luxembourg institute of science and technology.\n',
      messages: [
        '3:5-3:51: “Luxemburg Institute of Socio-Economic Research” is a wrong form of “Luxembourg Institute of Socio-Economic Research” (facts registry); write “Luxembourg Institute of Socio-Economic Research”',
        '3:118-3:164: “luxembourg institute of science and technology” is a wrong form of “Luxembourg Institute of Science and Technology” (facts registry); write “Luxembourg Institute of Science and Technology”'
      ],
      output: '# News\n\nThe Luxembourg Institute of Socio-Economic Research worked with the Luxembourg Centre for Systems Biomedicine and the Luxembourg Institute of Science and Technology.\n'
    },
    {
      title: 'The right form',
      input: '# News\n\nThe Luxembourg Institute of Health (LIH) published a study today on immune cells.\n',
      messages: []
    }
  ],
  check({release, report}) {
    for (const mention of release.orgMentions) {
      // A registry name in the wrong case ("luxembourg Institute of Health"), outside headings, which may shout.
      const miscased = mention.kind === 'name' && mention.text !== mention.org.name && mention.block.kind !== 'heading' && mention.text !== mention.text.toUpperCase()
      if (mention.kind !== 'wrong' && !miscased) continue
      const expected = mention.org.name
      report('variant', {
        place: mention,
        data: {found: mention.text, name: expected},
        actual: mention.text,
        expected: [expected],
        fix: inQuotedSpeech(release, mention.start) ? 'suggestion' : 'safe'
      })
    }
  }
})
