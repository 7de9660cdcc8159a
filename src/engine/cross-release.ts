// The cross-release pass: after every file of a run was checked on its own, rules with `across`
// (such as `consistency`) compare what each file kept (`file.data.summaries`) and add their
// findings to the files concerned. Works the same on a run's files and on merged shard reports.
import type {VFile} from 'vfile'
import {ruleMessage, type LintMessage} from './lint.ts'
import type {FileSummary, Rule} from './rule.ts'

export function crossCheck(files: readonly VFile[], rules: readonly Rule[]): void {
  const byPath = new Map(files.map((file) => [file.path ?? '', file]))
  const touched = new Set<VFile>()
  for (const rule of rules) {
    if (!rule.across) continue
    const summaries = files.map((file) => file.data.summaries?.[rule.id]).filter((summary): summary is FileSummary => summary !== undefined)
    if (summaries.length < 2) continue
    rule.across(summaries, (summary, place, messageId, data) => {
      const file = byPath.get(summary.path)
      if (!file) return
      file.messages.push(ruleMessage(rule, messageId, data, place, summary.severity, summary.path) as LintMessage)
      touched.add(file)
    })
  }
  for (const file of touched) file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}
