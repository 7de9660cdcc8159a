import {defineRule} from '../src/engine/rule.ts'
import {datesIn, formatDate, MONTHS} from '../src/model/dates.ts'
import {inLinkedTitle, inQuotedSpeech} from '../src/model/query.ts'
import {sourceSpan} from '../src/model/text-view.ts'

const styleExample = {'day-month-year': '18 June 2024', 'month-day-year': 'June 18, 2024'} as const

export default defineRule({
  id: 'date-format',
  category: 'dates',
  severity: 'warning',
  fix: 'safe',
  summary: 'Dates are written in the house style of the facts registry (LIH: “18 June 2024”; a US house: “June 18, 2024”, or “Sept. 4, 2015” with `abbreviateMonths`, everywhere or only in the dateline).',
  why: 'One date style reads as one voice; and numeric dates (03/04/2025) mean different days on either side of the Atlantic.',
  messages: {
    style: '“{found}” is not in the house date style; write “{expected}” (facts registry: house.dateStyle)',
    ambiguous: '“{found}” can be read as {first} or {second}; spell the month out, as in “{example}”'
  },
  examples: [
    {
      title: 'US order, ordinals, numbers and ISO dates in a day-month-year house',
      input: 'The study began on June 18, 2024, ended on the 4th of May 2025 and was published on 2025-06-18. Results came on 18/07/2025 and February 7th.\n',
      messages: [
        '1:20-1:33: “June 18, 2024” is not in the house date style; write “18 June 2024” (facts registry: house.dateStyle)',
        '1:44-1:63: “4th of May 2025” is not in the house date style; write “4 May 2025” (facts registry: house.dateStyle)',
        '1:85-1:95: “2025-06-18” is not in the house date style; write “18 June 2025” (facts registry: house.dateStyle)',
        '1:113-1:123: “18/07/2025” is not in the house date style; write “18 July 2025” (facts registry: house.dateStyle)',
        '1:128-1:140: “February 7th” is not in the house date style; write “7 February” (facts registry: house.dateStyle)'
      ],
      output: 'The study began on 18 June 2024, ended on 4 May 2025 and was published on 18 June 2025. Results came on 18 July 2025 and 7 February.\n'
    },
    {
      title: 'An ambiguous numeric date gets no fix',
      input: 'The call closes on 03/04/2025.\n',
      messages: ['1:20-1:30: “03/04/2025” can be read as 3 April 2025 or 4 March 2025; spell the month out, as in “18 June 2024”']
    },
    {
      title: 'The house style, and dates in URLs, code and linked documents’ titles, are fine',
      input: 'On Tuesday 18 June 2024 and on 4 May, see https://lih.lu/2024-06-18/news or `2024-06-18`, and read the [Minutes of the Board Meeting, June 4, 2024](https://lih.lu/minutes).\n',
      messages: []
    }
  ],
  check({release, facts, report}) {
    const style = facts.house.dateStyle
    for (const block of release.blocks) {
      for (const date of datesIn(block)) {
        // A linked document's title is quoted as published (“[Outcomes of the Spring Plenary, 23 February 2024](url)”).
        if (inLinkedTitle(block, date.start, date.end)) continue
        const found = block.text.slice(date.start, date.end)
        const place = sourceSpan(block, date.start, date.end)
        if (date.ambiguous) {
          const swapped = {year: date.year, month: date.day!, day: date.month!}
          report('ambiguous', {place, data: {found, first: formatDate({year: date.year, month: date.month!, day: date.day!}, style), second: formatDate(swapped, style), example: styleExample[style]}})
          continue
        }
        if (!date.month || !date.day) continue
        // AP style abbreviates months only in full dates (with a day); "Sept. 4, 2015". Some houses do so
        // only in the dateline that opens the release.
        const inDateLine = release.dateLine?.block === block && release.dateLine.date.start === date.start
        const abbreviate = facts.house.abbreviateMonths === true || (facts.house.abbreviateMonths === 'dateline' && inDateLine)
        const expected = formatDate({year: date.year, month: date.month, day: date.day}, style, abbreviate)
        if (found === expected || !MONTHS[date.month - 1]) continue
        // "on the 4th of May" becomes "on 4 May": the article goes with the ordinal.
        const article = date.hasOrdinal && /\bthe $/i.test(block.prose.slice(Math.max(0, date.start - 4), date.start)) ? 4 : 0
        const span = sourceSpan(block, date.start - article, date.end)
        const written = block.text.slice(date.start - article, date.end)
        report('style', {place: span, data: {found, expected}, actual: written, expected: [expected], fix: inQuotedSpeech(release, place.start) ? 'suggestion' : 'safe'})
      }
    }
  }
})
