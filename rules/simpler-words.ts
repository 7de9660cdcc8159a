import {defineRule, quotedAlternatives, wordListProblem} from '../src/engine/rule.ts'
import {proseSentences} from '../src/model/query.ts'
import {runRetext} from '../src/prose/retext.ts'

interface Options {
  /** Words and phrases never to report (“component”, “a number of”). */
  ignore: string[]
}

export default defineRule<Options>({
  id: 'simpler-words',
  category: 'prose',
  severity: 'warning',
  fix: 'suggestion',
  recommended: false,
  summary: 'Opt-in (off in `recommended`, on in `all`): plain words instead of long or officious ones (“use”, not “utilise”), from retext-simplify’s list.',
  why: 'Plain words are quoted as written; “facilitate” and “in order to” are cut or rewritten by every editor who copies the release. The list is long and some entries are terms of the trade (“component”, “initial”), so the rule is advice to turn on while editing; the replacements are suggestions an editor offers, never applied by `--fix` alone.',
  messages: {
    simpler: '“{actual}” has a plainer alternative: write {expected}',
    omit: '“{actual}” adds little; remove it{or}'
  },
  defaults: {ignore: []},
  validateOptions: (options) => wordListProblem(options.ignore, 'ignore', '[component, "a number of"]'),
  examples: [
    {
      title: 'Officious words, with plain ones as suggestions',
      input: '# News\n\nThe institute will utilize the data in order to accelerate research. It takes appropriate care.\n',
      messages: [
        '3:20-3:27: “utilize” has a plainer alternative: write “use”',
        '3:37-3:48: “in order to” has a plainer alternative: write “to”',
        '3:49-3:59: “accelerate” has a plainer alternative: write “speed up”',
        '3:79-3:90: “appropriate” adds little; remove it, or write “proper” or “right”'
      ],
      output: '# News\n\nThe institute will use the data to speed up research. It takes appropriate care.\n'
    },
    {
      title: 'Plain words, and the boilerplate, pass',
      input: '# News\n\nThe institute will use the data to speed up research.\n\n## About LIH\n\nLIH will utilize its data.\n',
      messages: []
    },
    {
      title: 'Words the house accepts (option `ignore`)',
      input: '# News\n\nThe institute will utilize the data.\n',
      options: {ignore: ['utilize']},
      messages: []
    }
  ],
  async check({release, options, report}) {
    const {default: retextSimplify} = await import('retext-simplify')
    for (const finding of await runRetext(retextSimplify, {ignore: options.ignore}, proseSentences(release))) {
      // A sentence-initial “Utilize” gets “Use”.
      const capital = /^\p{Lu}/u.test(finding.actual) && !/^\p{Lu}{2}/u.test(finding.actual)
      const expected = finding.expected.map((word) => (capital ? word[0].toUpperCase() + word.slice(1) : word))
      const place = {start: finding.start, end: finding.end}
      const list = quotedAlternatives(expected)
      // retext-simplify says “remove it” for phrases that may simply go (“in order to”).
      if (/remove it/.test(finding.reason)) report('omit', {place, data: {actual: finding.actual, or: expected.length > 0 ? `, or write ${list}` : ''}, actual: finding.actual, expected})
      else report('simpler', {place, data: {actual: finding.actual, expected: list}, actual: finding.actual, expected})
    }
  }
})

