import {defineRule, quotedAlternatives, wordListProblem, type RuleContext} from '../src/engine/rule.ts'
import type {Facts} from '../src/facts/types.ts'
import type {Block} from '../src/model/release.ts'
import {dictionaryPackage, loadDictionary, otherVariant, type Dictionary} from '../src/prose/dictionary.ts'
import {variantPairs} from '../src/prose/spelling-variants.ts'
import {contiguous, sourceSpan} from '../src/model/text-view.ts'

interface Options {
  /** The project's own words (product names, terms of the trade), besides the registry's. */
  words: string[]
}

// A word: letters, with apostrophes and hyphens inside (“don't”, “well-known”); digits and
// underscores are taken in too, so that “COVID-19”, “v2” and “snake_case” are seen whole and skipped.
const token = /[\p{L}\p{M}\p{N}_]+(?:['’\-‐\u00AD][\p{L}\p{M}\p{N}_]+)*/gu
// Prefixes written with a hyphen (“co-founder”, “re-enter”) that no dictionary lists alone.
const prefixes = new Set(['co', 're', 'pre', 'non', 'anti', 'multi', 'e', 'ex', 'self', 'mid', 'post', 'semi', 'sub', 'inter', 'cross', 'cyber', 'de', 'bi', 'tri', 'un', 'pro', 'mis', 'neo', 'geo', 'bio', 'micro', 'macro', 'mega', 'meta', 'mini', 'over', 'under', 'out', 'pan', 'para', 'pseudo', 'quasi', 'socio', 'ultra', 'x', 'intra', 'trans', 'infra', 'auto', 'tele', 'eco', 'agri', 'nano', 'hyper', 'counter', 'vice', 'all', 'well'])
// The other variant's spellings that `spelling-variant` reports with the house form: not reported twice.
const variantOf = {
  'en-GB': new Set(variantPairs.map(([, american]) => american)),
  'en-US': new Set(variantPairs.map(([british]) => british))
}
// Two-consonant starts of English words; a word starting with other two consonants is not English.
const onsets = new Set('bl br ch cl cr dr dw fl fr gh gl gn gr kn kr ph pl pr ps pt qu rh sc sh sk sl sm sn sp st sv sw th tr ts tw wh wr'.split(' '))
let familiarList: Set<string> | undefined
/** The Dale–Chall list of ~3,000 words familiar to every reader, loaded with the rule. */
async function familiarWords(): Promise<Set<string>> {
  if (!familiarList) familiarList = new Set((await import('dale-chall')).daleChall)
  return familiarList
}
const capitalised = /^\p{Lu}[\p{Ll}']*$/u
// Words of other languages that English prose uses (“et al.”, “per capita”, “al-Jamal”, “von Braun”).
const borrowed = new Set(['al', 'et', 'capita', 'alia', 'facto', 'jure', 'bono', 'quo', 'fide', 'versa', 'se', 'el', 'bin', 'ibn', 'abu', 'de', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'du', 'le', 'la', 'les', 'des', 'y', 'e', 'rata'])
// A dictionary word with one of these before it is a word of the trade (“counterterrorism”,
// “nonbank”, “underserved”, “telehealth”), not a typo.
const wordPrefixes = ['counter', 'narco', 'electro', 'cyber', 'crypto', 'under', 'over', 'multi', 'micro', 'macro', 'inter', 'intra', 'super', 'tele', 'non', 'pre', 'post', 'semi', 'trans', 'hyper', 'auto', 'electro', 'photo', 'opto', 'radio', 'hydro', 'thermo', 'nano', 'neuro', 'immuno', 'onco', 'bio', 'geo', 'eco', 'agri', 'agro', 'socio', 'psycho', 'poly', 'mono', 'mega', 'meta', 'infra', 'ultra', 'extra', 'anti', 'out', 'mid', 'self', 'sub', 'un', 're', 'de', 'dis', 'mis', 'co', 'up', 'down', 'back', 'cross', 'fin', 'web', 'data', 'pro']
// Endings English adds to a word (“transferability”, “incentivize”, “redemptions”, “impactful”, “scalable”).
const wordSuffixes: Array<[ending: string, stems: string[]]> = [
  ['s', ['']], ['es', ['']], ['ies', ['y']], ['ity', ['', 'e']], ['ities', ['', 'e', 'ity']], ['ability', ['', 'e', 'able']], ['ibility', ['', 'ible']],
  ['ize', ['', 'e', 'y']], ['izes', ['ize']], ['ized', ['ize', '', 'e']], ['izing', ['ize', '', 'e']], ['ization', ['ize', '', 'e']], ['izations', ['ization']],
  ['ise', ['', 'e', 'y']], ['ised', ['ise', '', 'e']], ['ising', ['ise', '', 'e']], ['isation', ['ise', '', 'e']],
  ['ness', ['', 'y']], ['ly', ['', 'le']], ['er', ['', 'e']], ['ers', ['er', '', 'e']], ['ing', ['', 'e']], ['ings', ['ing', '', 'e']], ['ed', ['', 'e']], ['d', ['']],
  ['ment', ['']], ['ments', ['ment', '']], ['al', ['', 'e']], ['ic', ['', 'e', 'y']], ['ics', ['ic', '', 'e', 'y']], ['ful', ['']], ['able', ['', 'e']], ['ist', ['', 'e', 'y']], ['ists', ['ist']], ['ism', ['']]
]

const plainWord = /^[a-z]+$/
/** Plain lower-case words found in each variant's dictionary so far in this process. */
const knownPlainWords = new Map<string, Set<string>>()

export default defineRule<Options>({
  id: 'spelling',
  category: 'prose',
  severity: 'warning',
  fix: 'suggestion',
  summary: 'Words are spelt as in the dictionary of the house’s English (registry `house.spelling`: LIH writes British English, dictionary-en-gb); registry names and terms and the rule’s `words` count as spelt right.',
  why: 'A typo in a release is quoted back in every article that copies it. Names, acronyms and capitalised words in mid-sentence are left alone (releases are full of names no dictionary knows); add the house’s own terms to the registry’s `words` or to this rule’s `words` option. Corrections are suggestions, never applied by `--fix` alone.',
  messages: {
    misspelt: '“{word}” is not in the {dictionary} dictionary; did you mean {suggestions}? If it is right, add it to the registry’s `words`'
  },
  defaults: {words: []},
  validateOptions: (options) => wordListProblem(options.words, 'words', '[Clinnova, biobanking]'),
  examples: [
    {
      title: 'Misspelt words, with the closest dictionary words as suggestions',
      input: '# News\n\nThe study recieved funding and will acheive its goals. Teh results follow.\n',
      messages: [
        '3:11-3:19: “recieved” is not in the dictionary-en-gb dictionary; did you mean “received” or “relieved”? If it is right, add it to the registry’s `words`',
        '3:37-3:44: “acheive” is not in the dictionary-en-gb dictionary; did you mean “achieve”? If it is right, add it to the registry’s `words`',
        '3:56-3:59: “Teh” is not in the dictionary-en-gb dictionary; did you mean “The”, “Tech” or “Eh”? If it is right, add it to the registry’s `words`'
      ],
      // Several suggestions are alternatives an editor offers; only a single one is applied by `--fix-type suggestion`.
      output: '# News\n\nThe study recieved funding and will achieve its goals. Teh results follow.\n'
    },
    {
      title: 'Terms built from dictionary words, and words far from any dictionary word (names, terms of the trade) are not typos',
      input: '# News\n\nThe counterterrorism roundtable on cybersecurity used a qwzxvk assay; the nonbank servicers attended.\n',
      messages: []
    },
    {
      title: 'Registry names and words, acronyms, names in mid-sentence, code, addresses and numbers are not checked',
      input: '# News\n\nProf Ulf Nehrbass said the Clinnova and NorLux teams at LIH met Dr Zyxwen Qoravi in Esch-sur-Alzette. Run `npm install lihlint` or see https://lih.lu/zyxw and write to press@lih.lu about COVID-19 and 3D printing.\n',
      messages: []
    },
    {
      title: 'The project’s own words (rule option `words`)',
      input: '# News\n\nThe biobanking and organoid teams met.\n',
      options: {words: ['biobanking', 'organoid']},
      messages: []
    }
  ],
  async check(context) {
    new SpellingScan(context, await familiarWords()).run()
  }
})

/**
 * One release's scan, apart from the asynchronous `check`, with a rare word's judgement in a method
 * of its own. For V8's optimising compiler: the short loop that settles plain words compiles apart
 * from the rare paths (the whole check as one function took ~80 ms to compile, again after each
 * deoptimisation of a rare path), and methods are shared by every release, where functions nested in
 * the scan were made anew for each one (`derived` was compiled 5 times, now once; the judgement and
 * `derived` took ~230 ms of background compiling on the corpus, now ~130 ms).
 */
class SpellingScan {
  readonly dictionary: Dictionary
  readonly own: Set<string>
  readonly reportedElsewhere: Set<string>
  /** How often each unknown word occurs in the release (counted up to 2, once per word). */
  readonly counted = new Map<string, number>()
  /** The release's text in lower case, made when first needed. */
  lowerSource: string | undefined

  constructor(
    readonly context: RuleContext<Options>,
    readonly familiar: Set<string>
  ) {
    const {facts, options} = context
    this.dictionary = loadDictionary(facts.house.spelling)
    this.own = ownWords(facts, options.words)
    this.reportedElsewhere = variantOf[facts.house.spelling]
  }

  run(): void {
    const {dictionary} = this
    const knownPlain = knownPlainWords.get(dictionary.variant) ?? knownPlainWords.set(dictionary.variant, new Set()).get(dictionary.variant)!
    for (const block of this.context.release.blocks) {
      // The boilerplate is checked word for word against the registry by boilerplate-match.
      if (block.section === 'about') continue
      const prose = block.prose
      // Every word: `exec`, as matchAll's iterator adds an object per match (see src/model/mentions.ts).
      token.lastIndex = 0
      for (let match; (match = token.exec(prose)); ) {
        const at = match.index!
        const whole = match[0]
        // Most words are plain lower-case dictionary words: settled first, by a lookup remembered
        // across files (every later test only ever skips a word, so this changes no finding).
        if (plainWord.test(whole) && (knownPlain.has(whole) || (dictionary.has(whole) && knownPlain.add(whole)))) continue
        this.judge(block, prose, at, whole)
      }
    }
  }

  /** The word `whole` at `at` of the block's prose, which is not a plain dictionary word. */
  judge(block: Block, prose: string, at: number, whole: string): void {
    const {dictionary, familiar} = this
    const {facts, report} = this.context
    // Identifiers and file names: “index.js”, “@handle”, “#tag”, “/usr”, “foo()”; editors’ brackets: “[E]xpanded”.
    const before = prose[at - 1] ?? ''
    const after = prose.slice(at + whole.length, at + whole.length + 2)
    if (/[.@#/\\_$~=<>+*&%[\]]/.test(before) || /^(?:\.\p{Ll}|[(@/\\_=<>+*&%[\]]|\p{L})/u.test(after)) return
    if (/[\p{N}_]/u.test(whole)) return
    // Letters that are not next to each other in the source (“issued[a report](…)”, “to*leverage*”) are
    // two words with markup between them and a space missing, not one misspelt word.
    if (!contiguous(block, at, at + whole.length)) return
    const parts = whole.split(/[-‐]/)
    const hyphenated = parts.length > 1 || after[0] === '-'
    let offset = 0
    for (const [index, part] of parts.entries()) {
      const partAt = at + offset
      offset += part.length + 1
      const raw = part.replace(/['’]s$|['’]$/u, '')
      // Soft hyphens (“dramati\u00ADcally”) are not letters of the word.
      const word = raw.replace(/\u00AD/g, '').replace(/’/g, "'")
      // No word of English is 30 letters long; a longer run is not a typo (and would cost its length squared).
      if (word.length < 2 || word.length > 30 || /[^\p{L}']/u.test(word)) continue
      const last = index === parts.length - 1 && after[0] !== '-'
      if (!last && (prefixes.has(word.toLowerCase()) || wordPrefixes.includes(word.toLowerCase()))) continue
      // Names: capitals inside (“BioBank”, “McDonald”), all capitals (acronyms), or a capital in
      // mid-sentence. A capitalised word that starts a sentence is judged only when it is a
      // near miss of a common word (“Teh”), never a name (“Nehrbass said …”). Cheap tests first:
      // most words of a release are names or in the dictionary.
      const lower = word.toLowerCase()
      if (word !== lower) {
        // “O'Brien”, “Sa’id”: an apostrophe inside a capitalised word is a name's.
        if (!capitalised.test(word) || word.includes("'")) continue
        // “Fei Wan”, “Bahman Karimi”: a capitalised word followed by another is a name.
        if (partAt !== at || !isSentenceStart(prose, at) || /^\s+\p{Lu}/u.test(prose.slice(at + whole.length, at + whole.length + 3))) continue
      }
      if (this.known(word)) continue
      if (this.reportedElsewhere.has(lower) || borrowed.has(lower)) continue
      // Letters outside English (“Santé”, “Müller”): a foreign word, which this dictionary cannot judge;
      // no vowel (“gtk”, “pdf”): an abbreviation; two letters: a code (“zh”, “nl”) more often than a typo.
      if (/[^a-z']/.test(lower) || !/[aeiouy]/.test(lower) || lower.length < 3) continue
      // Two consonants no English word starts with (“rwlock”, “dnsmasq”): a name from code.
      if (/^[^aeiouy]{2}/.test(lower) && !onsets.has(lower.slice(0, 2))) continue
      // A word of the other variant (“amongst”, “benefitting” in an American house) is not a typo: spelling-variant judges it.
      if (otherVariant(facts.house.spelling).knows(word)) continue
      if (this.derived(lower)) continue
      // The same unknown word twice in one release is a term the writer means (“systemd”, “servicers”), not a slip of the hand.
      if (this.timesIn(lower) > 1) continue
      // A typo is one slip of the hand away from a dictionary word: a letter left out, one too many,
      // two swapped, one vowel for another. Anything else close to a word is more often a name or a
      // term no dictionary has (“zypper”, “glibc”, “escalatory”) than a misspelling; the short part of
      // a hyphenated compound (“add-ons”), too.
      const typos = dictionary.suggest(lower, 8)
      // Short words have many dictionary neighbours: only a swap to a word every reader knows counts (“teh”, “adn”).
      const slips = typos.filter((typo) => isSlip(lower, typo) && (word === lower || typo.length === lower.length) && (lower.length > 4 || familiar.has(typo)))
      if (slips.length === 0 || (hyphenated && lower.length < 5)) continue
      const suggestions = typos.slice(0, 3).map((suggestion) => (word === lower ? suggestion : suggestion[0].toUpperCase() + suggestion.slice(1)))
      const place = sourceSpan(block, partAt, partAt + raw.length)
      const found = prose.slice(partAt, partAt + raw.length)
      report('misspelt', {place, data: {word: found, dictionary: dictionaryPackage[facts.house.spelling], suggestions: quotedAlternatives(suggestions)}, actual: found, expected: suggestions})
    }
  }

  known(word: string): boolean {
    return this.own.has(word) || this.own.has(word.toLowerCase()) || this.dictionary.knows(word)
  }

  /** A dictionary word with a prefix or an ending English adds, or two dictionary words run together (“roundtable”, “codebase”). */
  derived(word: string, depth = 0): boolean {
    const {dictionary} = this
    for (const prefix of wordPrefixes) if (word.startsWith(prefix) && this.hasStem(word.slice(prefix.length), depth)) return true
    for (const [ending, stems] of wordSuffixes) {
      if (!word.endsWith(ending)) continue
      const base = word.slice(0, -ending.length)
      if (stems.some((stem) => this.hasStem(base + stem, depth))) return true
    }
    if (depth > 0) return false
    for (let at = 3; at <= word.length - 3; at++) if (dictionary.has(word.slice(0, at)) && dictionary.has(word.slice(at))) return true
    return false
  }

  hasStem(stem: string, depth: number): boolean {
    return stem.length >= 3 && (this.dictionary.has(stem) || this.own.has(stem) || (depth < 1 && this.derived(stem, depth + 1)))
  }

  timesIn(word: string): number {
    let count = this.counted.get(word)
    if (count === undefined) this.counted.set(word, (count = this.countIn(word)))
    return count
  }

  countIn(word: string): number {
    let count = 0
    const lower = (this.lowerSource ??= this.context.release.source.toLowerCase())
    for (let at = lower.indexOf(word); at !== -1 && count < 2; at = lower.indexOf(word, at + 1)) {
      if (!/\p{L}/u.test(lower[at - 1] ?? '') && !/\p{L}/u.test(lower[at + word.length] ?? '')) count++
    }
    return count
  }
}


// Built once per registry and word list: every file of a run has the same ones (~0.2 ms a file).
const ownWordsOf = new WeakMap<Facts, Map<string, Set<string>>>()

/** Every word of the registry's names, titles, terms and acronyms, and of the rule's `words`, as written. */
function ownWords(facts: Facts, extra: string[]): Set<string> {
  const key = extra.join('\n')
  const known = ownWordsOf.get(facts) ?? ownWordsOf.set(facts, new Map()).get(facts)!
  let words = known.get(key)
  if (!words) known.set(key, (words = collectOwnWords(facts, extra)))
  return words
}

function collectOwnWords(facts: Facts, extra: string[]): Set<string> {
  const texts = [
    ...facts.organisations.flatMap((org) => [org.name, org.acronym ?? '']),
    ...facts.people.flatMap((person) => [person.name, person.honorific ?? '', ...person.roles.flatMap((role) => [role.title, ...role.variants])]),
    ...facts.words,
    ...facts.acronyms,
    ...facts.house.honorifics,
    facts.house.name ?? ''
  ]
  const words = new Set<string>()
  for (const text of texts) for (const match of text.matchAll(/[\p{L}\p{M}']+/gu)) words.add(match[0].replace(/’/g, "'"))
  // The project's own list may be written in lower case and still accept “Word” at a sentence start.
  for (const text of extra) for (const match of text.matchAll(/[\p{L}\p{M}']+/gu)) words.add(match[0].replace(/’/g, "'")).add(match[0].toLowerCase())
  return words
}

/** Whether the word at `at` opens a sentence, a line or the block (opening quotes and brackets aside). */
function isSentenceStart(prose: string, at: number): boolean {
  let back = at - 1
  while (back >= 0 && /[\s"“‘'(\[*_]/u.test(prose[back]) && prose[back] !== '\n') back--
  while (back >= 0 && /["”’')\]*_]/u.test(prose[back])) back--
  if (back < 0) return true
  // “Jane E. Nitze”, “Mr. Yellen”, “U.S. Treasury”: the full stop of an initial or a title.
  if (prose[back] === '.' && /(?:^|[\s.(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|No|vs|Inc|Co|Corp|Ltd)$/u.test(prose.slice(Math.max(0, back - 6), back))) return false
  return /[.!?:…\n]/u.test(prose[back])
}

/**
 * A slip of the hand from `correction` to `word`: two neighbouring letters swapped (any word of three
 * letters or more), or, in a word of six letters or more, a letter left out or one too many (not the first or
 * the last letter), or in one of five letters or more, one vowel for another (not an -or/-er ending, which are both English: “convertor”).
 */
function isSlip(word: string, correction: string): boolean {
  if (correction.includes(' ')) return false
  if (word.length === correction.length) {
    const differ = [...word].flatMap((letter, at) => (letter !== correction[at] ? [at] : []))
    if (differ.length === 2) return differ[1] === differ[0] + 1 && word[differ[0]] === correction[differ[1]] && word[differ[1]] === correction[differ[0]]
    if (differ.length !== 1 || word.length < 5 || differ[0] === 0) return false
    const at = differ[0]
    if (/or$/.test(word.slice(0, at + 2)) && /er$/.test(correction.slice(0, at + 2))) return false
    if (/er$/.test(word.slice(0, at + 2)) && /or$/.test(correction.slice(0, at + 2))) return false
    return /[aeiou]/.test(word[at]) && /[aeiou]/.test(correction[at])
  }
  if (word.length < 6 || Math.abs(word.length - correction.length) !== 1) return false
  const [longer, shorter] = word.length > correction.length ? [word, correction] : [correction, word]
  let at = 0
  while (at < shorter.length && longer[at] === shorter[at]) at++
  if (longer.slice(at + 1) !== shorter.slice(at)) return false
  return at > 0 && at < longer.length - 1
}
