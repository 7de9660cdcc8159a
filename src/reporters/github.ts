// `--format github`: GitHub Actions workflow commands, one per message, so findings show as
// annotations on the pull request's changed lines:
//   ::error file=releases/a.md,line=3,col=5,endLine=3,endColumn=9,title=lih-lint date-format::…
// Escaping as GitHub documents it (and @actions/core does): in the message `%`, `\r`, `\n`; in
// properties also `:` and `,`.
import type {VFile} from 'vfile'
import type {LintMessage} from '../engine/lint.ts'

/** The report a file at a time, for a run that writes it as its files are read back (each chunk ends its line). */
export function* githubChunks(files: Iterable<VFile>): Generator<string> {
  for (const file of files) {
    const lines = githubLines(file)
    if (lines.length > 0) yield lines.join('\n') + '\n'
  }
}

/** One file's workflow commands, one line each. */
function githubLines(file: VFile): string[] {
  return (file.messages as LintMessage[]).map((message) => {
    const command = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
    const properties: Array<[string, string | number | undefined]> = [['file', (file.path ?? message.file ?? '').replace(/\\/g, '/')]]
    const place = message.place
    if (place) {
      const start = 'start' in place ? place.start : place
      const end = 'end' in place ? place.end : undefined
      properties.push(['line', start.line], ['col', start.column])
      if (end) properties.push(['endLine', end.line], ['endColumn', end.column])
    }
    properties.push(['title', `lih-lint ${message.ruleId ?? 'message'}`])
    const shown = properties.filter(([, value]) => value !== undefined && value !== '').map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    let text = message.reason
    if (message.expected && message.expected.length > 0) text += ` (fix: ${message.expected.map((value) => `“${value}”`).join(' or ')})`
    return `::${command} ${shown.join(',')}::${escapeData(text)}`
  })
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
