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
