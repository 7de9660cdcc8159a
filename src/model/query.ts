// Small questions rules ask of the model.
import type {Release} from './release.ts'

/** Whether a source offset lies inside quoted speech (fixes there are only ever suggestions). */
export function inQuotedSpeech(release: Release, offset: number): boolean {
  return release.quotes.some((quote) => quote.start <= offset && offset < quote.end)
}

/** Blocks whose order matters for first mentions: the body, without headline, date line or end matter. */
export function isBodyProse(release: Release, block: {section: string}): boolean {
  return block.section === 'body' && block !== release.headline && block !== release.dateLine?.block
}

/** Sentences of the release's own prose: the body and top matter, not headings, the boilerplate or the contact block. */
export function proseSentences(release: Release): Release['sentences'] {
  return release.sentences.filter((sentence) => sentence.block.section !== 'about' && sentence.block.section !== 'contact' && sentence.block.kind !== 'heading')
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
