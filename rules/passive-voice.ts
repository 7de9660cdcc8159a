import {defineRule, wordListProblem} from '../src/engine/rule.ts'
import {proseSentences} from '../src/model/query.ts'
import {runRetext} from '../src/prose/retext.ts'

interface Options {
  /** Participles never to report (“based”, “located”). */
  ignore: string[]
}

export default defineRule<Options>({
  id: 'passive-voice',
  category: 'prose',
  severity: 'warning',
  fix: 'none',
  recommended: false,
  summary: 'Opt-in (off in `recommended`, on in `all`): sentences in the active voice, saying who did what (retext-passive).',
  why: '“The study was published” hides who published it; “LIH researchers published the study” gives the journalist a subject to quote. Passives have their place (the actor is unknown or beside the point), so the rule is advice to turn on while editing, not a house rule.',
  messages: {
    passive: '“{verb} {participle}” is in the passive voice; say who did it, if that matters (“the team published the study”, not “the study was published”)'
  },
  defaults: {ignore: []},
  validateOptions: (options) => wordListProblem(options.ignore, 'ignore', '[based, located]'),
  examples: [
    {
      title: 'A passive sentence',
      input: '# News\n\nThe study was written by the team and the results were shown to patients.\n',
      messages: [
        '3:15-3:22: “was written” is in the passive voice; say who did it, if that matters (“the team published the study”, not “the study was published”)',
        '3:56-3:61: “were shown” is in the passive voice; say who did it, if that matters (“the team published the study”, not “the study was published”)'
      ]
    },
    {
      title: 'Active sentences, and the boilerplate, pass',
      input: '# News\n\nThe team wrote the study and showed the results to patients.\n\n## About LIH\n\nLIH was founded in 2015.\n',
      messages: []
    },
    {
      title: 'Participles the house accepts (option `ignore`)',
      input: '# News\n\nThe institute is based in Strassen.\n',
      options: {ignore: ['based']},
      messages: []
    }
  ],
  async check({release, options, report}) {
    const {default: retextPassive} = await import('retext-passive')
    for (const finding of await runRetext(retextPassive, {ignore: options.ignore}, proseSentences(release))) {
      // The word before the participle is the form of “to be” retext-passive found there.
      const verb = /(\p{L}+)[\s\u00A0]+$/u.exec(release.source.slice(Math.max(0, finding.start - 20), finding.start))?.[1] ?? ''
      report('passive', {place: {start: finding.start, end: finding.end}, data: {verb, participle: finding.actual}})
    }
  }
})
