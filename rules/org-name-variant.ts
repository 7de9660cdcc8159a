import {editDistance} from '../src/engine/data-file.ts'
import {defineRule} from '../src/engine/rule.ts'
import type {Organisation} from '../src/facts/types.ts'
import {nearMissLimit} from '../src/facts/variants.ts'
import type {Release} from '../src/model/release.ts'
import {inQuotedSpeech} from '../src/model/query.ts'
import {sourceSpan} from '../src/model/text-view.ts'

export default defineRule({
  id: 'org-name-variant',
  category: 'organisations',
  severity: 'error',
  fix: 'safe',
  summary: 'Registry organisations are written exactly as the registry writes them.',
  why: 'An institute misnamed in its own release (“Luxemburg Institute for Health”) looks careless and splits search results.',
  messages: {
    variant: '“{found}” is a wrong form of “{name}” (facts registry); write “{name}”'
  },
  examples: [
    {
      title: 'A wrong form the registry lists',
      input: '# News\n\nThe Luxemburg Institute of Health (LIH) published a study today on immune cells.\n',
      messages: ['3:5-3:34: “Luxemburg Institute of Health” is a wrong form of “Luxembourg Institute of Health” (facts registry); write “Luxembourg Institute of Health”'],
      output: '# News\n\nThe Luxembourg Institute of Health (LIH) published a study today on immune cells.\n'
    },
    {
      title: 'Derived wrong forms and a wrong case, found without being listed in the registry',
      input: '# News\n\nThe Luxemburg Institute of Socio-Economic Research worked with the Luxembourg Centre for Systems Biomedicine and the luxembourg institute of science and technology.\n',
      messages: [
        '3:5-3:51: “Luxemburg Institute of Socio-Economic Research” is a wrong form of “Luxembourg Institute of Socio-Economic Research” (facts registry); write “Luxembourg Institute of Socio-Economic Research”',
        '3:118-3:164: “luxembourg institute of science and technology” is a wrong form of “Luxembourg Institute of Science and Technology” (facts registry); write “Luxembourg Institute of Science and Technology”'
      ],
      output: '# News\n\nThe Luxembourg Institute of Socio-Economic Research worked with the Luxembourg Centre for Systems Biomedicine and the Luxembourg Institute of Science and Technology.\n'
    },
    {
      title: 'A misspelt name, within a small edit distance of the registry’s',
      input: '# News\n\nThe Luxembourg Insitute of Helth (LIH) published a study today on immune cells.\n',
      messages: ['3:5-3:33: “Luxembourg Insitute of Helth” is a wrong form of “Luxembourg Institute of Health” (facts registry); write “Luxembourg Institute of Health”'],
      output: '# News\n\nThe Luxembourg Institute of Health (LIH) published a study today on immune cells.\n'
    },
    {
      title: 'The right form',
      input: '# News\n\nThe Luxembourg Institute of Health (LIH) published a study today on immune cells.\n',
      messages: []
    }
  ],
  check({release, facts, report}) {
    const reported: Array<{start: number; end: number}> = []
    for (const mention of release.orgMentions) {
      // A registry name in the wrong case ("luxembourg Institute of Health"), outside headings, which may shout.
      const miscased = mention.kind === 'name' && mention.text !== mention.org.name && mention.block.kind !== 'heading' && mention.text !== mention.text.toUpperCase()
      if (mention.kind !== 'wrong' && !miscased) continue
      const expected = mention.org.name
      report('variant', {
        place: mention,
        data: {found: mention.text, name: expected},
        actual: mention.text,
        expected: [expected],
        fix: inQuotedSpeech(release, mention.start) ? 'suggestion' : 'safe'
      })
      reported.push(mention)
    }
    for (const near of nearMisses(release, facts.organisations)) {
      if (reported.some((span) => span.start < near.end && near.start < span.end)) continue
      const expected = near.org.name
      report('variant', {place: near, data: {found: near.text, name: expected}, actual: near.text, expected: [expected], fix: inQuotedSpeech(release, near.start) ? 'suggestion' : 'safe'})
    }
  }
})

const wordPattern = /\p{L}[\p{L}'’-]*/gu

interface Name {
  org: Organisation
  initials: string[]
  lower: string
}

interface NameIndex {
  /** Names of two or more words by their first initial, and by their second. */
  byFirst: Map<string, Name[]>
  bySecond: Map<string, Name[]>
  /** Every registry name and listed wrong form, lower-cased: these are not near misses. */
  exact: Set<string>
  /** The names a run of words may miss, by its first initial and then its second, once found. */
  candidates: Map<string, Map<string, Name[]>>
}

const indexes = new WeakMap<Organisation[], NameIndex>()

/** The registry's names indexed once per registry (this rule runs on every file with the same one). */
function indexOf(organisations: Organisation[]): NameIndex {
  let index = indexes.get(organisations)
  if (index) return index
  index = {byFirst: new Map(), bySecond: new Map(), candidates: new Map(), exact: new Set(organisations.flatMap((org) => [org.name, ...org.wrong].map((name) => name.toLowerCase())))}
  for (const org of organisations) {
    const words = org.name.split(/\s+/)
    if (words.length < 2) continue
    const name = {org, initials: words.map((word) => word[0].toLowerCase()), lower: org.name.toLowerCase()}
    for (const [map, initial] of [[index.byFirst, name.initials[0]], [index.bySecond, name.initials[1]]] as const) {
      const list = map.get(initial) ?? []
      list.push(name)
      map.set(initial, list)
    }
  }
  indexes.set(organisations, index)
  return index
}

/**
 * With at most one initial wrong, a name's first or second initial is right: the names of either
 * list (once each, as a name may be in both), remembered for the pair of initials.
 */
function candidatesFor(index: NameIndex, first: string, second: string): Name[] {
  const bySecond = index.candidates.get(first) ?? index.candidates.set(first, new Map()).get(first)!
  let names = bySecond.get(second)
  if (!names) {
    names = [...new Set([...(index.byFirst.get(first) ?? []), ...(index.bySecond.get(second) ?? [])])]
    bySecond.set(second, names)
  }
  return names
}

/**
 * Runs of words that miss a registry name by a letter or two ("Luxembourg Insitute of Helth"):
 * same number of words, the same initials but one, and within 1 edit (names under 20 letters) or 2.
 */
function nearMisses(release: Release, organisations: Organisation[]): Array<{start: number; end: number; text: string; org: Organisation}> {
  const names = indexOf(organisations)
  const {exact} = names
  const found: Array<{start: number; end: number; text: string; org: Organisation}> = []
  for (const block of release.blocks) {
    const words: RegExpExecArray[] = []
    // Every word: `exec`, as matchAll's iterator adds an object per match (see src/model/mentions.ts).
    wordPattern.lastIndex = 0
    for (let word; (word = wordPattern.exec(block.prose)); ) words.push(word)
    const initials = words.map((word) => word[0][0].toLowerCase())
    for (let index = 0; index < words.length; index++) {
      const candidates = candidatesFor(names, initials[index], initials[index + 1] ?? '')
      for (let each = 0; each < candidates.length; each++) {
        const name = candidates[each]
        const count = name.initials.length
        if (index + count > words.length) continue
        const limit = nearMissLimit(name.lower)
        let misses = 0
        for (let at = 0; at < count && misses < 2; at++) if (initials[index + at] !== name.initials[at]) misses++
        if (misses > 1) continue
        const start = words[index].index!
        const last = words[index + count - 1]
        // A possessive is not part of the name ("the Board’s report").
        const end = last.index! + last[0].replace(/['’]s?$/u, '').length
        if (Math.abs(end - start - name.lower.length) >= limit) continue
        const text = block.prose.slice(start, end)
        if (/\s{2,}|\n/.test(text)) continue
        const lower = text.toLowerCase()
        if (exact.has(lower)) continue
        const distance = editDistance(lower, name.lower, limit)
        if (distance > 0 && distance < limit) found.push({...sourceSpan(block, start, end), text, org: name.org})
      }
    }
  }
  return found
}
