// The config's CSS selectors for HTML pages: where the release is, and what inside it to skip.
// Apart from the HTML parser so that checking a config does not load the parser.
import type {Element, Root as HastRoot} from 'hast'
import {select} from 'hast-util-select'

export interface HtmlOptions {
  /** Where the release is on the page; selectors separated by commas are tried in order. */
  selector?: string
  /** Elements inside it that are not the release (share buttons, related links), as a selector. */
  ignore?: string
}

export const defaultSelector = 'article, main, [role=main]'

/** The first selector of the list (in the order written, not the page's) that matches an element. */
export function pick(tree: HastRoot, selector: string): Element | undefined {
  for (const one of splitSelectors(selector)) {
    const found = select(one, tree)
    if (found) return found
  }
  return undefined
}

/** Why a selector from the config cannot be used, in words; undefined when it can. */
export function selectorProblem(selector: string): string | undefined {
  try {
    for (const one of splitSelectors(selector)) select(one, {type: 'root', children: []})
    return undefined
  } catch (error) {
    return `\`${selector}\` is not a CSS selector lih-lint can use (${(error as Error).message.split('\n')[0]})`
  }
}

/** Splits `a, b:is(c, d)` at its top-level commas. */
export function splitSelectors(selector: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quote = ''
  let from = 0
  for (let index = 0; index < selector.length; index++) {
    const char = selector[index]
    if (quote) {
      if (char === quote) quote = ''
    } else if (char === '"' || char === "'") quote = char
    else if (char === '(' || char === '[') depth++
    else if (char === ')' || char === ']') depth--
    else if (char === ',' && depth === 0) {
      parts.push(selector.slice(from, index).trim())
      from = index + 1
    }
  }
  parts.push(selector.slice(from).trim())
  return parts.filter(Boolean)
}
