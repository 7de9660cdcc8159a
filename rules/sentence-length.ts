import {defineRule} from '../src/engine/rule.ts'
import type {Sentence} from '../src/model/release.ts'
import {wordCount} from '../src/model/release.ts'

export default defineRule<{maxWords: number; maxSentences: number}>({
  id: 'sentence-length',
  category: 'prose',
  severity: 'warning',
  fix: 'none',
  summary: 'Sentences stay under a number of words (default 35); paragraphs under a number of sentences (default 6, as advice).',
  why: 'Past 35 words a reader loses the start of the sentence before the end; long paragraphs make a release look like a report.',
  messages: {
    sentence: 'Sentence has {words} words; keep it under {max} — split it or cut a clause',
    paragraph: 'Paragraph has {count} sentences; consider splitting it after {max}'
  },
  defaults: {maxWords: 35, maxSentences: 6},
  validateOptions: (options) => (!(options.maxWords > 0) || !(options.maxSentences > 0) ? '`maxWords` and `maxSentences` should be positive whole numbers' : undefined),
  examples: [
    {
      title: 'A long sentence',
      options: {maxWords: 12},
      input: 'The institute, which was founded in 2015 from a merger of two centres, today employs more than four hundred people.\n',
      messages: ['1:1-1:116: Sentence has 20 words; keep it under 12 — split it or cut a clause']
    },
    {
      title: 'A long paragraph',
      options: {maxSentences: 2},
      input: 'One. Two. Three.\n',
      messages: ['1:1-1:17: Paragraph has 3 sentences; consider splitting it after 2']
    },
    {
      title: 'Short sentences; the boilerplate is not judged',
      input: 'The lab opened today. It has twelve staff.\n',
      messages: []
    }
  ],
  check({release, options, report}) {
    const byBlock = new Map<number, Sentence[]>()
    for (const sentence of release.sentences) {
      const block = sentence.block
      if (block.section === 'about' || block.section === 'contact' || block.kind === 'heading') continue
      const words = wordCount(sentence.text)
      if (words > options.maxWords) report('sentence', {place: sentence, data: {words, max: options.maxWords}})
      byBlock.set(block.index, [...(byBlock.get(block.index) ?? []), sentence])
    }
    for (const sentences of byBlock.values()) {
      if (sentences.length > options.maxSentences) {
        const block = sentences[0].block
        report('paragraph', {place: {start: block.start, end: block.end}, data: {count: sentences.length, max: options.maxSentences}, severity: 'info'})
      }
    }
  }
})
