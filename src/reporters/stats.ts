// `--stats`: one line of readability scores per file, from the `readability` rule's info message.
import type {VFile} from 'vfile'
import type {LintMessage} from '../engine/lint.ts'
import type {Scores} from '../prose/scores.ts'

/** Files are read in turn and only their rows kept (a run of 10,000 releases holds 10,000 short rows, not their messages). */
export function reportStats(files: Iterable<VFile>): string {
  const rows = Array.from(files, (file) => {
    const message = (file.messages as LintMessage[]).find((item) => item.ruleId === 'readability' && item.extra?.readability)
    const scores = message?.extra?.readability as Scores | undefined
    return [file.path ?? 'stdin', ...(scores ? [scores.fleschReadingEase, scores.fleschKincaidGrade, scores.smog, scores.wordsPerSentence, scores.sentences, scores.words].map(String) : ['–', '–', '–', '–', '–', '–'])]
  })
  const header = ['file', 'reading ease', 'FK grade', 'SMOG', 'words/sentence', 'sentences', 'words']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  return [line(header), ...rows.map(line)].join('\n')
}
