import {defineRule} from '../src/engine/rule.ts'

export default defineRule({
  id: 'front-matter',
  category: 'sections',
  severity: 'error',
  fix: 'none',
  summary: 'Front matter is readable YAML, and its `date:` is a real calendar date.',
  why: 'Publishing systems read the front matter: broken YAML or a date such as 30 February stops the release from going out, or dates it wrongly.',
  messages: {
    unreadable: 'The front matter cannot be read ({problem}); fix the YAML between the `---` lines',
    badDate: 'The front matter date “{date}” is not a real date; write it as YYYY-MM-DD, such as 2025-02-28'
  },
  examples: [
    {
      title: 'Broken YAML',
      input: '---\ntitle: "LIH opens a laboratory\n---\n\n# LIH opens a laboratory\n',
      messages: ['1:1-3:4: The front matter cannot be read (Missing closing "quote on line 2); fix the YAML between the `---` lines']
    },
    {
      title: 'A date that does not exist',
      input: '---\ndate: 2025-02-30\n---\n\n# LIH opens a laboratory\n',
      messages: ['1:1-3:4: The front matter date “2025-02-30” is not a real date; write it as YYYY-MM-DD, such as 2025-02-28']
    },
    {
      title: 'Readable front matter with a date and time',
      input: "---\ntitle: LIH opens a laboratory\ndate: '2015-12-08T12:00:00.000Z'\n---\n\n# LIH opens a laboratory\n",
      messages: []
    }
  ],
  check({release, report}) {
    const front = release.frontMatter
    if (!front) return
    const place = {start: front.start, end: front.end}
    if (front.error) {
      report('unreadable', {place, data: {problem: front.error}})
      return
    }
    const date = front.data.date
    if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date) && !release.date) {
      report('badDate', {place, data: {date}})
    }
  }
})
