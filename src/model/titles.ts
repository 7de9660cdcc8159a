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
    // Text offsets of the mention within its block.
    const from = block.offsets.indexOf(mention.start)
    const to = from + mention.text.length
    if (from === -1) continue
    const after = /^,\s+([^,.;:!?“”"()]{2,120}?)(?=[,.;:!?“”")]|$)/.exec(block.prose.slice(to))
    if (after && titleWord.test(after[1])) {
      const start = to + after[0].indexOf(after[1])
      const text = after[1].trim()
      found.push({mention, text, ...sourceSpan(block, start, start + text.length), match: matchTitle(text, mention.person, orgWords)})
      continue
    }
    // "President of the Board of Directors Dr Gregor Baertz": a registry form ending just before the name.
    const before = block.prose.slice(Math.max(0, from - 120), from)
    for (const role of mention.person.roles) {
      for (const [form, kind] of forms(role)) {
        const candidate = before.trimEnd()
        if (candidate.toLowerCase().endsWith(form.toLowerCase()) && /(?:^|[\s(,])$/.test(candidate.slice(0, candidate.length - form.length))) {
          const start = from - (before.length - (candidate.length - form.length))
          found.push({mention, text: block.text.slice(start, start + form.length), ...sourceSpan(block, start, start + form.length), match: {role, form, kind}})
        }
      }
    }
  }
  return found
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

/** Whether a role was held on an ISO date (inclusive); a role without dates always was. */
export function heldOn(role: Role, iso: string | undefined): boolean {
  return inPeriod(role, iso)
}

/** Who held a title on a date, by the registry. */
export function holderOn(facts: Facts, title: string, iso: string): Person | undefined {
  return facts.people.find((person) => person.roles.some((role) => role.title === title && heldOn(role, iso)))
}
