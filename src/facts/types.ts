// The facts registry as the rules see it: plain data, loaded and checked by ./load.ts.

export type DateStyle = 'day-month-year' | 'month-day-year'

export interface House {
  name?: string
  dateStyle: DateStyle
  /**
   * AP style: "Sept. 4, 2015" (Jan., Feb., Aug., Sept., Oct., Nov., Dec.; March to July in full);
   * `dateline`: only in the wire dateline that opens the release ("SAN FRANCISCO, Nov. 20, 2015 –"),
   * months in full in the text.
   */
  abbreviateMonths: boolean | 'dateline'
  spelling: 'en-GB' | 'en-US'
  honorifics: string[]
  /** "Dr." (true) or "Dr" (false) before a name; by default as the house's spelling writes it (en-US with the stop). */
  honorificFullStop: boolean
  attributionVerb: string
  /** The house's quotation marks: “curly” (LIH) or "straight". */
  quoteStyle: 'curly' | 'straight'
}

export interface Organisation {
  name: string
  acronym?: string
  /** Wrong forms the registry lists; ./variants.ts derives more. */
  wrong: string[]
}

export interface Role {
  title: string
  /** Other acceptable ways of writing the same title. */
  variants: string[]
  /** Forms the house never uses for this title (e.g. "Chairman"); the title is the suggestion. */
  wrong: string[]
  /** ISO dates, inclusive; absent = open-ended. */
  from?: string
  until?: string
}

export interface Person {
  name: string
  honorific?: string
  roles: Role[]
  /** Misspellings the registry lists; close spellings are derived too. */
  wrong: string[]
}

export interface BoilerplateVersion {
  from?: string
  until?: string
  text: string
}

export interface Facts {
  /** Where the registry was read from, to name the source of truth in messages. */
  source: string
  house: House
  organisations: Organisation[]
  people: Person[]
  boilerplate?: {heading?: string; versions: BoilerplateVersion[]}
  words: string[]
  acronyms: string[]
  /**
   * The openings of paragraphs the house reuses word for word (a legal notice, a standard statement):
   * like the boilerplate, the prose rules (sentence-length, readability, passive-voice, simpler-words)
   * do not judge a paragraph that opens with one of them, since the writer of a release does not edit it.
   */
  standardParagraphs: string[]
}
