import {defineRule, wordListProblem} from '../src/engine/rule.ts'
import type {Quote} from '../src/model/quotes.ts'

const present: Record<string, string> = {said: 'says'}

export default defineRule<{verbs: string[]}>({
  id: 'attribution-verb',
  category: 'quotes',
  severity: 'warning',
  fix: 'suggestion',
  summary: 'Quotes are attributed with the house verb (“said”), not “stated”, “declared” or “commented”.',
  why: '“Said” is neutral and invisible; “stated”, “declared” and “commented” add a tone the speaker did not choose, and mixing them reads as careless.',
  messages: {
    verb: '“{verb}” introduces a quote; the house writes “{house}” (facts registry: house.attributionVerb)'
  },
  defaults: {verbs: ['stated', 'states', 'declared', 'declares', 'commented', 'comments', 'remarked', 'remarks', 'explained', 'explains', 'proclaimed']},
  validateOptions: (options) => wordListProblem(options.verbs, 'verbs', '[stated, declared]'),
  examples: [
    {
      title: 'Two quotes, one speaker: one finding',
      input: '# News\n\n“The trial opens in four hospitals,” Dr Jane Roe explained. “Each of them recruits twenty patients.”\n',
      messages: ['3:50-3:59: “explained” introduces a quote; the house writes “said” (facts registry: house.attributionVerb)'],
      output: '# News\n\n“The trial opens in four hospitals,” Dr Jane Roe said. “Each of them recruits twenty patients.”\n'
    },
    {
      title: '“stated” after a scraped quote (as on the seed release)',
      input: 'Press release\n\nThe achievements of 2023 have laid a robust foundation for our future endeavours and more.\n\nstated Gregor Baertz, President of the Board of Directors.\n',
      path: 'release.txt',
      messages: ['5:1-5:7: “stated” introduces a quote; the house writes “said” (facts registry: house.attributionVerb)']
    },
    {
      title: 'A present-tense verb gets the present tense',
      input: '# News\n\n“We are proud of the whole team and its work,” comments Prof Ulf Nehrbass, CEO of LIH.\n',
      messages: ['3:48-3:56: “comments” introduces a quote; the house writes “says” (facts registry: house.attributionVerb)'],
      output: '# News\n\n“We are proud of the whole team and its work,” says Prof Ulf Nehrbass, CEO of LIH.\n'
    },
    {
      title: 'A verb just before the quotation introduces it',
      input: '# News\n\nProf Ulf Nehrbass, CEO of LIH, declared: “We will open the laboratory to every hospital in the country.”\n',
      messages: ['3:32-3:40: “declared” introduces a quote; the house writes “said” (facts registry: house.attributionVerb)'],
      output: '# News\n\nProf Ulf Nehrbass, CEO of LIH, said: “We will open the laboratory to every hospital in the country.”\n'
    },
    {
      title: 'Right: “As NAME, ROLE, explains, “…”” introduces a quote the house’s other way',
      input: '# News\n\nAs Prof Ulf Nehrbass, CEO of LIH, explains, “An early diagnosis gives patients time.”\n',
      messages: []
    },
    {
      title: 'Reported speech that quotes a few words is not a quote attribution',
      input: '# News\n\nProf Ulf Nehrbass, CEO of LIH, stated that the new laboratory was “a turning point for cancer research in Luxembourg.”\n',
      messages: []
    },
    {
      title: '“said” and “added” are fine; words inside the quote are left alone',
      input: '# News\n\n“The minister explained the plan to us in detail,” said Prof Ulf Nehrbass. “We start today,” he added.\n',
      messages: []
    }
  ],
  check({release, facts, options, report}) {
    const house = facts.house.attributionVerb
    // Quotes that share a speaker (a second quote in the paragraph, speech run on) share its verb: one finding.
    const seen = new Set<number>()
    for (const quote of release.quotes) {
      const verb = quote.speaker?.verb
      if (!verb || seen.has(verb.start) || !options.verbs.includes(verb.text.toLowerCase())) continue
      if (!attributesDirectly(release.source, quote) || explainsAs(release.source, quote)) continue
      seen.add(verb.start)
      const presentTense = /s$/.test(verb.text) && !/ed$/.test(verb.text)
      let expected = presentTense ? (present[house] ?? house) : house
      if (/^\p{Lu}/u.test(verb.text)) expected = expected[0].toUpperCase() + expected.slice(1)
      report('verb', {place: verb, data: {verb: verb.text, house: expected.toLowerCase()}, actual: verb.text, expected: [expected]})
    }
  }
})

/**
 * Whether the verb attributes the quotation itself: its speech tag (speaker, role and verb) stands
 * right after the closing mark (“…,” stated X; “…,” X stated) or right before the opening one
 * (X stated: “…”). Not reported speech that quotes a few words on the way (X stated that the plan
 * was “a clear failure”), nor a speaker found further on in the paragraph: there “stated” is the
 * writer's summary, not a speech tag.
 */
function attributesDirectly(source: string, quote: Quote): boolean {
  const speaker = quote.speaker!
  if (quote.form !== 'inline') return true
  const parts = [speaker, speaker.verb!, ...(speaker.role ? [speaker.role] : [])]
  const tagStart = Math.min(...parts.map((part) => part.start))
  const tagEnd = Math.max(...parts.map((part) => part.end))
  const between = tagStart >= quote.end ? source.slice(quote.end, tagStart) : source.slice(tagEnd, quote.start)
  return /^[\s,:—–*_-]*$/.test(between)
}

/**
 * “As Prof Ulf Nehrbass, CEO of LIH, explains, “…”: the house's way of introducing a quote before
 * it (lih-facts: attribution with “said” after the quote, or “As …, explains,” before it).
 */
function explainsAs(source: string, quote: Quote): boolean {
  const speaker = quote.speaker!
  return /(?:^|[\s(“"])As\s+$/.test(source.slice(Math.max(0, speaker.start - 6), speaker.start)) && /^explain(?:s|ed)$/i.test(speaker.verb!.text) && speaker.verb!.end <= quote.start
}
