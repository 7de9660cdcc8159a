// The titles the release gives registry people, and what the registry says about them.
import type {Facts, Person, Role} from '../facts/types.ts'
import type {PersonMention} from './mentions.ts'
import type {Release} from './release.ts'
import {inPeriod} from './dates.ts'
import {sourceSpan} from './text-view.ts'

export interface GivenTitle {
  mention: PersonMention
  /** The title as written, and where (source offsets). */
  text: string
  start: number
  end: number
  /** Another title given in the same place ("Treasury Secretary Yellen, our Governor at the Bank"): the release names two roles. */
  beside?: GivenTitle
  /** Marked as past ("former …", "the late …"): the release does not claim the person holds it now. */
  past: boolean
  /** The registry form it matches, if any. */
  match?: {role: Role; form: string; kind: 'title' | 'variant' | 'wrong'}
}

// Words that make an apposition a title rather than, say, a relative clause.
export const titleWord = /\b(?:ceo|cfo|coo|cto|president|chair(?:man|woman|person)?|director|head|leader|chief|vice|secretary|manager|professor|minister|officer|founder|dean|rector|coordinator|lead|governor|senator|representative|congress(?:man|woman|member)|commissioner|administrator|advis[eo]r|mayor|ambassador|chancellor|treasurer|spokes(?:person|man|woman)|researcher|scientist|economist|physician|engineer|editor|analyst|fellow)\b/i

const titlesOf = new WeakMap<Release, GivenTitle[]>()

/**
 * Titles given beside registry people: "NAME, TITLE" after the name, or "TITLE NAME" before it.
 * Found once per release (person-title and consistency both read them).
 */
export function givenTitles(release: Release, facts: Facts): GivenTitle[] {
  let found = titlesOf.get(release)
  if (!found) titlesOf.set(release, (found = findTitles(release, facts)))
  return found
}

function findTitles(release: Release, facts: Facts): GivenTitle[] {
  const found: GivenTitle[] = []
  const orgWords = organisationWords(facts)
  for (const mention of release.personMentions) {
    const block = mention.block
    const from = mention.at
    const to = from + mention.text.length
    const after = /^,\s+([^,.;:!?“”"()]{2,120}?)(?=[,.;:!?“”")]|$)/.exec(block.prose.slice(to))
    const afterStart = to + (after ? after[0].indexOf(after[1]) : 0)
    // "Nellie Liang, Fiscal Assistant Secretary David Lebryk, …": the next person of a list, not a title.
    const namesAnother = after && release.personMentions.some((other) => other.block === block && isWithin(other.at, afterStart, to + after[0].length))
    if (after && titleWord.test(after[1]) && !namesAnother) {
      const {text, past} = withoutPastMarker(after[1].trim())
      const start = afterStart + after[1].trim().length - text.length
      found.push({mention, text, past, ...sourceSpan(block, start, start + text.length), match: matchTitle(text, mention.person, orgWords)})
    }
    const before = titleBefore(block.prose.slice(Math.max(0, from - 120), from), mention.person)
    if (before) {
      const start = from - before.length
      const text = block.text.slice(start, start + before.form.length)
      const title: GivenTitle = {mention, text, past: before.past, ...sourceSpan(block, start, start + text.length), match: {role: before.role, form: before.form, kind: before.kind}}
      const apposition = found.at(-1)
      if (apposition?.mention === mention) apposition.beside = title
      found.push(title)
    }
  }
  return found
}

// Words that put a title in the past: "former Secretary …", "the late Judge …", "departing Board Member …";
// before the title (pastMarker) or opening the text after the name (pastOpening).
const pastWords = '(?:former|late|departing|outgoing|retiring|retired|then-?)'
const pastMarker = new RegExp(`(?:^|[\\s(,])${pastWords}\\s*$`, 'i')
const pastOpening = new RegExp(`^(?:(?:the|a)\\s+)?${pastWords}\\s*`, 'i')

function withoutPastMarker(text: string): {text: string; past: boolean} {
  const marker = pastOpening.exec(text)
  return marker ? {text: text.slice(marker[0].length), past: true} : {text, past: false}
}

/**
 * "President of the Board of Directors Dr Gregor Baertz": the longest registry form ending just
 * before the name (only one: "Board Member" and its "Member" are the same title), and how many
 * characters back it starts.
 */
function titleBefore(before: string, person: Person): {role: Role; form: string; kind: 'title' | 'variant' | 'wrong'; length: number; past: boolean} | undefined {
  const candidate = before.trimEnd()
  let best: ReturnType<typeof titleBefore>
  for (const role of person.roles) {
    for (const [form, kind] of forms(role)) {
      const preceding = candidate.slice(0, candidate.length - form.length)
      if (!candidate.toLowerCase().endsWith(form.toLowerCase()) || !/(?:^|[\s(,]|\bthen-)$/i.test(preceding)) continue
      if (!best || form.length > best.form.length) best = {role, form, kind, length: before.length - preceding.length, past: pastMarker.test(preceding)}
    }
  }
  return best
}

function isWithin(offset: number, start: number, end: number): boolean {
  return offset >= start && offset < end
}

// "… Collins departed the Board", "… Medine, who resigned": the release says the person has left.
const leaving = /^,?\s+(?:(?:who|has|had)\s+)*(?:departed|left|resigned|retired|stepped down|passed away|died)\b/

/**
 * Whether the release says the person is no longer in office: a title marked as past, or a verb
 * of leaving right after their name. Titles it gives them then tell of the time they held them.
 */
export function saidToHaveLeft(release: Release, facts: Facts, person: Person): boolean {
  if (givenTitles(release, facts).some((given) => given.past && given.mention.person === person)) return true
  return release.personMentions.some((mention) => mention.person === person && leaving.test(mention.block.prose.slice(mention.at + mention.text.length)))
}

function forms(role: Role): Array<[string, 'title' | 'variant' | 'wrong']> {
  return [[role.title, 'title'] as [string, 'title'], ...role.variants.map((v) => [v, 'variant'] as [string, 'variant']), ...role.wrong.map((w) => [w, 'wrong'] as [string, 'wrong'])].sort((a, b) => b[0].length - a[0].length)
}

/** The longest registry form the written title is, allowing a trailing "of LIH" / "at the Luxembourg Institute of Health". */
export function matchTitle(written: string, person: Person, orgWords: string[]): GivenTitle['match'] {
  const text = written.replace(/^the\s+/i, '').toLowerCase()
  let best: GivenTitle['match']
  for (const role of person.roles) {
    for (const [form, kind] of forms(role)) {
      const lower = form.toLowerCase()
      const rest = text.startsWith(lower) ? text.slice(lower.length).trim() : undefined
      if (rest === undefined) continue
      const suffix = /^(?:of|at|,)\s+(?:the\s+)?(.+)$/.exec(rest)?.[1]
      if (rest === '' || (suffix && orgWords.includes(suffix))) {
        if (!best || form.length > best.form.length) best = {role, form, kind}
      }
    }
  }
  return best
}

function organisationWords(facts: Facts): string[] {
  return [facts.house.name, ...facts.organisations.flatMap((org) => [org.name, org.acronym])].filter((word): word is string => Boolean(word)).map((word) => word.toLowerCase())
}

/** Whether a role had begun by an ISO date (a role without a start always had). */
export function begunBy(role: Role, iso: string): boolean {
  return !role.from || role.from <= iso
}

/** Whether a role was held on an ISO date (inclusive); a role without dates always was. */
export function heldOn(role: Role, iso: string | undefined): boolean {
  return inPeriod(role, iso)
}

/** Who held a title on a date, by the registry. */
export function holderOn(facts: Facts, title: string, iso: string): Person | undefined {
  return facts.people.find((person) => person.roles.some((role) => role.title === title && heldOn(role, iso)))
}
