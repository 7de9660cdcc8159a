import type {Block, Release} from '../src/model/release.ts'
import type {Facts} from '../src/facts/types.ts'
import {defineRule, type CrossReport, type FileSummary} from '../src/engine/rule.ts'
import {inPeriod} from '../src/model/dates.ts'
import {spanOfBlocks} from '../src/model/query.ts'
import {withoutHonorifics} from '../src/model/quotes.ts'
import {givenTitles, heldOn, titleWord} from '../src/model/titles.ts'
import {changesSummary, normalise} from '../src/model/word-diff.ts'

/** One fact kept per file: a title given a person, or an About section's text. */
interface TitleItem {
  kind: 'title'
  /** The person's registry name, or the name as written (lower case, no honorific) for others. */
  person: string
  shown: string
  title: string
  /** `role:` + the registry title when the registry recognises the form; else the written title, normalised. */
  same: string
  /** For registry people: the registry role held on the release's date; titles are compared within it. */
  period?: string
}
interface AboutItem {
  kind: 'about'
  heading: string
  text: string
}
type Item = (TitleItem | AboutItem) & {place: FileSummary['items'][number]['place']}
type Entry<T> = {file: FileSummary; item: T}


export default defineRule({
  id: 'consistency',
  category: 'people',
  severity: 'warning',
  fix: 'none',
  summary: 'Releases linted together give a person one title while their role lasts, and an organisation one About text at a time.',
  why: 'A reader who sees “Head of Research” on Monday and “Director of Research” on Thursday asks which is true; so does a journalist comparing two About sections. No single release shows it: only the set does.',
  messages: {
    title: '{name} is “{title}” here but “{other}” in {file} ({date}), in the same role (facts registry); releases give one title',
    titleOutlier: '{name} is “{title}” here but “{other}” in {before} and {after}, the releases just before and after; releases give one title',
    titleStale: '{name} is “{title}” here, as in {older}, but {newer} ({date}) already says “{other}”',
    aboutOutlier: 'This “{heading}” section differs from the one in {before} and {after}, the releases just before and after: {changes}',
    aboutStale: 'This “{heading}” section is an older text (as in {older}); {newer} ({date}) already has the new one: {changes}'
  },
  examples: [
    {
      title: 'A registry person given two titles while holding one role',
      path: 'b.md',
      input: '---\ndate: 2025-05-12\n---\n\n# Trial opens\n\n“We start the first patient visits today,” said Prof Ulf Nehrbass, Head of Science at LIH.\n',
      others: {'a.md': '---\ndate: 2024-02-03\n---\n\n# Trial approved\n\n“We are ready for the first patients,” said Prof Ulf Nehrbass, Director of Science at LIH.\n'},
      messages: ['b.md:7:68-7:90: Ulf Nehrbass is “Head of Science at LIH” here but “Director of Science at LIH” in a.md (2024-02-03), in the same role (facts registry); releases give one title']
    },
    {
      title: 'One release out of line with those before and after it',
      path: 'b.md',
      input: '---\ndate: 2025-05-12\n---\n\n# Trial opens\n\n“We start the first patient visits today,” said Dr Jane Roe, Director of Research at Acme Labs.\n\n## About Acme Labs\n\nAcme Labs is a private research company based in Esch.\n',
      others: {
        'a.md': '---\ndate: 2025-02-03\n---\n\n# Trial approved\n\n“We are ready for the first patients,” said Dr Jane Roe, Head of Research at Acme Labs.\n\n## About Acme Labs\n\nAcme Labs is a public research centre based in Esch.\n',
        'c.md': '---\ndate: 2025-09-30\n---\n\n# Trial ends\n\n“We have seen the last of the patients,” said Dr Jane Roe, Head of Research of Acme Labs.\n\n## About Acme Labs\n\nAcme Labs is a public research centre based in Esch.\n'
      },
      messages: [
        'b.md:7:62-7:95: Dr Jane Roe is “Director of Research at Acme Labs” here but “Head of Research at Acme Labs” in a.md and c.md, the releases just before and after; releases give one title',
        'b.md:11:1-11:55: This “About Acme Labs” section differs from the one in a.md and c.md, the releases just before and after: “public research centre” became “private research company”'
      ]
    },
    {
      title: 'An old title and an old About text copied after the new ones were in use',
      path: 'c.md',
      input: '---\ndate: 2025-09-30\n---\n\n# Trial ends\n\n“The last patients left the trial today after a year,” said Dr Jane Roe, Head of Research.\n\n## About Acme Labs\n\nAcme Labs is a public research centre based in Esch.\n',
      others: {
        'a.md': '---\ndate: 2024-02-03\n---\n\n# Trial approved\n\n“The agency approved the trial today after a year,” said Dr Jane Roe, Head of Research.\n\n## About Acme Labs\n\nAcme Labs is a public research centre based in Esch.\n',
        'b.md': '---\ndate: 2025-05-12\n---\n\n# Trial opens\n\n“The first patients joined the trial today in two hospitals,” said Dr Jane Roe, Director of Research.\n\n## About Acme Labs\n\nAcme Labs is a public research centre in Esch and Belval.\n',
        'd.md': '---\ndate: 2025-10-30\n---\n\n# Results\n\n“The first results of the trial were published today,” said Dr Jane Roe, Director of Research.\n\n## About Acme Labs\n\nAcme Labs is a public research centre in Esch and Belval.\n'
      },
      messages: [
        'c.md:7:74-7:90: Dr Jane Roe is “Head of Research” here, as in a.md, but b.md (2025-05-12) already says “Director of Research”',
        'c.md:11:1-11:53: This “About Acme Labs” section is an older text (as in a.md); b.md (2025-05-12) already has the new one: “in Esch and Belval” became “based in Esch”'
      ]
    },
    {
      title: 'Titles and About texts that change over time, and a shorter form of the same title',
      path: 'b.md',
      input: '---\ndate: 2026-03-01\n---\n\n# News\n\n“The new method works in every clinic,” said Dr Jane Roe, Director of Research. The team grew to twelve people over the year.\n\n## About Acme Labs\n\nAcme Labs is a private research company based in Esch.\n',
      others: {
        'a.md': '---\ndate: 2025-01-10\n---\n\n# News\n\n“The new method starts in every clinic,” said Dr Jane Roe, Head of Research. The team grew to six people over the year.\n\n## About Acme Labs\n\nAcme Labs is a public research centre based in Esch.\n',
        'c.md': '---\ndate: 2026-05-10\n---\n\n# News\n\n“The new method grows in every clinic,” said Jane Roe, Director of Research of Acme Labs. The team grew again this spring.\n'
      },
      messages: []
    }
  ],
  check({release, facts, remember}) {
    const iso = release.date?.iso
    // Without a date a release has no place in time to compare (release-date asks for one).
    if (!iso) return
    const seen = new Set<string>()
    const keep = (item: TitleItem | AboutItem, start: number, end: number) => {
      const key = JSON.stringify(item)
      if (seen.has(key)) return
      seen.add(key)
      remember({...item, place: {start, end}})
    }
    for (const given of givenTitles(release, facts)) {
      // A title the registry does not know, given beside one it does, is a further role, not another form of it.
      if (!given.match && given.beside?.match) continue
      const person = given.mention.person
      const role = person.roles.findIndex((candidate) => heldOn(candidate, iso))
      const same = given.match ? `role:${given.match.role.title}` : titleKey(given.text)
      keep({kind: 'title', person: person.name, shown: person.name, title: given.text, same, ...(role === -1 ? {} : {period: `role ${role}`})}, given.start, given.end)
    }
    for (const quote of release.quotes) {
      const speaker = quote.speaker
      if (!speaker || speaker.pronoun || speaker.person || !speaker.role) continue
      const name = withoutHonorifics(speaker.name).trim()
      // A single word is too weak to say two releases mean the same person; a "name" that is a title
      // ("Under Secretary …, Brian Nelson") was read the wrong way round.
      if (!/\s/.test(name) || titleWord.test(name) || !titleLike(speaker.role.text)) continue
      keep({kind: 'title', person: name.toLowerCase(), shown: speaker.name, title: speaker.role.text, same: titleKey(speaker.role.text)}, speaker.role.start, speaker.role.end)
    }
    for (const about of aboutSections(release, facts, iso)) {
      const place = spanOfBlocks(about.blocks)
      keep({kind: 'about', heading: about.heading, text: normalise(about.blocks.map((block) => block.text).join('\n\n'))}, place.start, place.end)
    }
  },
  across(files, report) {
    const groups = new Map<string, Array<Entry<Item>>>()
    for (const file of files) {
      for (const item of file.items as unknown as Item[]) {
        const key = item.kind === 'title' ? `title\u0000${item.person}\u0000${item.period ?? ''}` : `about\u0000${item.heading.toLowerCase()}`
        const group = groups.get(key) ?? groups.set(key, []).get(key)!
        group.push({file, item})
      }
    }
    for (const group of groups.values()) {
      if (new Set(group.map((entry) => entry.file.path)).size < 2) continue
      group.sort((a, b) => compare(order(a), order(b)))
      const first = group[0].item
      if (first.kind === 'title' && first.period) sameRole(group as Array<Entry<TitleItem & Item>>, report)
      else overTime(group, report)
    }
  }
})

/**
 * A registry person's titles while one registry role lasts: the form most releases use (on a tie,
 * the earliest release's) is the reference, and a release that gives another is reported.
 */
function sameRole(group: Array<Entry<TitleItem & Item>>, report: CrossReport): void {
  const uses = new Map<string, Set<string>>()
  for (const entry of group) (uses.get(entry.item.same) ?? uses.set(entry.item.same, new Set()).get(entry.item.same)!).add(entry.file.path)
  const reference = [...group].sort((a, b) => uses.get(b.item.same)!.size - uses.get(a.item.same)!.size)[0]
  for (const entry of group) {
    if (entry.file.path === reference.file.path || sameTitle(entry.item, reference.item)) continue
    report(entry.file, entry.item.place, 'title', {name: entry.item.shown, title: entry.item.title, other: reference.item.title, file: reference.file.path, date: reference.file.date ?? ''})
  }
}

/**
 * Without a registry period, texts may change over time (a promotion, a new member in the About
 * list). What is inconsistent is a release out of line with the releases just before and after it,
 * or one that goes back to a text a newer one had already replaced (an old About copied).
 */
function overTime(group: Array<Entry<Item>>, report: CrossReport): void {
  // One entry per release (the first title given, the first section of that heading), in date order.
  const releases = group.filter((entry, index) => group.findIndex((other) => other.file.path === entry.file.path) === index)
  // An outlier differs from equal neighbours and is never used again (a text used again later was a new text, and the release between went back to an old one).
  const outlier = releases.map((entry, index) => index > 0 && index < releases.length - 1 && same(releases[index - 1], releases[index + 1]) && !same(entry, releases[index - 1]) && !releases.slice(index + 1).some((later) => same(later, entry)))
  // Texts in the order they came into use; a one-release outlier does not count as a new text. Going
  // back to an older text is reported first: between two releases with the new text it is not a one-off.
  let newest: Entry<Item> | undefined
  const introduced: Array<Entry<Item>> = []
  releases.forEach((entry, index) => {
    const older = introduced.find((other) => same(other, entry))
    if (older && newest && !same(newest, entry)) {
      if (entry.item.kind === 'title') report(entry.file, entry.item.place, 'titleStale', {name: entry.item.shown, title: entry.item.title, older: older.file.path, newer: newest.file.path, date: newest.file.date ?? '', other: (newest.item as TitleItem).title})
      else report(entry.file, entry.item.place, 'aboutStale', {heading: entry.item.heading, older: older.file.path, newer: newest.file.path, date: newest.file.date ?? '', changes: changesSummary((newest.item as AboutItem).text, entry.item.text)})
      return
    }
    if (outlier[index]) {
      const [before, after] = [releases[index - 1], releases[index + 1]]
      if (entry.item.kind === 'title') report(entry.file, entry.item.place, 'titleOutlier', {name: entry.item.shown, title: entry.item.title, other: (before.item as TitleItem).title, before: before.file.path, after: after.file.path})
      else report(entry.file, entry.item.place, 'aboutOutlier', {heading: entry.item.heading, before: before.file.path, after: after.file.path, changes: changesSummary((before.item as AboutItem).text, entry.item.text)})
      return
    }
    if (!older) {
      introduced.push(entry)
      newest = entry
    }
  })
}

function same(a: Entry<Item>, b: Entry<Item>): boolean {
  if (a.item.kind === 'title' && b.item.kind === 'title') return sameTitle(a.item, b.item)
  return a.item.kind === 'about' && b.item.kind === 'about' && a.item.text === b.item.text
}

const order = (entry: Entry<Item>) => `${entry.file.date ?? '9999'}\u0000${entry.file.path}`
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Two registry titles are both right (person-title checks each); a written title matches its own longer or shorter form ("Director of Research" / "… of Acme Labs"). */
function sameTitle(a: TitleItem, b: TitleItem): boolean {
  const [x, y] = [a.same, b.same]
  if (x === y) return true
  if (x.startsWith('role:') && y.startsWith('role:')) return true
  const plain = (key: string) => (key.startsWith('role:') ? titleKey(key.slice(5)) : key)
  return startsWithWords(plain(x), plain(y)) || startsWithWords(plain(y), plain(x))
}

function startsWithWords(text: string, prefix: string): boolean {
  return text.startsWith(prefix) && (text.length === prefix.length || text[prefix.length] === ' ')
}

/** Case, articles, "at"/"of", punctuation and spacing do not make two titles different. */
function titleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[.,’']/g, '')
    .replace(/\b(?:the|a|an)\s+/g, '')
    .replace(/\s+at\s+/g, ' of ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A role given beside a speaker that reads as a title, not a second name ("…, Brian Nelson"). */
function titleLike(text: string): boolean {
  return /\p{Ll}/u.test(text) || titleWord.test(text)
}

/**
 * Every About section (the house's and partners'), as heading and paragraphs. The house's own is
 * left out when the registry has a canonical boilerplate for the date: boilerplate-match checks it
 * against the registry, which is stronger than against other releases.
 */
function aboutSections(release: Release, facts: Facts, iso: string): Array<{heading: string; blocks: Block[]}> {
  const sections: Array<{heading: string; blocks: Block[]}> = []
  const canonical = facts.boilerplate?.versions.some((version) => inPeriod(version, iso))
  const houseNames = [facts.boilerplate?.heading, facts.house.name, facts.organisations[0]?.name].filter((name): name is string => Boolean(name))
  let current: {heading: string; blocks: Block[]} | undefined
  for (const block of release.blocks) {
    if (block.kind === 'heading') {
      current = undefined
      const heading = block.text.trim().replace(/\s+/g, ' ').replace(/:$/, '')
      if (!/^about\b/i.test(heading) || block.section === 'contact') continue
      if (canonical && houseNames.some((name) => heading.includes(name))) continue
      current = {heading, blocks: []}
      sections.push(current)
    } else if (current && block.section !== 'contact') current.blocks.push(block)
    else current = undefined
  }
  return sections.filter((section) => section.blocks.length > 0)
}
