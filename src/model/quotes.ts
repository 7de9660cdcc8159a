// Quotations and who said them. Three forms: inline quotes in straight or curly double quotes,
// Markdown blockquotes, and the scraped form where quotation marks were lost and the quote
// paragraph is followed by one that starts "said NAME, TITLE.".
import type {Facts, Person} from '../facts/types.ts'
import type {Block, Release} from './release.ts'
import {contiguous, sourceSpan} from './text-view.ts'

export interface Speaker {
  /** The name as written ("Prof Ulf Nehrbass", "he"). */
  name: string
  start: number
  end: number
  person?: Person
  /** The role given beside the name ("CEO of LIH"), when there is one. */
  role?: {text: string; start: number; end: number}
  verb?: {text: string; start: number; end: number}
  /** True when the speaker is a pronoun resolved to the person named just before. */
  pronoun: boolean
}

export interface Quote {
  form: 'inline' | 'blockquote' | 'scraped'
  block: Block
  /** Source offsets of the quotation, marks included. */
  start: number
  end: number
  /** The words quoted. */
  text: string
  speaker?: Speaker
}

export const speechVerbs = [
  'said', 'says', 'added', 'adds', 'explained', 'explains', 'stated', 'states', 'declared', 'declares',
  'commented', 'comments', 'noted', 'notes', 'remarked', 'remarks', 'emphasised', 'emphasises', 'emphasized',
  'emphasizes', 'highlighted', 'highlights', 'continued', 'continues', 'concluded', 'concludes', 'stressed',
  'stresses', 'pointed out', 'points out', 'announced', 'announces', 'underlined', 'underlines', 'shared', 'shares',
  'wrote', 'writes', 'finds', 'found', 'observed', 'observes', 'warned', 'warns', 'argued', 'argues',
  'reported', 'reports', 'told', 'tells', 'put it', 'puts it'
]
const verb = `(?:${speechVerbs.join('|')})`
// Base forms, only before a quote: plural subjects ("X and Y write, “") and "will note that “". After a
// quote they would read "The report is …" as a speaker and a verb.
const baseVerbs = ['say', 'write', 'note', 'add', 'explain', 'state', 'comment', 'stress', 'emphasise', 'emphasize', 'observe', 'warn', 'argue', 'report']
const verbBefore = `(?:${[...speechVerbs, ...baseVerbs].join('|')})`
// Names are often joined by no-break spaces in pasted text ("Brian\u00a0E. Nelson").
// A soft line break inside a Markdown paragraph is a space too ("said Darrell⏎Pratt").
const space = '[ \\u00a0\\n]'
const honorific = `(?:(?:Prof|Professor|Dr|Mr|Mrs|Ms|Mx|Drs|Sir|Dame|Rev)\\.?${space})*`
// A capitalised word, or an initial with its full stop ("E."); a name never swallows the sentence's full stop.
const namePart = "\\p{Lu}(?:\\.|[\\p{L}'’-]*)"
// A name, possibly after a title with lower-case joining words ("Under Secretary of the Treasury for
// Terrorism and Financial Intelligence Brian E. Nelson"); each repetition starts with a space, so
// the pattern cannot backtrack badly.
const name = `${honorific}${namePart}(?:${space}(?:(?:de|van|von|der|da|di|du|le|la|del|dos|bin|al|of|the|for|and|on|at|to)${space}){0,2}${namePart}){0,12}`
const pronoun = '(?:he|she|they|He|She|They)'
// A document quoted: "…,” the new paper concludes.
const documentSource = '(?:[Tt]he|[Tt]his|[Aa]) (?:new |latest |recent |final |annual )?(?:paper|report|study|analysis|statement|letter|article|survey|review|decision|ruling)'
// Role: after a comma, up to the end of the clause.
const role = (group = 'role') => `(?:, (?<${group}>[^,.;:!?“”"]{2,120}?))?`

// The speaker patterns, built on first use: parsing them (each name is a dozen Unicode classes) was
// ~2.5 ms of every start, also of runs that check no release (--version, files served from --cache).
let builtPatterns: ReturnType<typeof buildPatterns> | undefined
const patterns = () => (builtPatterns ??= buildPatterns())
function buildPatterns() {
  return {
    /** After the quote: `, said NAME, ROLE.` / `, NAME said.` / `said NAME` opening the next paragraph. */
    // A constituency or affiliation in brackets may follow the name: "said Representative Dwight Evans (PA-03)."
    // The verb may run into the name where the source lost the space ("saidUnder Secretary …"): the
    // speaker is still known, and the missing space is a typo for the spacing rules, not a lost speaker.
    afterVerbName: new RegExp(`^[\\s,—–-]*(?<verb>${verb})(?:${space}|(?=\\p{Lu}\\p{Ll}))(?<name>${name}|${pronoun})(?: \\([^()]{1,40}\\))?${role()}(?=[.,;:!?]|$)`, 'u'),
    afterNameVerb: new RegExp(`^[\\s,—–-]*(?<name>${name}|${pronoun}|${documentSource})${role()},? (?<verb>${verb})\\b`, 'u'),
    /**
     * Before the quote: `NAME said: “` / `As NAME, ROLE, explains, “` / `According to NAME, “` / `NAME: “` / `Quoting SOURCE: “` /
     * `As expressed by SOURCE, “` / `[NAME](link)reported that “` (a link the source left glued to its verb);
     * the verb may carry a short phrase ("He said of our country, “", "As the President said last September, “").
     */
    beforeQuote: new RegExp(
      `(?:(?<name1>${name}|${pronoun})${role('role1')},? (?:has |have |had |will |would )?(?<verb1>${verbBefore})(?: that)?(?: [^“”"„«.!?:]{1,80}?)?[,:]?|(?<verb2>[Aa]ccording to) (?<name2>${name})${role('role2')},|(?<name3>${name}):|(?<verb5>[Qq]uoting) (?<name5>[^:;“”"]{2,120}):|(?<verb6>[Aa]s (?:expressed|put|described|written) by) (?<name6>[^:;“”"]{2,120}),|(?<name7>${name})(?<verb7>(?:reported|wrote|said|noted|found|stated)) that|(?<verb4>${verb}) (?<name4>${name})(?: \\([^()]{1,40}\\))?${role('role4')}[.:])\\s*$`,
      'u'
    ),
    /** "Secretary Yellen today released the following statement:" at the end of the paragraph before the speech. */
    // The speaker may be a body: “The board released the following statement:”.
    statementIntro: new RegExp(`(?<name>${name}|(?:[Tt]he|[Oo]ur) (?:board|institute|committee|ministry|government|department|members|partners|university|council|team))(?: \\([^()]{1,40}\\))?(?:, [^,]{1,80},)? (?:today |also |has |have )?(?:released|issued|made|delivered|gave|shared|published)(?: (?:the following|a|this|his|her|their))?(?: joint)? (?:statement|remarks)\\b`, 'u'),
    /** A heading that is a speaker and role: "Janet Yellen, Treasury Secretary, United States". */
    speakerHeading: new RegExp(`^(?<name>${name}), (?<role>[^\\n]{2,200})$`, 'u')
  }
}
const announces = /\b(?:statement|remarks)\b/

const openers = '“"„«'
const closerOf: Record<string, string> = {'“': '”', '"': '"', '„': '“', '«': '»'}
// The opening marks, and every mark that opens or closes a quotation (the closers include every
// mark `closes` accepts): the scans below jump from mark to mark (a loop over every character of
// every release was ~70 ms of the corpus).
const opener = new RegExp(`[${openers}]`, 'g')
const quoteMark = new RegExp(`[${openers}${Object.values(closerOf).join('')}]`, 'g')

// The groups of `beforeQuote` that hold the speaker's name and the verb.
const introNames = ['name1', 'name2', 'name3', 'name4', 'name5', 'name6', 'name7']
const introVerbs = ['verb1', 'verb2', 'verb4', 'verb5', 'verb6', 'verb7']

/**
 * The words that introduce a quote starting at `at` (`beforeQuote` over the text from `from`, by default
 * the 200 characters before it), with the match's offset in the block's text.
 */
function introBefore(block: Block, at: number, from = Math.max(0, at - 200)): {groups: Record<string, string | undefined>; index: number} | undefined {
  const match = patterns().beforeQuote.exec(block.prose.slice(from, at))
  if (!match?.groups) return undefined
  const index = from + match.index
  // A name run into its verb is a name only where markup the reader does not see sat between the two
  // (“[Ledger](…)reported that”); plain “Smithreported that” is one unknown word, not a speaker.
  const name7 = match.groups.name7
  if (name7 !== undefined && contiguous(block, index + name7.length - 1, index + name7.length + 1)) return undefined
  return {groups: match.groups, index}
}

export function findQuotes(release: Release, facts: Facts): Quote[] {
  const quotes: Quote[] = []
  const blocks = release.body.filter((block) => block.kind !== 'heading')
  // Speech that runs on into the next paragraph: the speaker of the previous paragraph's last quote,
  // or of a quote it opened and left open (the convention for a quote over several paragraphs).
  let carried: Speaker | undefined
  blocks.forEach((block, index) => {
    const next = blocks[index + 1]
    const previous = blocks[index - 1]
    const adjacent = previous !== undefined && previous.index === block.index - 1
    const runsOn = adjacent ? carried : undefined
    carried = undefined
    // A paragraph of speech introduced at the end of the previous one ("Secretary Yellen said:").
    // Only the paragraph's end can introduce the quote: the pattern, tried at every start of a long
    // paragraph, was the costliest line of quote finding.
    const introduced = adjacent && /:\s*$/.test(previous.prose) ? introBefore(previous, previous.prose.length, Math.max(0, previous.prose.length - 400)) : undefined
    // The pattern is costly (a name at every position): tried only where the words are.
    const statement = adjacent && announces.test(previous.prose) ? patterns().statementIntro.exec(previous.prose) : undefined
    // A heading that names the speaker of the paragraph under it ("## Janet Yellen, Treasury Secretary").
    const heading = release.blocks[block.index - 1]
    const named = heading?.kind === 'heading' ? patterns().speakerHeading.exec(heading.prose.trim()) : undefined
    if (block.quoted) {
      // A Markdown blockquote: the whole block is speech unless it carries its own marks.
      if (!previous?.quoted || previous.end < block.start - 2) {
        quotes.push(withSpeaker({form: 'blockquote', block, start: block.start, end: block.end, text: block.text}, block, block.text.length, next, release, facts))
      }
      return
    }
    // Who speaks in a paragraph that opens with a quote and names no one: the context before it.
    const fromContext = (): Speaker | undefined => {
      if (introduced?.groups) return speakerFrom(introduced.groups, introduced.index, previous!, release, facts, introNames, introVerbs)
      if (statement?.groups) return speakerFrom(statement.groups, statement.index, previous!, release, facts, ['name'], [])
      if (named?.groups) return speakerFrom(named.groups, 0, heading, release, facts, ['name'], [])
      return runsOn
    }
    const spans = quoteSpans(block.prose)
    for (const span of spans) {
      const inner = block.text.slice(span.start + 1, span.end - 1)
      if (wordsIn(inner) < 4) continue // "scare quotes" and titles, not speech
      const source = sourceSpan(block, span.start, span.end)
      const quote: Quote = {form: 'inline', block, ...source, text: inner}
      const before = introBefore(block, span.start)
      if (before) {
        quote.speaker = speakerFrom(before.groups, before.index, block, release, facts, introNames, introVerbs)
      }
      const opensBlock = span.start === speechStart(block.prose)
      if (!quote.speaker && opensBlock && introduced?.groups) quote.speaker = fromContext()
      if (!quote.speaker) withSpeaker(quote, block, span.end, next, release, facts)
      // "… released the following statement:⏎“…”" within the paragraph.
      const said = quote.speaker || !announces.test(block.prose.slice(0, span.start)) ? undefined : patterns().statementIntro.exec(block.prose.slice(0, span.start))
      if (said?.groups) quote.speaker = speakerFrom(said.groups, said.index, block, release, facts, ['name'], [])
      if (!quote.speaker && opensBlock) quote.speaker = fromContext()
      quotes.push(quote)
    }
    // A second quote in a paragraph belongs to the speaker of the first ("“…,” Governor X said. “…”").
    const inBlock = quotes.filter((quote) => quote.block === block && quote.form === 'inline')
    const known = inBlock.find((quote) => quote.speaker)?.speaker
    if (known) for (const quote of inBlock) quote.speaker ??= known
    carried = inBlock.at(-1)?.speaker
    // A quote left open at the end of the paragraph continues in the next one.
    const unclosed = openedAfter(block.prose, spans.at(-1)?.end ?? 0)
    if (unclosed !== undefined) {
      const before = introBefore(block, unclosed)
      carried = before ? speakerFrom(before.groups, before.index, block, release, facts, introNames, introVerbs) : unclosed === speechStart(block.prose) ? fromContext() : carried
    }
    // Scraped form: a paragraph with no quotation marks, and the next paragraph opens with "said NAME".
    // The speaker pattern runs once, and only where the cheap tests pass.
    const scraped = next && /^\s*(?:[a-z]|[\p{Lu}][\p{Ll}]+ said\b)/u.test(next.prose) && !/[“"]/.test(block.prose) ? patterns().afterVerbName.exec(next.prose) : null
    if (next && scraped?.groups) {
      quotes.push({
        form: 'scraped',
        block,
        start: block.start,
        end: block.end,
        text: block.text,
        speaker: speakerFrom(scraped.groups, 0, next, release, facts, ['name'], ['verb'])
      })
    }
  })
  return quotes
}

/** Where a quotation mark opens after `from` and is never closed in the text, if one does. */
function openedAfter(text: string, from: number): number | undefined {
  opener.lastIndex = from
  for (let found; (found = opener.exec(text)); ) {
    if (found[0] !== '"' || isOpeningStraight(text, found.index)) return found.index
  }
  return undefined
}

/** Looks for the speaker after the quote in its own block, then at the start of the next block. */
function withSpeaker(quote: Quote, block: Block, after: number, next: Block | undefined, release: Release, facts: Facts): Quote {
  for (const [target, from] of [[block, after], [next, 0]] as const) {
    if (!target || target.quoted !== block.quoted && target !== next) continue
    const rest = target.prose.slice(from)
    const match = patterns().afterVerbName.exec(rest) ?? patterns().afterNameVerb.exec(rest)
    if (match?.groups) {
      quote.speaker = speakerFrom(match.groups, from, target, release, facts, ['name'], ['verb'])
      return quote
    }
    // A blockquote's own last line may name the speaker: "— Prof Ulf Nehrbass, CEO of LIH".
    const dash = /(?:^|\n)\s*[—–-]{1,2}\s*(?<name>[^,\n]+?)(?:, (?<role>[^\n]+?))?\s*$/u.exec(rest)
    if (dash?.groups && target === block && block.quoted) {
      quote.speaker = speakerFrom(dash.groups, from, target, release, facts, ['name'], [])
      return quote
    }
  }
  return quote
}

function speakerFrom(
  groups: Record<string, string | undefined>,
  matchOffset: number,
  block: Block,
  release: Release,
  facts: Facts,
  nameKeys: string[],
  verbKeys: string[]
): Speaker | undefined {
  const nameKey = nameKeys.find((key) => groups[key])
  if (!nameKey) return undefined
  // “As Prof Ulf Nehrbass, CEO of LIH, explains, “…”: the capitalised “As” is not part of the name.
  const written = groups[nameKey]!.replace(/^As\s+(?=\p{Lu})/u, '')
  const at = (text: string | undefined) => {
    if (!text) return undefined
    const index = block.prose.indexOf(text, matchOffset)
    return index === -1 ? undefined : {text, ...sourceSpan(block, index, index + text.length)}
  }
  const nameAt = at(written)!
  const verbKey = verbKeys.find((key) => groups[key])
  const isPronoun = /^(?:he|she|they)$/i.test(written)
  const speaker: Speaker = {
    name: written,
    start: nameAt?.start ?? block.start,
    end: nameAt?.end ?? block.start,
    role: at((groups.role ?? groups.role1 ?? groups.role2 ?? groups.role4)?.trim()),
    verb: verbKey ? at(groups[verbKey]) : undefined,
    pronoun: isPronoun
  }
  speaker.person = isPronoun ? lastPersonBefore(release, speaker.start) : personNamed(written, facts)
  return speaker
}

const leadingHonorifics = new RegExp(`^${honorific}`, 'u')

/** A name as written without its honorifics ("Prof Dr Jane Roe" → "Jane Roe"). */
export function withoutHonorifics(name: string): string {
  return name.replace(leadingHonorifics, '')
}

function personNamed(written: string, facts: Facts): Person | undefined {
  const bare = withoutHonorifics(written)
  // The registry name may follow a title ("Secretary of the Treasury Janet L. Yellen").
  return facts.people.find((person) => bare === person.name || bare.endsWith(` ${person.name}`) || person.name.split(' ').slice(1).join(' ') === bare)
}

function lastPersonBefore(release: Release, offset: number): Person | undefined {
  let found: Person | undefined
  for (const mention of release.personMentions) if (mention.start < offset) found = mention.person
  return found
}

/** Pairs of opening and closing double quotes in a block's text, as text offsets (marks included). */
export function quoteSpans(text: string): Array<{start: number; end: number}> {
  const spans: Array<{start: number; end: number}> = []
  let open: {index: number; mark: string} | undefined
  quoteMark.lastIndex = 0
  for (let found; (found = quoteMark.exec(text)); ) {
    const {index} = found
    const char = found[0]
    if (open && closes(open.mark, char) && (char !== '"' || !isOpeningStraight(text, index))) {
      spans.push({start: open.index, end: index + 1})
      open = undefined
    } else if (!open && openers.includes(char) && (char !== '"' || isOpeningStraight(text, index))) {
      open = {index, mark: char}
    }
  }
  return spans
}

/** Pasted text mixes marks ("“…," said X): a straight quote closes a curly one, and a curly one a straight. */
function closes(opening: string, char: string): boolean {
  return char === closerOf[opening] || (opening === '“' && char === '"') || (opening === '"' && char === '”')
}

/** A straight quote opens when it follows a space, an opening bracket or the start of the text. */
function isOpeningStraight(text: string, index: number): boolean {
  return index === 0 || /[\s([{—–-]/.test(text[index - 1])
}

/** Where the paragraph's words begin: after spaces and emphasis marks left unparsed ("***“We …"). */
function speechStart(text: string): number {
  return /^[\s*_]*/.exec(text)![0].length
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}
