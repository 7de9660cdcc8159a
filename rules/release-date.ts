import {defineRule} from '../src/engine/rule.ts'
import {datesIn, formatIso, isoOf} from '../src/model/dates.ts'
import {sourceSpan} from '../src/model/text-view.ts'

// "will take place on 3 May 2024", "is scheduled for", "will open on": a future event.
const future = /\b(?:will|shall|is (?:scheduled|set|due|planned) to|are (?:scheduled|set|due|planned) to|is scheduled for|are scheduled for)\b[^.;!?]{0,80}$/i

export default defineRule({
  id: 'release-date',
  category: 'dates',
  severity: 'warning',
  fix: 'none',
  summary: 'The release has one date: the date line and the front matter agree, and no future event is dated before it.',
  why: 'Two dates for one release confuse the archive and the press; an event “that will take place” on a day already past betrays a recycled text.',
  messages: {
    disagree: 'The date line says {line} but the front matter says {front}; make them the same',
    none: 'The release has no date, neither a date line nor `date:` in the front matter; add one',
    pastFuture: '“{found}” is described as still to come, but it is before the release date ({release}); check the date or the tense'
  },
  examples: [
    {
      title: 'Date line and front matter disagree',
      input: '---\ndate: 2025-03-12\n---\n\n# LIH opens a laboratory\n\n13 March 2025\n\nThe laboratory opened today in Strassen after two years of building work.\n',
      messages: ['7:1-7:14: The date line says 13 March 2025 but the front matter says 12 March 2025; make them the same']
    },
    {
      title: 'A future event dated in the past',
      input: '---\ndate: 2025-03-12\n---\n\n# LIH opens a laboratory\n\nThe laboratory opened today in Strassen. An open day will take place on 3 March 2025 for the neighbours.\n',
      messages: ['7:73-7:85: “3 March 2025” is described as still to come, but it is before the release date (12 March 2025); check the date or the tense']
    },
    {
      title: 'No date anywhere',
      input: '# LIH opens a laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n',
      messages: ['1:1: The release has no date, neither a date line nor `date:` in the front matter; add one']
    },
    {
      title: 'Front matter after a blank line is still front matter, as Hugo reads it',
      input: '\n---\ndate: 2025-03-12\n---\n\n# LIH opens a laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n',
      messages: []
    },
    {
      title: 'The date of a letter the release reproduces is not a date line',
      input: '---\ndate: 2025-03-12\n---\n\n11 March 2025\n\nLetter to the Director\n\nDear Director:\n\nThe committee met yesterday and agreed on the advice that follows in this letter.\n',
      messages: []
    },
    {
      title: 'One date, and future events after it',
      input: '---\ndate: 2025-03-12\n---\n\n# LIH opens a laboratory\n\n12 March 2025\n\nAn open day will take place on 3 May 2025.\n',
      messages: []
    }
  ],
  check({release, facts, report}) {
    const style = facts.house.dateStyle
    const show = (iso: string) => formatIso(iso, style)
    if (!release.date) {
      report('none', {place: {start: 0, end: 0}})
      return
    }
    const lineIso = release.dateLine ? isoOf(release.dateLine.date) : undefined
    if (release.date.from === 'front matter' && lineIso && lineIso !== release.date.iso) {
      report('disagree', {place: {start: release.dateLine!.start, end: release.dateLine!.end}, data: {line: show(lineIso), front: show(release.date.iso)}})
    }
    for (const block of release.body) {
      for (const date of datesIn(block)) {
        const iso = isoOf(date)
        if (!iso || iso >= release.date.iso || !future.test(block.prose.slice(Math.max(0, date.start - 100), date.start))) continue
        report('pastFuture', {place: sourceSpan(block, date.start, date.end), data: {found: block.text.slice(date.start, date.end), release: show(release.date.iso)}})
      }
    }
  }
})
