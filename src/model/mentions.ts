// Finds where the release names registry organisations and people. Registry entries are plain
// words, searched as literals (never turned into regular expressions), so a registry cannot make
// the search slow or wrong.
import type {Facts, Organisation, Person} from '../facts/types.ts'
import {derivedVariants} from '../facts/variants.ts'
import type {Block, Release} from './release.ts'
import {sourceSpan} from './text-view.ts'

export interface Mention {
  block: Block
  /** Source offsets. */
  start: number
  end: number
  /** The text as written. */
  text: string
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
}

const needleCache = new WeakMap<Facts, Needle[]>()

export function findMentions(release: Release, facts: Facts): {orgs: OrgMention[]; people: PersonMention[]} {
  const needles = needlesFor(facts)
  const orgs: OrgMention[] = []
  const people: PersonMention[] = []
  for (const block of release.blocks) {
    const lower = block.prose.toLowerCase()
    const found: Array<{start: number; end: number; needle: Needle}> = []
    for (const needle of needles) {
      const haystack = needle.caseSensitive ? block.prose : lower
      const target = needle.caseSensitive ? needle.text : needle.text.toLowerCase()
      for (let at = haystack.indexOf(target); at !== -1; at = haystack.indexOf(target, at + 1)) {
        const end = at + target.length
        if (isWordEdge(block.prose, at - 1) && isWordEdge(block.prose, end)) found.push({start: at, end, needle})
      }
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

function isWordEdge(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true
  return !/[\p{L}\p{N}_]/u.test(text[index])
}

function needlesFor(facts: Facts): Needle[] {
  let needles = needleCache.get(facts)
  if (needles) return needles
  needles = []
  const span = (block: Block, start: number, end: number) => ({block, ...sourceSpan(block, start, end), text: block.text.slice(start, end)})
  for (const org of facts.organisations) {
    needles.push({text: org.name, caseSensitive: false, make: (block, start, end) => ({...span(block, start, end), org, kind: 'name'})})
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
    const [first, ...rest] = person.name.split(' ')
    const surname = rest.join(' ')
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
    needles.push({text: person.name, caseSensitive: true, make: (block, start, end) => ({...span(block, start, end), person, kind: 'full'})})
    if (surname && first) {
      needles.push({text: surname, caseSensitive: true, make: (block, start, end) => ({...span(block, start, end), person, kind: 'surname'})})
    }
  }
  needleCache.set(facts, needles)
  return needles
}
