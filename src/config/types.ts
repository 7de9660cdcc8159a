import type {Facts} from '../facts/types.ts'
import type {HtmlOptions} from '../engine/html-selector.ts'
import type {Severity} from '../engine/rule.ts'

/** As written in a config file: `off | info | warn | error | [level, options]`. */
export type RuleSetting = 'off' | 'info' | 'warn' | 'error' | [('off' | 'info' | 'warn' | 'error'), Record<string, unknown>?]

export interface ResolvedRule {
  severity: Severity
  options: Record<string, unknown>
}

/** A config ready to lint with: which rules run, how, against which registry. */
export interface ResolvedConfig {
  /** The file it came from, or `recommended` when none was found. */
  source: string
  facts: Facts
  rules: Map<string, ResolvedRule>
  /** Where the release is on an HTML page. */
  html?: HtmlOptions
}
