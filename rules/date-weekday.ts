import {defineRule} from '../src/engine/rule.ts'
import {datesIn, formatDate, isoOf, weekdayOf} from '../src/model/dates.ts'
import {sourceSpan} from '../src/model/text-view.ts'

export default defineRule({
  id: 'date-weekday',
  category: 'dates',
  severity: 'error',
  fix: 'none',
  summary: 'A weekday written beside a date is that date’s weekday.',
  why: '“Friday 11 September 2025” when the 11th is a Thursday sends people to an event on the wrong day; only the writer knows which half is wrong.',
  messages: {
    mismatch: '“{found}”: {date} is a {weekday}, not a {written}; correct the day or the date'
  },
  examples: [
    {
      title: 'A weekday that does not match',
      input: 'The symposium takes place on Friday 11 September 2025 in Strassen.\n',
      messages: ['1:30-1:54: “Friday 11 September 2025”: 11 September 2025 is a Thursday, not a Friday; correct the day or the date']
    },
    {
      title: 'A date without a year takes the release’s year',
      input: '---\ndate: 2025-09-01\n---\n\nDoors open on Friday, 12 September and close on Monday 16 September.\n',
      messages: ['5:49-5:68: “Monday 16 September”: 16 September 2025 is a Tuesday, not a Monday; correct the day or the date']
    },
    {
      title: 'Matching weekdays',
      input: 'The symposium opens on Thursday 11 September 2025 and closes on Friday, September 12, 2025.\n',
      messages: []
    }
  ],
  check({release, facts, report}) {
    const releaseYear = release.date ? Number(release.date.iso.slice(0, 4)) : undefined
    for (const block of release.blocks) {
      for (const date of datesIn(block)) {
        if (!date.weekday || date.ambiguous) continue
        const year = date.year ?? releaseYear
        const iso = isoOf({year, month: date.month, day: date.day})
        if (!iso) continue
        const actual = weekdayOf(iso)
        const written = date.weekday.text
        if (actual.toLowerCase() === written.toLowerCase()) continue
        report('mismatch', {
          place: sourceSpan(block, date.weekday.start, date.end),
          data: {found: block.text.slice(date.weekday.start, date.end), date: formatDate({year, month: date.month!, day: date.day!}, facts.house.dateStyle), weekday: actual, written}
        })
      }
    }
  }
})
