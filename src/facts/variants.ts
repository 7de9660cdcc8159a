// Wrong forms of a registry name derived from the plain name, so the registry need not list them:
// "for"/"of" swapped, the German and French spellings that slip in locally ("Luxemburg",
// "Institut"), the American "Center", and hyphens dropped or doubled.
import type {Organisation} from './types.ts'

const swaps: Array<[RegExp, string]> = [
  [/ of /g, ' for '],
  [/ for /g, ' of '],
  [/Luxembourg/g, 'Luxemburg'],
  [/Institute\b/g, 'Institut'],
  [/Centre\b/g, 'Center'],
  [/(\p{L})-(\p{L})/gu, '$1 $2'],
  [/(\p{L})-(\p{L})/gu, '$1$2']
]

const cache = new WeakMap<Organisation, string[]>()

/** The derived wrong forms of an organisation's name (not including the registry's own list). */
export function derivedVariants(org: Organisation, allNames: readonly string[]): string[] {
  let variants = cache.get(org)
  if (variants) return variants
  const found = new Set<string>()
  for (const [pattern, replacement] of swaps) {
    const variant = org.name.replace(pattern, replacement)
    if (variant !== org.name) found.add(variant)
  }
  // A variant that is itself a registry name (an "Institute for …" that exists) is not wrong.
  variants = [...found].filter((variant) => !allNames.some((name) => name.toLowerCase() === variant.toLowerCase()) && !org.wrong.includes(variant))
  cache.set(org, variants)
  return variants
}

/**
 * The edit distance below which a text is a misspelling of a registry name (“Luxembourg Insitute of
 * Health”): one edit for a name under 20 letters, two for a longer one. org-name-variant reports such
 * a text; org-first-mention accepts it before the acronym's brackets, as the same name.
 */
export function nearMissLimit(name: string): number {
  return name.length < 20 ? 2 : 3
}
