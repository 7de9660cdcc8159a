// Loads a facts registry (the LIH one by default), checks it, and reports mistakes at its own line:column.
import {existsSync, readFileSync, statSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {checkShape, DataFileError, parseDataFile, type DataProblem} from '../engine/data-file.ts'
import {factsShape} from './schema.ts'
import type {Facts, Person, Role} from './types.ts'

/** The registry shipped with lih-lint: beside this module in source, beside the bundle (one folder up from its chunks) when built. */
export const defaultFactsPath = [new URL('lih.yaml', import.meta.url), new URL('../lih.yaml', import.meta.url)].map((url) => fileURLToPath(url)).find((path) => existsSync(path)) ?? fileURLToPath(new URL('lih.yaml', import.meta.url))

const cache = new Map<string, Facts>()

/**
 * Registries parsed and checked by an earlier run, by their text (`--cache` keeps them): the YAML
 * parser, on cold code, was the largest part of a warm cached run after start-up (~15 ms).
 */
export interface CheckedRegistries {
  get(text: string): unknown
  set(text: string, value: unknown): void
}

export function loadFacts(path: string = defaultFactsPath, checked?: CheckedRegistries): Facts {
  let facts = cache.get(path)
  if (!facts) {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      throw new DataFileError([{file: path, line: 1, column: 1, message: `Cannot read the facts registry (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`}])
    }
    facts = precompiled(path) ?? fromChecked(text, path, checked)
    cache.set(path, facts)
  }
  return facts
}

/** The registry from an earlier run's check of the same text, else parsed and checked now (and kept). */
function fromChecked(text: string, path: string, checked: CheckedRegistries | undefined): Facts {
  const value = checked?.get(text)
  if (value !== undefined) return normalise(value as Record<string, any>, path)
  const parsed = parseRegistry(text, path)
  checked?.set(text, parsed.value)
  return parsed.facts
}

/** The build's JSON copy of the shipped registry (checked by the tests), while it is current. */
function precompiled(path: string): Facts | undefined {
  if (path !== defaultFactsPath) return undefined
  const json = path.replace(/\.yaml$/, '.json')
  try {
    if (statSync(json).mtimeMs < statSync(path).mtimeMs) return undefined
    return normalise(JSON.parse(readFileSync(json, 'utf8')), path)
  } catch {
    return undefined
  }
}

export function clearFactsCache(): void {
  cache.clear()
}

export function parseFacts(text: string, path: string): Facts {
  return parseRegistry(text, path).facts
}

/** The registry, checked, and the plain data it was read from. */
function parseRegistry(text: string, path: string): {facts: Facts; value: Record<string, any>} {
  const parsed = parseDataFile(text, path)
  const problems = checkShape(parsed, factsShape, path)
  if (problems.length > 0) throw new DataFileError(problems)
  const value = (parsed.value ?? {}) as Record<string, any>
  const facts = normalise(value, path)
  const meaning = checkMeaning(facts, parsed.locate, path)
  if (meaning.length > 0) throw new DataFileError(meaning)
  return {facts, value}
}

/** Fills in defaults: the registry as the rules see it. */
function normalise(raw: Record<string, any>, path: string): Facts {
  const house = raw.house ?? {}
  return {
    source: path,
    house: {
      name: house.name,
      dateStyle: house.dateStyle ?? 'day-month-year',
      abbreviateMonths: house.abbreviateMonths ?? false,
      spelling: house.spelling ?? 'en-GB',
      honorifics: house.honorifics ?? ['Dr', 'Prof', 'Mr', 'Mrs', 'Ms'],
      // "Dr Meiser" in British English, "Dr. Meiser" in American, unless the house says otherwise.
      honorificFullStop: house.honorificFullStop ?? (house.spelling ?? 'en-GB') === 'en-US',
      attributionVerb: house.attributionVerb ?? 'said',
      quoteStyle: house.quoteStyle ?? 'curly'
    },
    organisations: (raw.organisations ?? []).map((org: any) => ({name: org.name, acronym: org.acronym, wrong: org.wrong ?? []})),
    people: (raw.people ?? []).map(
      (person: any): Person => ({
        name: person.name,
        honorific: person.honorific,
        wrong: person.wrong ?? [],
        roles: (person.roles ?? []).map(
          (role: any): Role => ({
            title: role.title,
            variants: role.variants ?? [],
            wrong: role.wrong ?? [],
            from: isoText(role.from),
            until: isoText(role.until)
          })
        )
      })
    ),
    boilerplate: raw.boilerplate
      ? {
          heading: raw.boilerplate.heading,
          versions: raw.boilerplate.versions.map((v: any) => ({text: v.text, from: isoText(v.from), until: isoText(v.until)}))
        }
      : undefined,
    words: raw.words ?? [],
    acronyms: raw.acronyms ?? [],
    standardParagraphs: raw.standardParagraphs ?? []
  }
}

/** Checks what the shape cannot: duplicates and contradictory dates. */
function checkMeaning(facts: Facts, locate: (path: Array<string | number>) => {line: number; column: number}, file: string): DataProblem[] {
  const problems: DataProblem[] = []
  const at = (path: Array<string | number>, message: string) => problems.push({file, ...locate(path), message})
  const seenPeople = new Map<string, number>()
  facts.people.forEach((person, index) => {
    const key = person.name.toLowerCase()
    const first = seenPeople.get(key)
    if (first !== undefined) at(['people', index, 'name'], `“${person.name}” is listed twice (also entry ${first + 1}); merge the two entries`)
    else seenPeople.set(key, index)
    person.roles.forEach((role, roleIndex) => {
      if (role.from && role.until && role.from > role.until) {
        at(['people', index, 'roles', roleIndex, 'until'], `The role “${role.title}” ends (${role.until}) before it starts (${role.from})`)
      }
    })
  })
  const seenOrgs = new Map<string, number>()
  facts.organisations.forEach((org, index) => {
    const key = org.name.toLowerCase()
    if (seenOrgs.has(key)) at(['organisations', index, 'name'], `“${org.name}” is listed twice; merge the two entries`)
    else seenOrgs.set(key, index)
  })
  // Two people holding one title at the same time is a registry slip (e.g. an outgoing president without an `until`).
  const holders = facts.people.flatMap((person, index) => person.roles.map((role, roleIndex) => ({person, index, role, roleIndex})))
  for (let i = 0; i < holders.length; i++) {
    for (let j = i + 1; j < holders.length; j++) {
      const a = holders[i]
      const b = holders[j]
      if (a.person === b.person || a.role.title !== b.role.title || !isExclusiveTitle(a.role.title)) continue
      if ((a.role.from ?? '0000') <= (b.role.until ?? '9999') && (b.role.from ?? '0000') <= (a.role.until ?? '9999')) {
        at(['people', b.index, 'roles', b.roleIndex], `“${b.person.name}” and “${a.person.name}” both hold “${b.role.title}” at the same time; give one of them \`from\`/\`until\` dates`)
      }
    }
  }
  return problems
}

/** Titles only one person holds at a time (a president, a chief executive), unlike "group leader". */
function isExclusiveTitle(title: string): boolean {
  return /\b(president|chief|ceo|chair|director general)\b/i.test(title)
}

function isoText(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return typeof value === 'string' ? value : undefined
}
