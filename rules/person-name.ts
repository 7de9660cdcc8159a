import {editDistance} from '../src/engine/data-file.ts'
import {defineRule} from '../src/engine/rule.ts'
import type {Person} from '../src/facts/types.ts'
import {plainName, surnameOf} from '../src/model/mentions.ts'
import {inDateLine, inQuotedSpeech, isBodyProse, isCitation} from '../src/model/query.ts'
import {sourceSpan} from '../src/model/text-view.ts'

// Two to four capitalised words: where a misspelt name can hide ("Ulf Nehrbas").
const capitalisedRun = /\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3}/gu

export default defineRule({
  id: 'person-name',
  category: 'people',
  severity: 'warning',
  fix: 'suggestion',
  summary: 'Registry people are spelt as the registry spells them, and introduced by their full name.',
  why: 'A misspelt name is the error readers forgive least; and “Dr Meiser” means nothing to a reader who has not yet met Dr Johannes Meiser.',
  messages: {
    misspelt: '“{found}” looks like a misspelling of “{name}” (facts registry); write “{name}”',
    firstMention: 'First mention of {name} as “{found}”; introduce them in full as “{full}”, then “{short}” after'
  },
  examples: [
    {
      title: 'A misspelt name',
      input: '# News\n\nThe study was led by Prof Ulf Nehrbas and his team in Strassen.\n',
      messages: ['3:27-3:38: “Ulf Nehrbas” looks like a misspelling of “Ulf Nehrbass” (facts registry); write “Ulf Nehrbass”'],
      output: '# News\n\nThe study was led by Prof Ulf Nehrbass and his team in Strassen.\n'
    },
    {
      title: 'Surname only at first mention (as on the seed release)',
      input: '# News\n\nAn ERC grant was awarded to Dr Meiser for his work on metastasis. Dr Johannes Meiser thanked the team.\n',
      messages: ['3:29-3:38: First mention of Johannes Meiser as “Dr Meiser”; introduce them in full as “Dr Johannes Meiser”, then “Dr Meiser” after'],
      output: '# News\n\nAn ERC grant was awarded to Dr Johannes Meiser for his work on metastasis. Dr Johannes Meiser thanked the team.\n'
    },
    {
      title: 'Surname only at first mention, in a lead that opens with a wire dateline',
      input: '# News\n\nLuxembourg, 18 June 2025 – An ERC grant was awarded to Dr Meiser for his work on how tumours spread.\n\nDr Johannes Meiser thanked the team.\n',
      messages: ['3:56-3:65: First mention of Johannes Meiser as “Dr Meiser”; introduce them in full as “Dr Johannes Meiser”, then “Dr Meiser” after'],
      output: '# News\n\nLuxembourg, 18 June 2025 – An ERC grant was awarded to Dr Johannes Meiser for his work on how tumours spread.\n\nDr Johannes Meiser thanked the team.\n'
    },
    {
      title: 'Right: a reference list names its authors in its own style',
      input: '# News\n\nThe study appears in a journal today.\n\n## Reference\n\nFagherazzi G, Ollert M, et al. Persistent symptoms one year after infection. *BMC Med.* 2024;22:190.\n',
      messages: []
    },
    {
      title: 'Full name first, short forms after; other people are left alone',
      input: '# News\n\nDr Johannes Meiser leads the group. Dr Meiser and Meiser’s team thank Jane Nehrbaum.\n',
      messages: []
    },
    {
      title: 'Others who share the surname, a middle initial, a possessive and a non-breaking space are not slips',
      input:
        '# News\n\nThe new wing was opened by Mayor Meiser and by Anna Meiser of the city council. Dr Johannes M. Meiser’s group moves in first; Prof Ulf\u00a0Nehrbass\'s office is next door.\n',
      messages: []
    },
    {
      title: 'A headline that gives the full name has introduced them',
      input: '# Dr Johannes Meiser wins a research prize\n\nThe prize goes to Dr Meiser for his work on how tumours use their metabolism.\n',
      messages: []
    }
  ],
  check({release, facts, report}) {
    const seen = new Set<Person>()
    for (const mention of release.personMentions) {
      if (!isBodyProse(release, mention.block) || inDateLine(release, mention.block, mention.at) || isCitation(release, mention.block) || seen.has(mention.person)) continue
      seen.add(mention.person)
      if (mention.kind === 'full' || namedInHeadline(release.headlineText, mention.person)) continue
      const surname = surnameOf(mention.person)
      const honorific = mention.person.honorific ?? mention.honorific?.replace(/\.$/, '')
      const full = honorific ? `${honorific} ${mention.person.name}` : mention.person.name
      const short = honorific ? `${honorific} ${surname}` : surname
      report('firstMention', {place: mention, data: {name: mention.person.name, found: mention.text, full, short}, actual: mention.text, expected: [full]})
    }
    // Names within a small edit distance of a registry person's, which are not that person's.
    const sizes = facts.people.map((person) => person.name.split(' ').length)
    for (const block of release.blocks) {
      if (block.section === 'contact') continue
      for (const match of block.prose.matchAll(capitalisedRun)) {
        const words = match[0].split(' ')
        for (let index = 0; index < facts.people.length; index++) {
          const person = facts.people[index]
          const size = sizes[index]
          for (let first = 0; first + size <= words.length; first++) {
            // The first letters must agree: tested before any string is built (this runs for every
            // run of capitalised words against every registry person).
            if (words[first][0] !== person.name[0]) continue
            // "David Medine's" is the name, owned.
            const candidate = words.slice(first, first + size).join(' ').replace(/['’]s$/, '')
            if (candidate === person.name || candidate.length < 8) continue
            const distance = editDistance(candidate, person.name, 3)
            // One slip in a short name, two in a long one.
            if (distance > (person.name.length >= 12 ? 2 : 1)) continue
            const offset = match.index! + words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0)
            const place = sourceSpan(block, offset, offset + candidate.length)
            report('misspelt', {place, data: {found: candidate, name: person.name}, actual: candidate, expected: [person.name], fix: inQuotedSpeech(release, place.start) ? 'suggestion' : 'safe'})
          }
        }
      }
    }
  }
})

/** A headline that gives the full name has introduced the person: the reader met them there. */
function namedInHeadline(headline: string | undefined, person: Person): boolean {
  return Boolean(headline) && [person.name, plainName(person)].some((name) => headline!.includes(name))
}
