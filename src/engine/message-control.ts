// Control comments filter messages after the rules run, through unified-message-control:
// `<!-- lih-lint-disable rule-id -->`, `<!-- lih-lint-enable rule-id -->` and
// `<!-- lih-lint-ignore rule-id -->` (the next block) in Markdown; in plain text, a line of its own
// `lih-lint-disable rule-id`. A comment naming an unknown rule is itself a warning.
import type {Nodes} from 'mdast'
import {messageControl} from 'unified-message-control'
import type {VFile} from 'vfile'
import type {Release} from '../model/release.ts'

const comment = /^<!--\s*lih-lint-(disable|enable|ignore)\b([\s\S]*?)-->$/
const line = /^lih-lint-(disable|enable|ignore)\b(.*)$/

export async function applyMessageControl(file: VFile, release: Release, knownRuleIds: readonly string[]): Promise<void> {
  if (!release.source.includes('lih-lint-')) return
  const before = new Set(file.messages)
  messageControl(release.mdast as never, {
    file,
    name: 'lih-lint',
    source: 'lih-lint',
    known: [...knownRuleIds],
    test: (node: unknown) => (node as Nodes).type === 'html' || (node as Nodes).type === 'paragraph' || (node as Nodes).type === 'heading',
    marker(node) {
      const mdast = node as Nodes
      const text = mdast.type === 'html' ? mdast.value.trim() : release.format === 'text' && 'children' in mdast && mdast.children.length === 1 && mdast.children[0].type === 'text' ? mdast.children[0].value.trim() : undefined
      const found = text === undefined ? undefined : (mdast.type === 'html' ? comment : line).exec(text)
      return found ? {name: 'lih-lint', attributes: `${found[1]} ${found[2].trim()}`} : undefined
    }
  })
  // unified-message-control's own warnings (unknown rules) become lih-lint's, in its words.
  for (const message of file.messages) {
    if (before.has(message) || message.source === 'lih-lint') continue
    const rule = /`'?([^`']+)'?`/.exec(message.reason)?.[1] ?? /'([^']+)'/.exec(message.reason)?.[1] ?? ''
    message.reason = `The control comment names “${rule}”, which is not a lih-lint rule; \`lih-lint --list-rules\` lists them`
    message.ruleId = 'control-comment'
    message.source = 'lih-lint'
    message.fatal = false
    ;(message as {severity?: string}).severity = 'warning'
  }
}
