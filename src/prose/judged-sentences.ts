// The sentences whose length and difficulty are judged (sentence-length, readability): the release's
// own prose, split where a missing space ran two sentences together or where a line opens with a
// bullet, without flattened tables.
import type {Sentence as NlcstSentence, SentenceContent, Word} from 'nlcst'
import {toString as nlcstToString} from 'nlcst-to-string'
import {proseSentences} from '../model/query.ts'
import type {Block, Release, Sentence} from '../model/release.ts'
import {sourceSpan} from '../model/text-view.ts'

/**
 * A lower-case word, a full stop (or ? !), then straight into a capitalised word: "outcome.Looking".
 * Read on a block's `prose`, where code, URLs and e-mail addresses are masked; "e.g.", "U.S." and
 * "lih.lu" never match because the letters around the stop are single or lower-case.
 */
// The stop comes first and the letters before it are checked behind it: the search then runs from
// stop to stop instead of testing the look-behind at every character (same matches).
export const gluedFullStop = /([.!?])(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu

// A figure as a table cell holds it: "664", "-23.4", "$1,000", "3.5%", "(12)", "**4.4**"; not "2023," (a list in a sentence).
const figure = /^[*_]*[-+−]?[$€£]?\(?\d(?:[\d.,]*\d)?%?\)?[*_]*$/u
// Three figures in a row, or a long sentence that is a third digits, is a table whose cells lost their
// borders ("Single-Family 664 0.7 -1.7 -23.4 4.4 …"), not a sentence anyone wrote. Judged sentence by
// sentence: a converter may run a table and the prose after it into one paragraph. Short sentences
// are left alone: a date line ("Luxembourg, 18 June 2024") is a third digits too.
const figuresInARow = 3
// A cell glued to the next when a table lost its spaces as well as its borders: a word straight into a
// figure, or a figure straight into a capitalised word ("California5.2 millionArizona690,000Florida…").
// Three in a sentence make a table; prose has at most a stray one ("Windows10").
const gluedCell = /\p{Ll}[$€£]?\d[\d.,]*\d|\d\p{Lu}\p{Ll}/gu
const token = /\S+/g
const tableDigitShare = 0.3
const tableMinTokens = 20

// A bullet opening a line of a paragraph: a list the Markdown did not recognise ("•**Name**, role;").
const lineBullet = /(?<=^|\n)[ \t]*([•▪◦‣])/gu

/** Where a sentence is cut: after a glued full stop, before a bullet that opens a line (source offsets). */
interface Cuts {
  after: Set<number>
  before: Set<number>
}

// sentence-length and readability both judge them: split once per release.
const judgedOf = new WeakMap<Release, Sentence[]>()

export function judgedSentences(release: Release): Sentence[] {
  let judged = judgedOf.get(release)
  if (!judged) judgedOf.set(release, (judged = splitSentences(release)))
  return judged
}

function splitSentences(release: Release): Sentence[] {
  const judged: Sentence[] = []
  const cutsOf = new Map<Block, Cuts>()
  for (const sentence of proseSentences(release)) {
    const {block} = sentence
    if (!cutsOf.has(block)) cutsOf.set(block, {after: gluedStopsOf(block), before: lineBulletsOf(block)})
    judged.push(...splitAt(sentence, cutsOf.get(block)!).filter((part) => !isFlattenedTable(part.text)))
  }
  return judged
}

/** Whether a sentence reads as a table whose cells were run together: figures side by side, cells glued to each other, or mostly digits. */
function isFlattenedTable(text: string): boolean {
  // Each test below needs a digit; most sentences have none.
  if (!/\d/.test(text)) return false
  if ((text.match(gluedCell)?.length ?? 0) >= figuresInARow) return true
  // The tokens of `text.split(/\s+/)`, walked without making the array, its join and a copy of its digits.
  let run = 0
  let tokens = 0
  let visible = 0
  let digits = 0
  token.lastIndex = 0
  for (let match; (match = token.exec(text)); ) {
    const value = match[0]
    tokens++
    visible += value.length
    for (let at = 0; at < value.length; at++) {
      const code = value.charCodeAt(at)
      if (code >= 48 && code <= 57) digits++
    }
    run = figure.test(value) ? run + 1 : 0
    if (run >= figuresInARow) return true
  }
  // split() also yields an empty token before leading and after trailing space (or one, for no text).
  if (text.length === 0 || /^\s/.test(text)) tokens++
  if (text.length > 0 && /\s$/.test(text)) tokens++
  return tokens >= tableMinTokens && digits / visible >= tableDigitShare
}

/** Source offsets of the full stops in a block that have no space after them. */
function gluedStopsOf(block: Block): Set<number> {
  const stops = new Set<number>()
  for (const match of block.prose.matchAll(gluedFullStop)) stops.add(sourceSpan(block, match.index!, match.index! + 1).start)
  return stops
}

/** Source offsets of the bullets that open a line of a block. */
function lineBulletsOf(block: Block): Set<number> {
  const bullets = new Set<number>()
  for (const match of block.text.matchAll(lineBullet)) {
    const at = match.index! + match[0].length - 1
    bullets.add(sourceSpan(block, at, at + 1).start)
  }
  return bullets
}

/** The sentence cut at each of its cuts; nlcst keeps "growth.The" as one word, so that word is cut too. */
function splitAt(sentence: Sentence, cuts: Cuts): Sentence[] {
  const inside = (offset: number) => sentence.start < offset && offset < sentence.end
  if (![...cuts.after, ...cuts.before].some(inside)) return [sentence]
  const parts: SentenceContent[][] = [[]]
  for (const child of sentence.node.children) {
    const at = child.position?.start.offset ?? -1
    if (cuts.before.has(at)) parts.push([])
    if (child.type === 'WordNode') {
      const [first, ...rest] = cutWord(child, cuts)
      parts.at(-1)!.push(...first)
      for (const next of rest) parts.push(next)
    } else {
      parts.at(-1)!.push(child)
      if (cuts.after.has(at)) parts.push([])
    }
  }
  return parts.filter((children) => children.some((child) => child.type === 'WordNode')).map((children) => sentenceOf(sentence.block, children))
}

/** A word cut at the cuts inside it: the pieces of content each part of the sentence gets. */
function cutWord(word: Word, cuts: Cuts): SentenceContent[][] {
  const pieces: SentenceContent[][] = [[]]
  let letters: Word['children'] = []
  const flush = () => {
    if (letters.length > 0) pieces.at(-1)!.push(wordOf(letters))
    letters = []
  }
  for (const child of word.children) {
    const at = child.position?.start.offset ?? -1
    if (child.type === 'PunctuationNode' && cuts.after.has(at)) {
      flush()
      pieces.at(-1)!.push(child)
      pieces.push([])
    } else if (cuts.before.has(at) && (letters.length > 0 || pieces.at(-1)!.length > 0)) {
      flush()
      pieces.push([])
      letters.push(child)
    } else {
      letters.push(child)
    }
  }
  flush()
  return pieces.length === 1 ? [[word]] : pieces
}

function wordOf(children: Word['children']): Word {
  return {type: 'WordNode', children, position: spanOf(children)}
}

function sentenceOf(block: Block, children: SentenceContent[]): Sentence {
  const node: NlcstSentence = {type: 'SentenceNode', children, position: spanOf(children)}
  return {block, start: node.position!.start.offset ?? 0, end: node.position!.end.offset ?? 0, text: nlcstToString(node), node}
}

function spanOf(nodes: ReadonlyArray<{position?: NlcstSentence['position']}>): NlcstSentence['position'] {
  const first = nodes[0]?.position
  const last = nodes.at(-1)?.position
  return first && last ? {start: first.start, end: last.end} : undefined
}
