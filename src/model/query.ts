// Small questions rules ask of the model.
import type {Block, Release} from './release.ts'
import type {TextView} from './text-view.ts'

/** Whether a source offset lies inside quoted speech (fixes there are only ever suggestions). */
export function inQuotedSpeech(release: Release, offset: number): boolean {
  return release.quotes.some((quote) => quote.start <= offset && offset < quote.end)
}

/** Blocks whose order matters for first mentions: the body, without headline, date line or end matter. */
export function isBodyProse(release: Release, block: {section: string}): boolean {
  return block.section === 'body' && block !== release.headline && !(block === release.dateLine?.block && !release.dateLine.opensLead)
}

/**
 * Whether offset `at` of the block's prose is in the date line: anywhere in a date line that stands
 * alone, only before the date's end where the dateline opens the lead.
 */
export function inDateLine(release: Release, block: Block, at: number): boolean {
  const dateLine = release.dateLine
  return block === dateLine?.block && (!dateLine.opensLead || at < dateLine.date.end)
}

/**
 * Whether a block is a bibliographic reference ("Fagherazzi G, Ollert M, et al. … doi:10.1186/…"):
 * under a heading such as "Reference" or "Publication", or a list of authors with a DOI. Its
 * names and abbreviations are the citation's style, not prose to hold to first-mention rules.
 */
export function isCitation(release: Release, block: Block): boolean {
  let citations = citationsOf.get(release)
  if (!citations) {
    // One pass per release, remembered: the rules ask once per mention.
    citations = new Set()
    let underReferences = false
    for (const each of release.blocks) {
      if (each.kind === 'heading') underReferences = referencesHeading.test(each.text.trim())
      else if (underReferences || (/\bet al\b/.test(each.text) && /\bdoi(?:\s*:\s*|\.org\/)10\.\d{4,}/i.test(each.text))) citations.add(each)
    }
    citationsOf.set(release, citations)
  }
  return citations.has(block)
}

const citationsOf = new WeakMap<Release, Set<Block>>()
const referencesHeading = /^(?:references?|bibliography|citations?|further reading|(?:(?:the|original|scientific|full) )?(?:publications?|papers?|articles?|studies|study)(?: references?)?)\s*:?$/i

/** Sentences of the release's own prose: the body and top matter, not headings, the boilerplate, the contact block or the house's standard paragraphs. */
export function proseSentences(release: Release): Release['sentences'] {
  return release.sentences.filter((sentence) => sentence.block.section !== 'about' && sentence.block.section !== 'contact' && sentence.block.kind !== 'heading' && !sentence.block.standard)
}

/**
 * The source span that covers some blocks. Not simply first start to last end: in an HTML page,
 * text the converter makes up (the quotation marks of a <q>) has no place of its own.
 */
export function spanOfBlocks(blocks: ReadonlyArray<{start: number; end: number}>): {start: number; end: number} {
  const placed = blocks.filter((block) => block.end > block.start)
  const from = placed.length > 0 ? placed : blocks
  return {start: Math.min(...from.map((block) => block.start)), end: Math.max(...from.map((block) => block.end))}
}

/**
 * The formula that opens the title of a transcript or a statement: “Remarks by”, “Testimony of”,
 * “Keynote Speech by”, “Readout of”, “Prepared Remarks as Prepared for Delivery by” — then the speaker.
 */
export const titleFormula = /^(?:(?:virtual|video|opening|closing|prepared|keynote|joint)\s+)*(?<kind>remarks|testimony|statement|readout|speech|address|interview|transcript)(?:\s+as\s+prepared\s+for\s+delivery)?\s+(?:by|of|from)\s+/i
// The kinds of title that announce words as spoken (a statement or a readout is written).
const spoken = new Set(['remarks', 'testimony', 'speech', 'address', 'interview', 'transcript'])

/**
 * Whether the release is the transcript of a speech or testimony, known from its headline or its page title
 * in the front matter (the body may open on a section heading, “Introduction”): the words are
 * reproduced as the speaker said them, not written by the press office to house style.
 */
export function isTranscript(release: Release): boolean {
  const title = release.frontMatter?.data.title
  const announcesSpeech = (text: string) => spoken.has(titleFormula.exec(text.replace(/^\W+/, ''))?.groups?.kind.toLowerCase() ?? '')
  return announcesSpeech(release.headlineText ?? '') || (typeof title === 'string' && announcesSpeech(title))
}

/**
 * The deck: paragraphs wholly in bold or italics at the top, before the first plain paragraph of prose
 * (“**BOARD STATEMENT ON …**”, “*Deputy Secretary to highlight …*”). Like the headline, it may use an
 * acronym that the body spells out. Headings, the date line and short top-matter lines (“FOR RELEASE”)
 * may stand between the decks.
 */
export function decksOf(release: Release): Set<Block> {
  const decks = new Set<Block>()
  for (const block of release.blocks) {
    if ((block === release.dateLine?.block && !release.dateLine.opensLead) || (block.kind === 'heading' && block.depth !== 6)) continue
    // A short bold or italic line is read as a pseudo-heading (depth 6); before the lead it is a deck.
    if (block.kind === 'listItem' || !isWhollyEmphasis(block)) {
      if (block.section === 'top') continue
      break
    }
    decks.add(block)
  }
  return decks
}

/**
 * A paragraph that is one bold or italic run; also one wrapped in asterisks that the Markdown parser
 * left as text because a space stands before the closing mark (“*A deck line *”, a converter's slip).
 */
function isWhollyEmphasis(block: Block): boolean {
  const parts = 'children' in block.node ? block.node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '')) : []
  if (parts.length === 1 && (parts[0].type === 'emphasis' || parts[0].type === 'strong')) return true
  return /^(\*{1,2}|_{1,2})\S[^*]*\1$/.test(block.text.trim())
}

/**
 * Whether `start`–`end` of a block's text lies inside the title of a linked document, which is quoted as
 * published: link text in title case (“[Alert on Fraud Against Small Businesses](url)”), or link text that
 * closes a capitalised name with its date (“[Read the Outcomes of the Spring Plenary, 23 February 2024](url)”).
 * A link whose text is only the span (“[Example Agency](url)”) names it; that is not a title.
 */
export function inLinkedTitle(block: TextView, start: number, end: number): boolean {
  return block.links.some((link) => {
    if (start < link.start || end > link.end) return false
    const label = block.text.slice(link.start, link.end)
    if (label.trim() === block.text.slice(start, end).trim()) return false
    return isTitleCase(label) || /\p{Lu}[\p{L}\p{N}]*,\s+$/u.test(block.text.slice(link.start, start))
  })
}

/** Every word of four letters or more starts with a capital (small words such as “to”, “and”, “its” may not), and there are two or more. */
function isTitleCase(text: string): boolean {
  const long = (text.match(/\p{L}[\p{L}\p{N}’'-]*/gu) ?? []).filter((word) => word.length >= 4)
  return long.length >= 2 && long.every((word) => /^\p{Lu}/u.test(word))
}
