import type {Sentence as NlcstSentence} from 'nlcst'
import {defineRule} from '../src/engine/rule.ts'
import {judgedSentences} from '../src/prose/judged-sentences.ts'
import {loadDictionary, type Dictionary} from '../src/prose/dictionary.ts'
import {runRetext} from '../src/prose/retext.ts'
import {countsOf, scoresFrom, sumCounts, withNamesAsEasyWords} from '../src/prose/scores.ts'
import {usePrecomputedSyllables} from '../src/prose/syllable-count.ts'

interface Options {
  age: number
  threshold: number
  minWords: number
  minReadingEase: number
}

export default defineRule<Options>({
  id: 'readability',
  category: 'prose',
  severity: 'warning',
  fix: 'none',
  summary: 'Sentences a general reader can follow, and a release whose overall reading ease is not too low; reports the release’s scores.',
  why: 'Journalists skim: a sentence that seven readability formulas agree is hard gets misquoted or skipped. The scores (Flesch reading ease, Flesch–Kincaid grade, SMOG, words per sentence) show the trend across releases. A name of several words that the dictionary does not know (a transliterated company name) is not hard vocabulary: when a sentence is judged, its words count as easy words.',
  messages: {
    sentence: 'This sentence of {words} words is hard to read ({votes} of 7 readability formulas put it above age {age}); split it or cut a clause',
    document: 'The release reads hard overall (Flesch reading ease {ease}, below {min}); shorten sentences and prefer short words',
    scores: 'Readability: Flesch reading ease {ease}, Flesch–Kincaid grade {grade}, SMOG {smog}, {wps} words per sentence'
  },
  // Calibrated on 316 real releases: releases are written at graduate level (median Flesch reading
  // ease 22), so a lower bar would flag nearly every sentence (age 18: 4,681 findings). Age 25 and
  // 20 words flag the sentences that are really hard (43 on the corpus); 10 flags the hardest tenth.
  defaults: {age: 25, threshold: 5 / 7, minWords: 20, minReadingEase: 10},
  validateOptions: (options) =>
    !(options.age > 0) ? '`age` should be a positive number of years' : !(options.threshold > 0 && options.threshold <= 1) ? '`threshold` should be a share between 0 and 1, such as 0.7' : undefined,
  examples: [
    {
      title: 'A sentence that is hard for a general reader',
      input: 'The institute’s multidisciplinary infrastructure facilitates comprehensive, longitudinal characterisation of immunological heterogeneity across heterogeneous populations, accelerating the translational applicability of computational methodologies internationally and institutionally.\n\nWe hope you enjoy it.\n',
      messages: [
        '1:1: Readability: Flesch reading ease -111.3, Flesch–Kincaid grade 32.4, SMOG 20.3, 14.5 words per sentence',
        '1:1-1:284: This sentence of 24 words is hard to read (5 of 7 readability formulas put it above age 25); split it or cut a clause',
        '1:1: The release reads hard overall (Flesch reading ease -111.3, below 10); shorten sentences and prefer short words'
      ]
    },
    {
      title: 'Plain sentences: only the scores, as information',
      input: 'The cat sat on the mat.\n',
      messages: ['1:1: Readability: Flesch reading ease 116.1, Flesch–Kincaid grade -1.4, SMOG 3.1, 6 words per sentence']
    },
    {
      title: 'A company name the dictionary does not know is not hard vocabulary: its words are read as easy words',
      input: 'Obrazovatelnoye Obyedineniye Tekhnopromyshlennosti Severnaya Korporatsiya provides computer software and technical consultancy services to industrial manufacturing companies in the northern regions of the country.\n\nIt has ten staff. Its main office is in Kazan. It opened in May. Its staff work in three towns. They fix and sell tools.\n',
      messages: ['1:1: Readability: Flesch reading ease 27.8, Flesch–Kincaid grade 11.4, SMOG 11.2, 8 words per sentence']
    },
    {
      title: 'A table whose cells lost their spaces too',
      input: '**Regional Estimate of Potentially Eligible Households** Northland1.2 millionEastmoor640,000Southvale2.1 millionWestbrook890,000Lakeshore210,000Highcliff470,000Riverton2.6 millionOakridge120,000Pinecrest930,000Stonebridge3.1 millionMaplewood1.4 millionCedarfield75,000Fairhaven1.9 millionGlenwood2.2 millionHollowmere3.3 millionIvybridge1.7 millionJuniper4.1 millionKingsport2.8 millionLongmeadow1.3 million\n\nThe cat sat on the mat.\n',
      messages: ['1:1: Readability: Flesch reading ease 116.1, Flesch–Kincaid grade -1.4, SMOG 3.1, 6 words per sentence']
    },
    {
      title: 'Sentences run together by a missing space are counted apart, and a table run into a paragraph is not read',
      input: 'The cat sat on the mat.The dog sat on the rug.\n\nPets Cats Dogs Total Strassen 12 15 27 Esch 8 9 17\n',
      messages: ['1:1: Readability: Flesch reading ease 116.1, Flesch–Kincaid grade -1.4, SMOG 3.1, 6 words per sentence']
    }
  ],
  async check({release, facts, options, report}) {
    // The house dictionary (which the spelling rule reads too) knows most words' syllables; it is
    // read when the first word is counted, so a release without prose never reads it.
    usePrecomputedSyllables((word) => loadDictionary(facts.house.spelling).syllables(word))
    const prose = judgedSentences(release)
    // Each sentence is counted once: the document's scores and the screening below share the counts.
    const counted = prose.map((sentence) => ({sentence, counts: countsOf(sentence.node)}))
    const scores = scoresFrom(sumCounts(counted.map(({counts}) => counts)))
    if (!scores) return
    const start = {start: 0, end: 0}
    report('scores', {
      place: start,
      severity: 'info',
      data: {ease: scores.fleschReadingEase, grade: scores.fleschKincaidGrade, smog: scores.smog, wps: scores.wordsPerSentence},
      extra: {readability: scores}
    })
    // retext-readability looks every word up in long word lists; sentences under `minWords` words
    // are never judged, so they are not handed to it (on a 20 MB release: 40 s to a fraction).
    // It also costs ~10 ms per sentence (word-list lookups); a sentence whose own Flesch–Kincaid grade is
    // three or more grades below the target cannot get most formulas' votes, so it is screened out first (same findings on the corpus, 4.0 s to 2.7 s).
    const targetGrade = options.age - 5
    const long = counted
      .filter(({sentence, counts}) => wordCount(sentence.node) >= options.minWords && (scoresFrom(counts)?.fleschKincaidGrade ?? 0) >= targetGrade - 3)
      .map(({sentence}) => sentence)
    if (long.length === 0) return finish()
    // retext-readability judges each sentence; it is loaded only when this rule runs. It reads the
    // words of a name the dictionary does not know as easy words (a transliterated company name is not
    // hard vocabulary). The document's scores above stay the published formulas.
    const {default: retextReadability} = await import('retext-readability')
    const dictionary = loadDictionary(facts.house.spelling)
    const judged = long.map((sentence) => ({...sentence, node: withNamesAsEasyWords(sentence.node, vocabulary(dictionary))}))
    for (const finding of await runRetext(retextReadability, {age: options.age, threshold: options.threshold, minWords: options.minWords}, judged)) {
      // "… according to 5 out of 7 algorithms" or "… according to all 7 algorithms".
      const votes = Number(/according to (\d+) out of/.exec(finding.reason)?.[1] ?? 7)
      report('sentence', {place: {start: finding.start, end: finding.end}, data: {words: wordCount(finding.sentence.node), votes, age: options.age}})
    }
    finish()

    function finish() {
      if (scores!.fleschReadingEase < options.minReadingEase) report('document', {place: start, data: {ease: scores!.fleschReadingEase, min: options.minReadingEase}})
    }
  }
})

/** Whether a capitalised word is English vocabulary (“Limited”, “Treasury’s”), not a name the dictionary does not know. */
function vocabulary(dictionary: Dictionary): (word: string) => boolean {
  return (word) => dictionary.knows(word.replace(/['’]s$/u, ''))
}

function wordCount(sentence: NlcstSentence): number {
  return sentence.children.filter((child) => child.type === 'WordNode').length
}
