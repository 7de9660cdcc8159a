// Word-level differences between two versions of a text, in words an editor reads at a glance:
// “public … organisation” became “private … company”. Used for About sections (boilerplate-match,
// consistency).
import {diffWords} from 'diff'

/** Whitespace, quote style and dashes do not count as a difference. */
export function normalise(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[‐‑–—]/g, '-').replace(/\s+/g, ' ').trim()
}

/** The first change, and how many more: “a” became “b”, and 2 more changes. */
export function changesSummary(before: string, after: string): string {
  const phrases = changedPhrases(before, after)
  const more = phrases.length > 1 ? `, and ${phrases.length - 1} more change${phrases.length > 2 ? 's' : ''}` : ''
  return (phrases[0] ?? '') + more
}

/** Word-level changes, with changes a few words apart joined into one phrase: “public … organisation” became “private … company”. */
export function changedPhrases(before: string, after: string): string[] {
  const changes = diffWords(before, after)
  const phrases: string[] = []
  let old = ''
  let now = ''
  let open = false
  const close = () => {
    if (!open) return
    const a = old.trim()
    const b = now.trim()
    phrases.push(a && b ? `“${a}” became “${b}”` : a ? `“${a}” is missing` : `“${b}” was added`)
    old = ''
    now = ''
    open = false
  }
  changes.forEach((change, index) => {
    if (change.added) {
      now += change.value
      open = true
    } else if (change.removed) {
      old += change.value
      open = true
    } else if (open && change.value.trim().split(/\s+/).length <= 3 && changes.slice(index + 1).some((later) => later.added || later.removed) && (changes[index + 1]?.added || changes[index + 1]?.removed)) {
      old += change.value
      now += change.value
    } else close()
  })
  close()
  return phrases
}
