// The press-release model, built once per file and shared by every rule: which block is the
// headline, the date line, the lead, the body, the About section and the press contact, plus the
// sentences, quotes and mentions of registry organisations and people.
import type {Code, Nodes, Root} from 'mdast'
import type {Root as NlcstRoot, Sentence as NlcstSentence} from 'nlcst'
import {toString as nlcstToString} from 'nlcst-to-string'
import {parseDocument} from 'yaml'
import type {Facts} from '../facts/types.ts'
import type {SourceFormat} from '../engine/parse.ts'
import {datesIn, findDates, isoOf, type FoundDate} from './dates.ts'
import {findMentions, type OrgMention, type PersonMention} from './mentions.ts'
import {findQuotes, type Quote} from './quotes.ts'
import {readSimpleFrontMatter} from './simple-front-matter.ts'
import {sourceSpan, viewOf, type TextView} from './text-view.ts'

export type Section = 'top' | 'body' | 'about' | 'contact' | 'end'

export interface Block extends TextView {
  index: number
  kind: 'heading' | 'paragraph' | 'listItem'
  /** Heading depth; pseudo-headings (a short paragraph all in bold) count as depth 6. */
  depth?: number
  /** Inside a Markdown blockquote. */
  quoted: boolean
  section: Section
  /** A paragraph the house reuses word for word: it opens with one of the registry's `standardParagraphs`. */
  standard?: boolean
  node: Nodes
  /** Source offsets of the block. */
  start: number
  end: number
}

export interface Sentence {
  block: Block
  /** Source offsets. */
  start: number
  end: number
  text: string
  node: NlcstSentence
}

export interface ReleaseDate {
  iso: string
  from: 'front matter' | 'date line'
  /** Where it is written, as source offsets; absent for front matter dates without a position. */
  start?: number
  end?: number
}

export interface Release {
  path?: string
  source: string
  format: SourceFormat
  mdast: Root
  nlcst: NlcstRoot
  frontMatter?: {data: Record<string, unknown>; start: number; end: number; error?: string}
  blocks: Block[]
  headline?: Block
  /** The headline text when it lives in front matter (`title:`) rather than the body. */
  headlineText?: string
  /**
   * The date line. A wire dateline opens the lead ("SAN FRANCISCO, Sept. 4, 2015 – The Node.js
   * Foundation …"): its block is then the lead, body prose, and only the dateline itself is not.
   */
  dateLine?: {block: Block; date: FoundDate; start: number; end: number; opensLead: boolean}
  date?: ReleaseDate
  lead?: Block
  /** Blocks of the release's body: after the top matter, before About and the press contact. */
  body: Block[]
  about?: {heading: Block; blocks: Block[]}
  contact?: {heading?: Block; blocks: Block[]}
  sentences: Sentence[]
  quotes: Quote[]
  orgMentions: OrgMention[]
  personMentions: PersonMention[]
  /** Source offset of a block-relative text offset. */
  sourceOffset(block: Block, textOffset: number): number
}

const releaseLabel = /^(?:press release|news release|media release|for immediate release|for release|news|press)\b[^\n]{0,40}$/i
const aboutHeading = /^about\b/i
const contactHeading = /^(?:(?:press|media|news)(?:\s+(?:contacts?|enquiries|inquiries|office|relations))|contacts?(?: information| details)?|media|for (?:further|more) information,? (?:contact|please contact)|press office)\s*:?\s*$/i
const contactLead = /^(?:(?:press|media)\s+contacts?|contacts?)\s*:/i
/** A whole contact in one paragraph: "For further information contact: Jane Doe, …, press@…". */
const contactSentence = /^for (?:further|more) information,? (?:please )?contact\b:?\s*\S/i
const endMark = /^(?:#{3,}|-\s*#{3,}\s*-|-\s*30\s*-|-\s*ends?\s*-|ends)$/i

export function buildRelease(input: {path?: string; source: string; format: SourceFormat; mdast: Root; nlcst: NlcstRoot; facts: Facts}): Release {
  const {source, mdast, facts} = input
  const frontMatter = readFrontMatter(mdast)
  const endMarks: number[] = []
  const blocks = collectBlocks(mdast, source, endMarks)
  assignSections(blocks, endMarks, houseNames(facts), houseAcronyms(facts))
  markStandardParagraphs(blocks, facts.standardParagraphs)

  // The top matter; when no paragraph was long enough to open the body (a short release), the headings it starts with.
  const firstProse = blocks.findIndex((block) => block.kind !== 'heading')
  const top = blocks.some((block) => block.section === 'top') ? blocks.filter((block) => block.section === 'top') : blocks.slice(0, firstProse === -1 ? blocks.length : firstProse)
  const labelSkipped = top.filter((block) => !(block.kind === 'heading' && releaseLabel.test(block.text.trim())))
  const headline =
    labelSkipped.find((block) => block.kind === 'heading' && block.depth === 1) ??
    labelSkipped.find((block) => block.kind === 'heading' && block.depth !== 6)
  const titleFromFrontMatter = typeof frontMatter?.data.title === 'string' ? frontMatter.data.title : undefined

  const dateLine = findDateLine(blocks, headline)
  const frontMatterDate = frontMatterIso(frontMatter?.data.date)
  const date: ReleaseDate | undefined = frontMatterDate
    ? {iso: frontMatterDate, from: 'front matter', start: frontMatter?.start, end: frontMatter?.end}
    : dateLine && isoOf(dateLine.date)
      ? {iso: isoOf(dateLine.date)!, from: 'date line', start: dateLine.start, end: dateLine.end}
      : undefined

  const body = blocks.filter((block) => block.section === 'body' && block !== headline && (block !== dateLine?.block || dateLine.opensLead))
  const lead = body.find((block) => block.kind === 'paragraph' && !block.quoted && wordCount(block.prose) >= 12)

  const aboutBlocks = blocks.filter((block) => block.section === 'about')
  const contactBlocks = blocks.filter((block) => block.section === 'contact')
  const release: Release = {
    path: input.path,
    source,
    format: input.format,
    mdast,
    nlcst: input.nlcst,
    frontMatter,
    blocks,
    headline,
    headlineText: headline ? headline.text : titleFromFrontMatter,
    dateLine,
    date,
    lead,
    body,
    about: aboutBlocks.length > 0 ? {heading: aboutBlocks[0], blocks: aboutBlocks.slice(1)} : undefined,
    contact: contactBlocks.length > 0 ? {heading: isSectionHeading(contactBlocks[0]) ? contactBlocks[0] : undefined, blocks: contactBlocks} : undefined,
    sentences: [],
    quotes: [],
    orgMentions: [],
    personMentions: [],
    sourceOffset: (block, textOffset) => block.offsets[Math.min(textOffset, block.offsets.length - 1)]
  }
  release.sentences = collectSentences(input.nlcst, blocks)
  const mentions = findMentions(release, facts)
  release.orgMentions = mentions.orgs
  release.personMentions = mentions.people
  release.quotes = findQuotes(release, facts)
  return release
}

function readFrontMatter(mdast: Root): Release['frontMatter'] {
  const node = mdast.children.find((child) => child.type === 'yaml')
  if (!node || node.type !== 'yaml') return undefined
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? 0
  // Plain `key: value` lines need no YAML parser (./simple-front-matter.ts).
  const simple = readSimpleFrontMatter(node.value)
  if (simple) return {data: simple, start, end}
  // Plain data only: the core schema, no custom tags, no merge keys (front matter comes from anyone).
  const doc = parseDocument(node.value, {schema: 'core', merge: false, customTags: [], uniqueKeys: false})
  const problem = doc.errors[0]
  if (problem) {
    // The YAML starts on the line after the opening `---`.
    const line = (node.position?.start.line ?? 1) + (problem.linePos?.[0].line ?? 1)
    return {data: {}, start, end, error: `${problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')} on line ${line}`}
  }
  const data = doc.toJS({maxAliasCount: 50}) ?? {}
  if (typeof data !== 'object' || Array.isArray(data)) return {data: {}, start, end, error: 'it is not a list of `key: value` lines'}
  return {data, start, end}
}

function frontMatterIso(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value !== 'string') return undefined
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim())
  if (match) {
    const iso = match[0]
    return new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso ? iso : undefined
  }
  // Some sites write the date in words: `date: May 31, 2019`.
  const [written] = findDates(value)
  return written && written.start === 0 ? isoOf(written) : undefined
}

/** Collects the prose blocks; empty headings (`###`, `####`: the wire "end of release" mark) and code blocks holding only such a mark go to `endMarks`. */
function collectBlocks(mdast: Root, source: string, endMarks: number[]): Block[] {
  const blocks: Block[] = []
  const visit = (node: Nodes, quoted: boolean, inList: boolean) => {
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const view = viewOf(node, source)
        if (view.text.trim() === '') {
          if (node.type === 'heading' && node.depth >= 3) endMarks.push(node.position?.start.offset ?? 0)
          return
        }
        const pseudo = node.type === 'paragraph' && isPseudoHeading(node, view.text)
        // Every field written out, not `...view`: a spread and then nine more properties, one by
        // one, was ~30 ms of the corpus; a literal is built whole from its template.
        blocks.push({
          text: view.text,
          prose: view.prose,
          offsets: view.offsets,
          links: view.links,
          exact: view.exact,
          index: blocks.length,
          kind: node.type === 'heading' || pseudo ? 'heading' : inList ? 'listItem' : 'paragraph',
          depth: node.type === 'heading' ? node.depth : pseudo ? 6 : undefined,
          quoted,
          section: 'body',
          node,
          start: node.position?.start.offset ?? 0,
          end: node.position?.end.offset ?? 0
        })
        return
      }
      case 'blockquote':
        for (const child of node.children) visit(child, true, inList)
        return
      case 'list':
      case 'listItem':
        for (const child of node.children) visit(child as Nodes, quoted, true)
        return
      case 'root':
        for (const child of node.children) visit(child, quoted, inList)
        return
      case 'code':
        // A "####" indented four spaces or more (centred by hand) parses as an indented code block.
        if (isIndentedEndMark(node, source)) endMarks.push(node.position?.start.offset ?? 0)
        return
      default:
      // Code, HTML, tables, front matter and thematic breaks are not release prose.
    }
  }
  visit(mdast, false, false)
  return blocks
}

/** An indented code block holding nothing but an end mark ("###", "- 30 -"); fenced code is code on purpose. */
function isIndentedEndMark(node: Code, source: string): boolean {
  const start = node.position?.start.offset ?? 0
  const fenced = /^\s*(?:```|~~~)/.test(source.slice(start, start + 40))
  return !fenced && endMark.test(node.value.trim())
}

/** "**About Node.js Foundation**" or "*Media Contact*" on a line of its own works as a heading. */
function isPseudoHeading(node: Nodes, text: string): boolean {
  if (!('children' in node) || node.children.length !== 1) return false
  const only = node.children[0]
  return (only.type === 'strong' || only.type === 'emphasis') && text.length <= 80 && !/[.!?]$/.test(text.trim())
}

function isSectionHeading(block: Block): boolean {
  return block.kind === 'heading'
}

/**
 * Sections follow the headings: "About …" starts the boilerplate, "Press contact" (or a
 * paragraph opening "Media contact:") the contact block, "###" ends the release; a paragraph
 * "For further information contact Jane Doe, …" is a contact block by itself. Blocks before
 * the first paragraph of prose are the top matter (label, headline, deck, date line).
 */
function assignSections(blocks: Block[], endMarks: number[], names: string[], acronyms: string[]): void {
  let section: Section = 'top'
  const endAt = endMarks[0] ?? Infinity
  let sawAbout = false
  for (const block of blocks) {
    const text = block.text.trim()
    if (block.start > endAt && section !== 'about' && section !== 'contact') section = 'end'
    // Boilerplate without a heading: "About Node.js Foundation Node.js Foundation is …", or after the
    // end mark, a paragraph that describes the house by its name or its acronym ("The … Board is an
    // independent agency …", "The ABC is …").
    if (!sawAbout && block.kind !== 'heading' && (startsWithAbout(text, names) || (section === 'end' && describesHouse(text, [...names, ...acronyms])))) {
      section = 'about'
      sawAbout = true
      block.section = section
      continue
    }
    // Only this paragraph: the sentence holds the whole contact, and the text after it (it may stand
    // in the middle of the release) is no part of it.
    if (block.kind !== 'heading' && contactSentence.test(text)) {
      block.section = 'contact'
      continue
    }
    // A heading, or a paragraph whose first line works as one ("About Node.js Foundation" then the text).
    const title = block.kind === 'heading' ? text : headingLine(text)
    if (title !== undefined && aboutHeading.test(title)) {
      section = 'about'
      sawAbout = true
    }
    else if ((title !== undefined && contactHeading.test(title)) || contactLead.test(text)) section = 'contact'
    else if (endMark.test(text)) section = 'end'
    else if (section === 'top' && block.kind !== 'heading' && wordCount(block.prose) >= 12) section = 'body'
    else if ((section === 'about' || section === 'contact') && block.kind === 'heading' && (block.depth ?? 6) <= 3 && !isContinuation(text)) {
      // A new top-level heading after the boilerplate (rare) goes back to ordinary text.
      section = 'end'
    }
    block.section = section
  }
  // A release with no paragraph long enough to start the body is all body, so rules still see it.
  if (blocks.every((block) => block.section === 'top')) for (const block of blocks) block.section = 'body'
}

/**
 * Paragraphs that open with one of the registry's `standardParagraphs`: text the house reuses word for
 * word. Compared without regard to case, runs of white space or the style of quotation marks and apostrophes.
 */
function markStandardParagraphs(blocks: Block[], openings: readonly string[]): void {
  if (openings.length === 0) return
  const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase()
  const wanted = openings.map(plain)
  for (const block of blocks) {
    if (block.kind === 'heading') continue
    const text = plain(block.text)
    if (wanted.some((opening) => text.startsWith(opening))) block.standard = true
  }
}

/** The house's and registry organisations' names, longest first: what an About section is about. */
function houseNames(facts: Facts): string[] {
  const names = [facts.house.name, ...facts.organisations.map((org) => org.name)].filter((name): name is string => Boolean(name))
  return [...new Set(names)].sort((a, b) => b.length - a.length)
}

/**
 * The registry organisations' acronyms. Only a paragraph after the end mark is tested against them:
 * an acronym is a short word, and anywhere else “About ABC …” may open ordinary text.
 */
function houseAcronyms(facts: Facts): string[] {
  return facts.organisations.map((org) => org.acronym).filter((acronym): acronym is string => Boolean(acronym))
}

function startsWithAbout(text: string, names: string[]): boolean {
  // Any white space after the name: a Unicode line separator (U+2028) breaks the line as a newline does.
  return names.some((name) => [`About ${name}`, `About the ${name}`].some((title) => text.startsWith(title) && /^\s/.test(text.slice(title.length))))
}

function describesHouse(text: string, names: string[]): boolean {
  // Italics whose closing mark was lost leave the opening "*" or "_" in the text.
  const rest = text.replace(/^[*_]+/, '').replace(/^The /, '')
  return names.some((name) => rest.startsWith(name) && /^(?:,| is | was | \()/.test(rest.slice(name.length)))
}

/** The first line of a paragraph when it stands as a title: short, no closing full stop, more text below. */
export function headingLine(text: string): string | undefined {
  // A Unicode line or paragraph separator (U+2028, U+2029) ends a line as a newline does.
  const newline = text.search(/[\n\u2028\u2029]/)
  if (newline === -1) return undefined
  const line = text.slice(0, newline).trim()
  return line.length > 0 && line.length <= 80 && !/[.!?,;]$/.test(line) ? line : undefined
}

function isContinuation(text: string): boolean {
  return aboutHeading.test(text) || contactHeading.test(text)
}

/**
 * The date line: a short block near the top holding a date ("18 June 2024 4minutes"), or the wire
 * dateline that opens the lead ("SAN FRANCISCO, Sept. 4, 2015 –").
 */
function findDateLine(blocks: Block[], headline: Block | undefined): Release['dateLine'] {
  const firstBody = blocks.findIndex((block) => block.section === 'body')
  const candidates = blocks.slice(0, Math.max(firstBody, 0) + 2).filter((block) => block !== headline)
  for (const block of candidates) {
    if (block.kind === 'listItem') continue
    const dates = datesIn(block)
    if (dates.length === 0) continue
    const date = dates[0]
    const short = wordCount(block.prose) <= 14
    // A wire dateline: a place in capitals or title case, then the date ("SAN FRANCISCO, Sept. 4, 2015 –",
    // "Luxembourg, 18 June 2024 –"); not a sentence that starts with a date ("On February 1, 2021, …").
    const prefix = block.prose.slice(0, date.start)
    // (An event's name may carry its year: "NODE.JS INTERACTIVE 2016, AUSTIN, TX., Nov. 30, 2016 —".)
    const opensBlock = date.start < 60 && /^[\p{Lu}\p{N}\p{P}\s.,]*$/u.test(prefix.replace(/\b[A-Z][a-z]+\b/g, 'X')) && !/\b(?:On|In|As|At|By|For|From|Since|Until|The|Before|After|Through|Beginning)\b/.test(prefix)
    if ((short || opensBlock) && !datesALetter(blocks, block)) {
      const start = date.weekday?.start ?? date.start
      // A lead's worth of words after the date (as for `lead`): not "Posted: June 27, 2014 (Press Release)".
      return {block, date, ...sourceSpan(block, start, date.end), opensLead: wordCount(block.prose.slice(date.end)) >= 12}
    }
  }
  return undefined
}

/** "Dear Madam Secretary:", "Dear colleagues,": the opening of a letter. */
const salutation = /^Dear\s[^\n]{1,60}[:,]$/

/**
 * A date followed within three blocks by a salutation heads a letter the release reproduces
 * ("30 January 2024 / Letter to the Secretary / Dear Madam Secretary:"): the letter's date, not the release's.
 */
function datesALetter(blocks: Block[], block: Block): boolean {
  return blocks.slice(block.index + 1, block.index + 4).some((next) => salutation.test(next.text.trim()))
}

function collectSentences(nlcst: NlcstRoot, blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = []
  let blockIndex = 0
  for (const paragraph of nlcst.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue
      const start = sentence.position.start.offset ?? 0
      const end = sentence.position.end.offset ?? 0
      while (blockIndex < blocks.length && blocks[blockIndex].end <= start) blockIndex++
      const block = blocks[blockIndex]
      if (!block || block.start > start) continue
      sentences.push({block, start, end, text: nlcstToString(sentence), node: sentence})
    }
  }
  return sentences
}

/** Words in a text: runs of non-space characters with a letter or digit in them. A plain loop:
 * a Unicode-property regular expression cost 17 ms to compile on every cold start. */
export function wordCount(text: string): number {
  let count = 0
  let inWord = false
  let hasLetter = false
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 32
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0) {
      if (inWord && hasLetter) count++
      inWord = false
      hasLetter = false
    } else {
      inWord = true
      // Digits, ASCII letters, and any letter beyond ASCII (accents, other scripts) count as word characters.
      if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xfffc && code !== 0x2019 && code !== 0x201c && code !== 0x201d)) hasLetter = true
    }
  }
  return count
}
