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

/** Longer phrases are shown by their first and last words: a message names a change, it does not quote a paragraph. */
const longestQuoted = 12

/**
 * Word-level changes, with changes a few words apart joined into one phrase: “public … organisation”
 * became “private … company”. A change of punctuation alone is shown with the word it follows
 * (“charity.” became “charity”), since “.” alone says nothing.
 */
export function changedPhrases(before: string, after: string): string[] {
  const changes = diffWords(before, after)
  const phrases: string[] = []
  let old = ''
  let now = ''
  let open = false
  let lastWord = ''
  const close = () => {
    if (!open) return
    let a = old.replace(/\s+/g, ' ').trim()
    let b = now.replace(/\s+/g, ' ').trim()
    if (!hasWords(a) && !hasWords(b) && lastWord) {
      a = lastWord + a
      b = lastWord + b
    }
    phrases.push(a && b ? `${quoted(a)} became ${quoted(b)}` : a ? `${quoted(a)} is missing` : `${quoted(b)} was added`)
    old = ''
    now = ''
    open = false
  }
  changes.forEach((change, index) => {
    // The diff may give the space between two words to a change on one side only: the other side keeps a space.
    const gap = /^\s|\s$/.test(change.value) ? ' ' : ''
    if (change.added) {
      now += change.value
      old += gap
      open = true
    } else if (change.removed) {
      old += change.value
      now += gap
      open = true
    } else if (open && change.value.trim().split(/\s+/).length <= 3 && changes.slice(index + 1).some((later) => later.added || later.removed) && (changes[index + 1]?.added || changes[index + 1]?.removed)) {
      old += change.value
      now += change.value
    } else {
      close()
      lastWord = /\S*$/.exec(change.value)?.[0] ?? ''
    }
  })
  close()
  return phrases
}

function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text)
}

/** “phrase”, or “its first words … its last words” when it is long. */
function quoted(phrase: string): string {
  const words = phrase.split(' ')
  return words.length <= longestQuoted ? `“${phrase}”` : `“${words.slice(0, 6).join(' ')} … ${words.slice(-4).join(' ')}”`
}
