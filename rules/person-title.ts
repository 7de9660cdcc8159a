import {defineRule} from '../src/engine/rule.ts'
import type {Facts} from '../src/facts/types.ts'
import {formatIso} from '../src/model/dates.ts'
import type {Release} from '../src/model/release.ts'
import {begunBy, type GivenTitle, givenTitles, heldOn, holderOn, saidToHaveLeft} from '../src/model/titles.ts'

export default defineRule({
  id: 'person-title',
  category: 'people',
  severity: 'error',
  fix: 'suggestion',
  summary: 'A registry person’s title is one they held on the release’s date, written as the registry writes it.',
  why: 'Titles change: a release that gives a former president the title, or calls the president “Chairman”, tells journalists something untrue.',
  messages: {
    notHeld: '{name} did not hold “{title}” on {date} (facts registry: {period}){holder}',
    wrongForm: '“{written}” is not how the house writes {name}’s title; write “{title}” (facts registry)'
  },
  examples: [
    {
      title: 'A title no longer held on the release date',
      input: '---\ndate: 2026-03-02\n---\n\n# News\n\n“We are proud,” said Dr Gregor Baertz, President of the Board of Directors.\n',
      messages: ['7:40-7:75: Gregor Baertz did not hold “President of the Board of Directors” on 2 March 2026 (facts registry: until 31 December 2024); Ana Sanchez-Guevara Sanchez held it then']
    },
    {
      title: 'A form the house never uses (as on the seed release)',
      input: '---\ndate: 2024-06-18\n---\n\n# News\n\nThe year was a success, said Gregor Baertz, Chairman of the Board of Directors of LIH.\n',
      messages: ['7:45-7:86: “Chairman of the Board of Directors of LIH” is not how the house writes Gregor Baertz’s title; write “President of the Board of Directors” (facts registry)'],
      output: '---\ndate: 2024-06-18\n---\n\n# News\n\nThe year was a success, said Gregor Baertz, President of the Board of Directors.\n'
    },
    {
      title: 'Right title on the date, in either position',
      input: '---\ndate: 2024-06-18\n---\n\n# News\n\n“We grew,” said Prof Ulf Nehrbass, CEO of LIH. President of the Board of Directors Dr Gregor Baertz agreed.\n',
      messages: []
    },
    {
      title: 'A past title said to be past, or given to someone the release says has left',
      input:
        '---\ndate: 2026-03-02\n---\n\n# News\n\nThe prize was founded by former President of the Board of Directors Dr Gregor Baertz. Director of the Department of Oncology Prof Simone Niclou, who retired last year, chaired its jury for a decade.\n',
      messages: []
    },
    {
      title: 'Several people in a list, each with their title',
      input:
        '---\ndate: 2024-06-18\n---\n\n# News\n\nThe guests were CEO of LIH Prof Ulf Nehrbass, Director of the Department of Cancer Research Dr Johannes Meiser, and President of the Board of Directors Dr Gregor Baertz.\n',
      messages: []
    }
  ],
  check({release, facts, report}) {
    const iso = release.date?.iso
    for (const given of givenTitles(release, facts)) {
      const match = given.match
      if (!match) continue
      const name = given.mention.person.name
      const place = {start: given.start, end: given.end}
      if (match.kind === 'wrong') {
        report('wrongForm', {place, data: {written: given.text, name, title: match.role.title}, severity: 'warning', actual: given.text, expected: [match.role.title]})
      } else if (iso && !heldOn(match.role, iso) && !toldAsHistory(release, facts, given, iso)) {
        const holder = holderOn(facts, match.role.title, iso)
        report('notHeld', {
          place,
          data: {
            name,
            title: match.role.title,
            date: formatIso(iso, facts.house.dateStyle),
            period: period(match.role.from, match.role.until, facts.house.dateStyle),
            holder: holder ? `; ${holder.name} held it then` : ''
          }
        })
      }
    }
  }
})

/**
 * A title the release itself puts in the past ("former Secretary …", or given to someone it says
 * has left) tells of the time it was held, and claims nothing about today, if it had begun by then.
 */
function toldAsHistory(release: Release, facts: Facts, given: GivenTitle, iso: string): boolean {
  return begunBy(given.match!.role, iso) && (given.past || saidToHaveLeft(release, facts, given.mention.person))
}

function period(from: string | undefined, until: string | undefined, style: 'day-month-year' | 'month-day-year'): string {
  if (from && until) return `from ${formatIso(from, style)} to ${formatIso(until, style)}`
  if (from) return `from ${formatIso(from, style)}`
  return `until ${formatIso(until!, style)}`
}
