// The cross-release pass: after every file of a run was checked on its own, rules with `across`
// (such as `consistency`) compare what each file kept (its summaries) and add their findings to
// the files concerned. Works the same on a run's files and on merged shard reports.
import type {VFile} from 'vfile'
import {ruleMessage, type LintMessage} from './lint.ts'
import type {FileSummary, Rule} from './rule.ts'

/** The findings of the cross-release rules, by the path of the file each belongs to. */
export function crossFindings(files: ReadonlyArray<{summaries?: Record<string, FileSummary>}>, rules: readonly Rule[]): Map<string, LintMessage[]> {
  const found = new Map<string, LintMessage[]>()
  for (const rule of rules) {
    if (!rule.across) continue
    const summaries = files.map((file) => file.summaries?.[rule.id]).filter((summary): summary is FileSummary => summary !== undefined)
    if (summaries.length < 2) continue
    rule.across(summaries, (summary, place, messageId, data) => {
      const messages = found.get(summary.path) ?? []
      messages.push(ruleMessage(rule, messageId, data, place, summary.severity, summary.path) as LintMessage)
      found.set(summary.path, messages)
    })
  }
  return found
}

/** Adds cross-release findings to a file's own, keeping its messages in reading order. */
export function addFindings(file: VFile, found: readonly LintMessage[] | undefined): void {
  if (!found || found.length === 0) return
  file.messages.push(...found)
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

export function crossCheck(files: readonly VFile[], rules: readonly Rule[]): void {
  const found = crossFindings(files.map((file) => ({summaries: file.data.summaries})), rules)
  for (const file of files) addFindings(file, found.get(file.path ?? ''))
}
