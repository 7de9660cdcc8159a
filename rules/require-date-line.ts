import {defineRule} from '../src/engine/rule.ts'

export default defineRule<{frontMatterDate: boolean}>({
  id: 'require-date-line',
  category: 'dates',
  severity: 'warning',
  fix: 'none',
  summary: 'A release shows its date near the top: a date line, or a wire dateline opening the lead.',
  why: 'Journalists file releases by date; a release without a visible date gets mistaken for an old one, or dated by the day it was read.',
  // Site generators (Hugo, Jekyll) print the front matter date on the page, so by default it counts;
  // a house that pastes releases into a CMS sets `frontMatterDate: false`.
  defaults: {frontMatterDate: true},
  messages: {
    onlyFrontMatter: 'The release’s date ({date}) is only in the front matter; readers see no date — add a date line under the headline'
  },
  examples: [
    {
      title: 'A date only in the front matter, when the site does not print it',
      options: {frontMatterDate: false},
      input: '---\ndate: 2025-03-12\n---\n\n# LIH opens a laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n',
      messages: ['5:1-5:25: The release’s date (2025-03-12) is only in the front matter; readers see no date — add a date line under the headline']
    },
    {
      title: 'A date line, a wire dateline, or (by default) a front matter date the site prints',
      input: '# LIH opens a laboratory\n\nSTRASSEN, 12 March 2025 – The laboratory opened today after two years of building work.\n',
      messages: []
    }
  ],
  check({release, options, report}) {
    // A release with no date at all is release-date's finding; this rule asks for a visible one.
    if (release.dateLine || !release.date || options.frontMatterDate) return
    const place = release.headline ? {start: release.headline.start, end: release.headline.end} : {start: 0, end: 0}
    report('onlyFrontMatter', {place, data: {date: release.date.iso}})
  }
})
