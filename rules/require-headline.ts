import {defineRule} from '../src/engine/rule.ts'
import {wordCount} from '../src/model/release.ts'

export default defineRule<{maxWords: number}>({
  id: 'require-headline',
  category: 'sections',
  severity: 'error',
  fix: 'none',
  summary: 'A release has a headline (a heading at the top, or `title:` in the front matter) of a readable length.',
  why: 'The headline is what editors see in their inbox; without one the release is not opened, and a long one is cut.',
  messages: {
    missing: 'The release has no headline; start it with a heading (`# …`) or give `title:` in the front matter',
    long: 'The headline has {words} words; keep it to {max} or fewer, and move the detail to the lead'
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
    const text = headline?.text ?? release.headlineText ?? ''
    const words = wordCount(text)
    if (words > options.maxWords) {
      report('long', {place: headline ? {start: headline.start, end: headline.end} : {start: release.frontMatter?.start ?? 0, end: release.frontMatter?.end ?? 0}, data: {words, max: options.maxWords}, severity: 'warning'})
    }
  }
})
