// The one helper every rule is defined through (see STYLE.md): the rule file carries its id,
// severity, fix kind, docs and examples; the engine owns severity, ids and message shape.
import type {Release} from '../model/release.ts'
import type {Facts} from '../facts/types.ts'

/** error = must be corrected before release; warning = house style; info = advice. */
export type Severity = 'error' | 'warning' | 'info'
/** safe = `--fix` may apply it; suggestion = offered in editors, applied only when asked. */
export type FixKind = 'safe' | 'suggestion' | 'none'
export type Category = 'organisations' | 'people' | 'quotes' | 'dates' | 'sections' | 'prose' | 'links'

/** A span of the source, as offsets (end exclusive). */
export interface Span {
  start: number
  end: number
}

export interface Report {
  /** Where the problem is. */
  place: Span
  /** Values for the message template's `{placeholders}`. */
  data?: Record<string, string | number>
  /** The exact source text a fix would replace; defaults to the source under `place`. */
  actual?: string
  /** Replacements: one = fix, several = alternatives, `['']` = delete, absent/`[]` = no mechanical fix. */
  expected?: string[]
  /** Per-finding fix kind, when a rule's finding is sometimes only a suggestion (e.g. inside quoted speech). */
  fix?: FixKind
  /** Override the rule's default severity for this finding (e.g. the per-file readability scores are info). */
  severity?: Severity
  /** Extra structured data carried on the message (e.g. readability scores). */
  extra?: Record<string, unknown>
}

export interface RuleContext<Options> {
  release: Release
  facts: Facts
  options: Options
  report(messageId: string, report: Report): void
  /** Keeps a fact of this file for the rule's cross-release pass (`across`): plain JSON, with its place. */
  remember(item: RememberedItem): void
}

/** A fact one file contributes to a cross-release rule, e.g. the title given a person, and where. */
export interface RememberedItem {
  place: Span
  [key: string]: unknown
}

/** What a file keeps for a cross-release rule: small enough for every file of a run, and for JSON reports. */
export interface FileSummary {
  path: string
  /** The release's date (ISO), when it has one. */
  date?: string
  severity: Severity
  /** The rule's options in this file's config. */
  options: Record<string, unknown>
  items: Array<Omit<RememberedItem, 'place'> & {place: PointSpan}>
}

/** A place as lines and columns (the file's text is gone by the time the cross-release pass runs). */
export interface PointSpan {
  start: {line: number; column: number}
  end: {line: number; column: number}
}

/** Reports a cross-release finding on one file, at a place taken from its summary. */
export type CrossReport = (file: FileSummary, place: PointSpan, messageId: string, data?: Record<string, string | number>) => void

export interface RuleExample {
  /** What the example shows, for the docs. */
  title: string
  /** Release text (Markdown unless `path` says otherwise). */
  input: string
  path?: string
  options?: unknown
  /** Exact expected messages: `line:column-line:column: reason`. Empty = the text passes. */
  messages: string[]
  /** Text after `--fix`, for rules that fix. */
  output?: string
  /** For cross-release rules: the other releases linted in the same run (path → text); messages then start with `path:`. */
  others?: Record<string, string>
}

export interface RuleDefinition<Options extends object = Record<string, never>> {
  id: string
  category: Category
  severity: Severity
  fix: FixKind
  /** False for opt-in rules the `recommended` preset leaves off. */
  recommended?: boolean
  summary: string
  why: string
  messages: Record<string, string>
  /** Default options; config options are shallow-merged over them. */
  defaults?: Options
  /** Checks config options, returning a problem in words, or undefined when they are fine. */
  validateOptions?: (options: Options) => string | undefined
  examples: RuleExample[]
  check(context: RuleContext<Options>): void | Promise<void>
  /**
   * Cross-release rules: runs once over the summaries of every file of a run (or of merged shard
   * reports) that kept something with `remember`, after every file was checked on its own.
   */
  across?(files: FileSummary[], report: CrossReport): void
}

export type Rule = RuleDefinition<any>

export function defineRule<Options extends object = Record<string, never>>(
  definition: RuleDefinition<Options>
): RuleDefinition<Options> {
  return definition
}

/** Fills `{name}` placeholders; unknown placeholders are left visible so tests catch them. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole))
}

/** The problem with an option that must be a list of words (`ignore`, `words`), or undefined. */
export function wordListProblem(value: unknown, name: string, example: string): string | undefined {
  return Array.isArray(value) && value.every((word) => typeof word === 'string') ? undefined : `\`${name}\` should be a list of words, such as ${example}`
}

/** “a”, “b” or “c”: alternatives as a message lists them. */
export function quotedAlternatives(words: readonly string[]): string {
  const quoted = words.map((word) => `“${word}”`)
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
}
