import {defineRule} from '../src/engine/rule.ts'
import {titleFormula} from '../src/model/query.ts'
import {wordCount} from '../src/model/release.ts'

// A label naming the kind of document before the headline proper: "FACT SHEET: …", "READOUT: …".
const documentLabel = /^(?:fact sheet|readout|media advisory|joint statement|statement|remarks|testimony|transcript)\s*:\s*/i
// A transcript's title is a formula (titleFormula: "Remarks by"), then its speaker with their full
// title, then the occasion ("Remarks by Secretary of the Treasury Jane Doe at the Annual Meeting").
// The word that ends the speaker's name and title and opens the occasion. Not "of", "for" or "to",
// which job titles use ("Secretary of the Treasury", "Governor for the United States", "Counselor
// to the Secretary"); capitalised only where a title-cased headline would capitalise it.
const occasionStart = /\s(?:at|on|before|ahead|following|after|during|in|with|upon|regarding)\s|\s(?:At|Before|Ahead|Following|After|During|Upon|Regarding)\s/

export default defineRule<{maxWords: number}>({
  id: 'require-headline',
  category: 'sections',
  severity: 'error',
  fix: 'none',
  summary: 'A release has a headline (a heading at the top, or `title:` in the front matter) of a readable length.',
  why:
    'The headline is what editors see in their inbox; without one the release is not opened, and a long one is cut. ' +
    'A label of the document’s kind (“FACT SHEET:”, “READOUT:”) is not counted, and neither is the formula of a transcript’s title with its speaker (“Remarks by Secretary of the Treasury Jane Doe”): ' +
    'house convention fixes them, so only the occasion after them (“at the Annual Meeting …”) is the writer’s to shorten.',
  messages: {
    missing: 'The release has no headline; start it with a heading (`# …`) or give `title:` in the front matter',
    long: 'The headline has {words} words; keep it to {max} or fewer, and move the detail to the lead',
    longAfterFormula: 'The headline has {words} words after “{formula}”; keep it to {max} or fewer, and move the detail to the lead'
  },
  defaults: {maxWords: 20},
  validateOptions: (options) => (options.maxWords > 0 ? undefined : '`maxWords` should be a positive whole number'),
  examples: [
    {
      title: 'No headline',
      input: 'The laboratory opened today in Strassen after two years of building work.\n',
      messages: ['1:1: The release has no headline; start it with a heading (`# …`) or give `title:` in the front matter']
    },
    {
      title: 'A headline that runs on',
      input: '# LIH opens a new laboratory in Strassen where researchers from three departments will study how immune cells reach tumours in patients\n\nThe laboratory opened today.\n',
      messages: ['1:1-1:136: The headline has 21 words; keep it to 20 or fewer, and move the detail to the lead']
    },
    {
      title: 'A transcript’s title: the speaker’s name and title are not counted, only the occasion',
      input: '# Remarks by Director of Research Anna Schmit of the Luxembourg Institute of Health at the Opening of the New Immunology Laboratory in Strassen\n\nGood morning.\n',
      messages: []
    },
    {
      title: 'A transcript’s title whose occasion runs on',
      options: {maxWords: 8},
      input: '# Remarks by Director Anna Schmit at the Opening of the New Immunology Laboratory in Strassen, Luxembourg\n\nGood morning.\n',
      messages: ['1:1-1:106: The headline has 11 words after “Remarks by Director Anna Schmit”; keep it to 8 or fewer, and move the detail to the lead']
    },
    {
      title: 'A heading, or a title in the front matter',
      input: '---\ntitle: LIH opens a laboratory\n---\n\nThe laboratory opened today in Strassen after two years of building work.\n',
      messages: []
    }
  ],
  check({release, options, report}) {
    const headline = release.headline
    if (!headline && !release.headlineText) {
      report('missing', {place: {start: 0, end: 0}})
      return
    }
    const {formula, judged} = splitFormula((headline?.text ?? release.headlineText ?? '').trim())
    const words = wordCount(judged)
    if (words > options.maxWords) {
      const place = headline ? {start: headline.start, end: headline.end} : {start: release.frontMatter?.start ?? 0, end: release.frontMatter?.end ?? 0}
      report(formula ? 'longAfterFormula' : 'long', {place, data: {words, max: options.maxWords, formula}, severity: 'warning'})
    }
  }
})

/** The headline's fixed opening (a document label, a transcript's formula and speaker) and the rest, which is judged. */
function splitFormula(headline: string): {formula: string; judged: string} {
  const label = documentLabel.exec(headline)?.[0] ?? ''
  const afterLabel = headline.slice(label.length)
  const transcript = titleFormula.exec(afterLabel)
  if (!transcript) return {formula: label.trim(), judged: afterLabel}
  const rest = afterLabel.slice(transcript[0].length)
  const occasion = occasionStart.exec(rest)
  const speakerEnd = occasion ? occasion.index : rest.length
  return {formula: (label + afterLabel.slice(0, transcript[0].length) + rest.slice(0, speakerEnd)).trim(), judged: rest.slice(speakerEnd)}
}
