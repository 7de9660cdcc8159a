// Runs a retext plugin over some of the release's sentences (the nlcst the engine already built) and
// hands back its messages with source offsets, so a rule can report them under its own ids.
import type {Root as NlcstRoot} from 'nlcst'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import type {Sentence} from '../model/release.ts'

export interface RetextFinding {
  start: number
  end: number
  /** The words found, as retext read them. */
  actual: string
  expected: string[]
  /** The plugin's own rule id (the phrase, for retext-passive and retext-simplify). */
  ruleId?: string
  /** The plugin's own wording. */
  reason: string
  sentence: Sentence
}

export async function runRetext(plugin: Plugin<any[], any>, options: unknown, sentences: readonly Sentence[]): Promise<RetextFinding[]> {
  if (sentences.length === 0) return []
  const root: NlcstRoot = {type: 'RootNode', children: [{type: 'ParagraphNode', children: sentences.map((sentence) => sentence.node)}]}
  const scratch = new VFile()
  await unified().use(plugin, options).run(root as never, scratch)
  const findings: RetextFinding[] = []
  for (const message of scratch.messages) {
    const place = message.place && 'start' in message.place ? message.place : undefined
    if (place?.start.offset === undefined || place.end.offset === undefined) continue
    const start = place.start.offset
    const sentence = sentences.find((candidate) => candidate.start <= start && start < candidate.end)
    if (!sentence) continue
    findings.push({start, end: place.end.offset, actual: String(message.actual ?? ''), expected: [...((message.expected as string[] | undefined) ?? [])], ruleId: message.ruleId, reason: message.reason, sentence})
  }
  return findings
}
