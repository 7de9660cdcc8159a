// Finds where the release names registry organisations and people. Registry entries are plain
// words, searched as literals (never turned into regular expressions), so a registry cannot make
// the search slow or wrong.
import type {Facts, Organisation, Person} from '../facts/types.ts'
import {derivedVariants} from '../facts/variants.ts'
import type {Block, Release} from './release.ts'
import {sourceSpan} from './text-view.ts'
import {titleWord} from './titles.ts'

export interface Mention {
  block: Block
  /** Source offsets. */
  start: number
  end: number
  /** The text as written. */
  text: string
  /** Where it starts in the block's prose (`block.prose`, `block.text`). */
  at: number
}

export interface OrgMention extends Mention {
  org: Organisation
  /** `name` = full name; `expanded` = "Full Name (ACRONYM)"; `acronym`; `wrong` = a registry wrong form. */
  kind: 'name' | 'expanded' | 'acronym' | 'wrong'
}

export interface PersonMention extends Mention {
  person: Person
  /** `full` = first name and surname (with or without honorific); `short` = honorific + surname; `surname` alone. */
  kind: 'full' | 'short' | 'surname'
  honorific?: string
}

interface Needle {
  text: string
  caseSensitive: boolean
  make(block: Block, start: number, end: number): OrgMention | PersonMention
  /** For people's needles: whose, and which kind of mention it finds. */
  person?: Person
  kind?: PersonMention['kind']
  /** For an organisation's full name: the organisation, whose acronym may follow in brackets. */
  named?: Organisation
}

type Hit = {start: number; end: number; needle: Needle}

/** A person's name without the first name and middle initials: "Yellen" of "Janet L. Yellen". */
export function surnameOf(person: Person): string {
  const [, ...rest] = person.name.split(' ')
  return rest.filter((word) => !isInitial(word)).join(' ')
}

/** The name without middle initials, as releases often write it: "Janet Yellen". */
export function plainName(person: Person): string {
  const [first] = person.name.split(' ')
  const surname = surnameOf(person)
  return surname ? `${first} ${surname}` : person.name
}

function isInitial(word: string): boolean {
  return /^\p{Lu}\.$/u.test(word)
}

/**
 * What a surname found alone stands for. After the first name, with or without a middle initial
 * ("Janet Yellen", "Elisebeth B. Collins"), it is the full name. After a capitalised word that is
 * neither one of the person's titles nor an honorific ("Senator Smith", "Tina Smith"), or before
 * one ("Nelson Mandela"), it names someone else.
 */
function readSurname(prose: string, start: number, end: number, needle: Needle, facts: Facts): {start: number; end: number; needle: Needle} | undefined {
  const person = needle.person!
  const before = prose.slice(Math.max(0, start - 160), start)
  const withFirst = firstNameBefore(before, person.name.split(' ')[0])
  if (withFirst) return {start: start - withFirst, end, needle: fullNeedle(needle)}
  // A capitalised word opening a sentence ("When Smith …") says nothing about whose name follows.
  const previous = /[^.!?:;“"\s]\s(\p{Lu}\p{Ll}+) $/u.exec(before)?.[1]
  const introduced = titleForms(person).some((form) => before.toLowerCase().endsWith(`${form.toLowerCase()} `))
  if (introduced) return {start, end, needle}
  if (previous && !facts.house.honorifics.includes(previous) && previous !== person.honorific) return undefined
  // Even opening a sentence, a title that is not theirs ("Chairman Smith, …") names someone else.
  if (titleWord.test(/(\p{L}+) $/u.exec(before)?.[1] ?? '')) return undefined
  if (/^ \p{Lu}\p{Ll}/u.test(prose.slice(end, end + 3))) return undefined
  return {start, end, needle}
}

function titleForms(person: Person): string[] {
  return person.roles.flatMap((role) => [role.title, ...role.variants, ...role.wrong])
}

/** How many characters "FIRST " or "FIRST X. " take at the end of `before` (0: not there). Literal, as all registry words are. */
function firstNameBefore(before: string, first: string): number {
  const initial = /(?:^|\s)\p{Lu}\. $/u.test(before) ? 3 : 0
  const rest = before.slice(0, before.length - initial)
  const length = first.length + 1 + initial
  return rest.endsWith(`${first} `) && isWordEdge(before, before.length - length - 1) ? length : 0
}

const fullNeedles = new WeakMap<Needle, Needle>()

/** The needle that makes a full mention of the same person (for a surname read as the full name). */
function fullNeedle(needle: Needle): Needle {
  let full = fullNeedles.get(needle)
  if (!full) fullNeedles.set(needle, (full = {...needle, kind: 'full', make: (block, start, end) => ({...needle.make(block, start, end), kind: 'full'}) as PersonMention}))
  return full
}

const needleCache = new WeakMap<Facts, Needle[]>()

interface NeedleIndex {
  /** Needles by their first word, lower-cased, each with the text to compare (lower-cased unless case-sensitive). */
  byFirstWord: Map<string, Array<{needle: Needle; target: string}>>
  /** Needles that do not start with a letter or digit, searched the slow way. */
  others: Array<{needle: Needle; target: string}>
}

const indexCache = new WeakMap<Facts, NeedleIndex>()
const wordRun = /[\p{L}\p{N}_]+/gu

/**
 * A mention starts at a word's start and its first word is that whole word, so each word of the
 * text needs comparing only with the needles that start with it: one pass over the words instead
 * of one search of the block per needle (a registry has hundreds of needles).
 */
function indexFor(facts: Facts): NeedleIndex {
  let index = indexCache.get(facts)
  if (index) return index
  index = {byFirstWord: new Map(), others: []}
  for (const needle of needlesFor(facts)) {
    const entry = {needle, target: needle.caseSensitive ? needle.text : needle.text.toLowerCase()}
    const first = /^[\p{L}\p{N}_]+/u.exec(needle.text)?.[0].toLowerCase()
    if (!first) {
      index.others.push(entry)
      continue
    }
    const list = index.byFirstWord.get(first) ?? []
    list.push(entry)
    index.byFirstWord.set(first, list)
  }
  indexCache.set(facts, index)
  return index
}

export function findMentions(release: Release, facts: Facts): {orgs: OrgMention[]; people: PersonMention[]} {
  const {byFirstWord, others} = indexFor(facts)
  const orgs: OrgMention[] = []
  const people: PersonMention[] = []
  for (const block of release.blocks) {
    // Any space counts as one ("Brian\u00a0E. Nelson" is the name); one character for one keeps the offsets.
    const prose = block.prose.replace(/\s/g, ' ')
    const lower = prose.toLowerCase()
    const found: Hit[] = []
    const tryAt = ({needle, target}: {needle: Needle; target: string}, at: number) => {
      const end = at + target.length
      if (!isWordEdge(prose, at - 1) || !isWordEdge(prose, end)) return
      const hit = needle.person && needle.kind === 'surname' ? readSurname(prose, at, end, needle, facts) : {start: at, end, needle}
      if (hit) found.push(needle.named ? withAcronym(block, prose, hit, needle.named) : hit)
    }
    // Every word of the release: `exec` rather than matchAll, whose iterator allocates a result
    // object per match (V8 inlines nothing here, bin/lih-lint.js); 4% less time on the corpus with
    // the same change in the spelling, spelling-variant and org-name-variant rules.
    wordRun.lastIndex = 0
    for (let word; (word = wordRun.exec(lower)); ) {
      const at = word.index!
      // Most words start no needle: no empty array made for them.
      const entries = byFirstWord.get(word[0])
      if (entries === undefined) continue
      for (const entry of entries) {
        if ((entry.needle.caseSensitive ? prose : lower).startsWith(entry.target, at)) tryAt(entry, at)
      }
    }
    for (const entry of others) {
      const haystack = entry.needle.caseSensitive ? prose : lower
      for (let at = haystack.indexOf(entry.target); at !== -1; at = haystack.indexOf(entry.target, at + 1)) tryAt(entry, at)
    }
    // Longest match wins where two overlap ("Luxembourg Institute of Health (LIH)" over "LIH").
    found.sort((a, b) => a.start - b.start || b.end - a.end)
    let reach = -1
    for (const hit of found) {
      if (hit.start < reach) continue
      reach = hit.end
      const mention = hit.needle.make(block, hit.start, hit.end)
      if ('org' in mention) orgs.push(mention)
      else people.push(mention)
    }
  }
  return {orgs, people}
}

/**
 * The full name followed by its acronym where the plain “Name (ACR)” needle cannot see it: after a
 * possessive (“the Board’s (ACR) website”), before a word glued on by removed link markup
 * (“Name (ACR)[text](url)”), or glued to a link that ends at the name (“[Name](url)(ACR)”). A name
 * glued to its bracket without a link between is left to the needles, as written.
 */
function withAcronym(block: Block, prose: string, hit: Hit, org: Organisation): Hit {
  if (!org.acronym) return hit
  const match = /^(['’]s)?( ?)\(([^()\n]{1,20})\)/.exec(prose.slice(hit.end, hit.end + org.acronym.length + 6))
  if (!match || match[3] !== org.acronym) return hit
  const nameEnd = hit.end + (match[1]?.length ?? 0)
  if (match[2] === '' && !block.links.some((link) => link.end === nameEnd)) return hit
  return {start: hit.start, end: hit.end + match[0].length, needle: expandedNeedle(hit.needle)}
}

const expandedNeedles = new WeakMap<Needle, Needle>()

/** The needle that makes an expanded mention of the same organisation (for a name found with its acronym). */
function expandedNeedle(needle: Needle): Needle {
  let expanded = expandedNeedles.get(needle)
  if (!expanded) expandedNeedles.set(needle, (expanded = {...needle, make: (block, start, end) => ({...needle.make(block, start, end), kind: 'expanded'}) as OrgMention}))
  return expanded
}

function isWordEdge(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true
  return !/[\p{L}\p{N}_]/u.test(text[index])
}

function needlesFor(facts: Facts): Needle[] {
  let needles = needleCache.get(facts)
  if (needles) return needles
  needles = []
  const span = (block: Block, start: number, end: number) => ({block, ...sourceSpan(block, start, end), text: block.text.slice(start, end), at: start})
  for (const org of facts.organisations) {
    needles.push({text: org.name, caseSensitive: false, named: org, make: (block, start, end) => ({...span(block, start, end), org, kind: 'name'})})
    if (org.acronym) {
      for (const form of [`${org.name} (${org.acronym})`, `${org.name}, ${org.acronym},`]) {
        needles.push({text: form, caseSensitive: false, make: (block, start, end) => ({...span(block, start, end), org, kind: 'expanded'})})
      }
      needles.push({text: org.acronym, caseSensitive: true, make: (block, start, end) => ({...span(block, start, end), org, kind: 'acronym'})})
    }
    for (const wrong of [...org.wrong, ...derivedVariants(org, facts.organisations.map((other) => other.name))]) {
      needles.push({text: wrong, caseSensitive: false, make: (block, start, end) => ({...span(block, start, end), org, kind: 'wrong'})})
    }
  }
  for (const person of facts.people) {
    const first = person.name.split(' ')[0]
    const surname = surnameOf(person)
    const honorifics = [...new Set([...(person.honorific ? [person.honorific] : []), ...facts.house.honorifics])]
    for (const honorific of honorifics) {
      for (const stop of ['', '.']) {
        needles.push({
          text: `${honorific}${stop} ${person.name}`,
          caseSensitive: true,
          make: (block, start, end) => ({...span(block, start, end), person, kind: 'full', honorific: honorific + stop})
        })
        if (surname) {
          needles.push({
            text: `${honorific}${stop} ${surname}`,
            caseSensitive: true,
            make: (block, start, end) => ({...span(block, start, end), person, kind: 'short', honorific: honorific + stop})
          })
        }
      }
    }
    needles.push({text: person.name, caseSensitive: true, person, kind: 'full', make: (block, start, end) => ({...span(block, start, end), person, kind: 'full'})})
    if (surname && first) {
      needles.push({text: surname, caseSensitive: true, person, kind: 'surname', make: (block, start, end) => ({...span(block, start, end), person, kind: 'surname'})})
    }
  }
  needleCache.set(facts, needles)
  return needles
}
