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
      title: 'The right form',
      input: '# News\n\nThe Luxembourg Institute of Health (LIH) published a study today on immune cells.\n',
      messages: []
    }
  ],
  check({release, report}) {
    for (const mention of release.orgMentions) {
      if (mention.kind !== 'wrong') continue
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
