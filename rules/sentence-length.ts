import {defineRule} from '../src/engine/rule.ts'
import type {Sentence} from '../src/model/release.ts'
import {wordCount} from '../src/model/release.ts'
import {judgedSentences} from '../src/prose/judged-sentences.ts'

export default defineRule<{maxWords: number; maxSentences: number}>({
  id: 'sentence-length',
  category: 'prose',
  severity: 'warning',
  fix: 'none',
  summary: 'Sentences stay under a number of words (default 35); paragraphs under a number of sentences (default 6, as advice).',
  why:
    'Past 35 words a reader loses the start of the sentence before the end; long paragraphs make a release look like a report. ' +
    'Sentences run together by a missing space after the full stop (“spring.Its”) are counted apart, so are lines of a paragraph that open with a bullet (•), and a table whose cells were run into a paragraph (three figures in a row, three cells glued to each other as in “Arizona690,000Florida”, or a long stretch that is a third digits) is not judged.',
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
      title: 'Sentences run together by a missing space are counted one by one (space-after-full-stop reports the typo)',
      options: {maxWords: 12},
      input: 'The laboratory in Strassen opens to visitors next spring.Its twelve researchers study how immune cells reach tumours.\n',
      messages: []
    },
    {
      title: 'Lines that open with a bullet are list items, not one long sentence',
      options: {maxWords: 12},
      input: 'Speakers:\n\n•**Anna Schmit**, Director of Research, Luxembourg Institute of Health;  \n•**Jean Muller**, Head of the Clinical Trials Unit, Strassen;  \n•**Marie Weber**, Professor of Immunology, University of Luxembourg.\n',
      messages: []
    },
    {
      title: 'A table whose cells were run together is not prose to judge',
      options: {maxWords: 12},
      input: 'Site Staff 2024 2025 Change Strassen 120 135 12.5% Esch-sur-Alzette 80 84 5% Dudelange 40 44 10% Total 240 263 9.6%\n',
      messages: []
    },
    {
      title: 'Short sentences; the boilerplate is not judged',
      input: 'The lab opened today. It has twelve staff.\n',
      messages: []
    }
  ],
  check({release, options, report}) {
    const byBlock = new Map<number, Sentence[]>()
    for (const sentence of judgedSentences(release)) {
      const block = sentence.block
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
