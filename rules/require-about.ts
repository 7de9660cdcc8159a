import {defineRule} from '../src/engine/rule.ts'

export default defineRule({
  id: 'require-about',
  category: 'sections',
  severity: 'error',
  fix: 'none',
  summary: 'A release ends with an “About …” section: the organisation’s boilerplate.',
  why: 'Journalists copy the boilerplate to describe the organisation; a release without it gets described in someone else’s words.',
  messages: {
    missing: 'The release has no “About …” section; add “{heading}” with the boilerplate before the press contact'
  },
  examples: [
    {
      title: 'No About section',
      input: '# LIH opens a new laboratory\n\nThe Luxembourg Institute of Health (LIH) opened a laboratory in Strassen today.\n',
      messages: ['3:80: The release has no “About …” section; add “About the Luxembourg Institute of Health (LIH)” with the boilerplate before the press contact']
    },
    {
      title: 'An About heading, in Markdown or as a bold line',
      input: '# A new laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n\n**About the Luxembourg Institute of Health (LIH)**\n\nThe LIH is a public biomedical research organisation.\n',
      messages: []
    },
    {
      title: 'An About title run into its text, split from it by a Unicode line separator (U+2028) instead of a newline',
      input: '# A new laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n\nAbout the Luxembourg Institute of Health\u2028The LIH is a public biomedical research organisation.\n',
      messages: []
    },
    {
      title: 'Boilerplate without a heading after the end mark, naming the house by its acronym',
      input: '# A new laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n\n###\n\nThe LIH is a public biomedical research organisation based in Strassen.\n',
      messages: []
    },
    {
      title: 'Italic boilerplate, its closing asterisk lost, after an end mark indented so far that Markdown reads it as code',
      input: '# A new laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n\n                              ####\n\n*The Luxembourg Institute of Health is a public biomedical research organisation based in Strassen.\n',
      messages: []
    }
  ],
  check({release, facts, report}) {
    if (release.about) return
    const heading = facts.boilerplate?.heading ?? `About ${facts.house.name ?? facts.organisations[0]?.name ?? 'the organisation'}`
    // Point at where the section belongs: just before the press contact, or the end of the text.
    const at = release.contact?.blocks[0]?.start ?? release.blocks.at(-1)?.end ?? 0
    report('missing', {place: {start: at, end: at}, data: {heading}})
  }
})
