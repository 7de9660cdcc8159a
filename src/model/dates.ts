// Finds calendar dates written in prose, in any of the styles releases use, and says what each
// date is (when it can be known) so rules can compare it with the house style and the release date.

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

const monthPattern =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.|t)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)'
const weekdayPattern = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day'
const day = '(?:[12]\\d|3[01]|0?[1-9])'
const ordinal = '(?:st|nd|rd|th)'

export type DateForm =
  | 'day-month-year' // 18 June 2024
  | 'month-day-year' // June 18, 2024
  | 'day-month' // 18 June
  | 'month-day' // June 18
  | 'numeric' // 18/06/2024
  | 'iso' // 2024-06-18

export interface FoundDate {
  /** Offsets in the searched text. */
  start: number
  end: number
  text: string
  form: DateForm
  /** ISO date when the text fixes it; month and day only when the year is absent. */
  year?: number
  month?: number
  day?: number
  /** Set when day and month could be swapped (03/04/2025). */
  ambiguous: boolean
  hasOrdinal: boolean
  weekday?: {text: string; start: number; end: number}
}

// One alternation, so each date is found once, longest form first.
const datePattern = new RegExp(
  [
    `(?<iso>\\b(?<isoY>\\d{4})-(?<isoM>0[1-9]|1[0-2])-(?<isoD>0[1-9]|[12]\\d|3[01])\\b)`,
    `(?<num>\\b(?<n1>${day})[/.](?<n2>${day})[/.](?<nY>\\d{4})\\b)`,
    `(?<dmy>\\b(?<dmyD>${day})(?<dmyO>${ordinal})?(?: of)? (?<dmyM>${monthPattern})(?:,? (?<dmyY>\\d{4}))?(?![\\w-]))`,
    `(?<mdy>\\b(?<mdyM>${monthPattern}) (?<mdyD>${day})(?<mdyO>${ordinal})?(?![\\d\\w])(?:,? (?<mdyY>\\d{4}))?(?![\\w-]))`
  ].join('|'),
  'g'
)
const weekdayBefore = new RegExp(`\\b(${weekdayPattern}),? (?:the )?$`)

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = []
  for (const match of text.matchAll(datePattern)) {
    const g = match.groups!
    const start = match.index!
    const end = start + match[0].length
    let date: FoundDate
    if (g.iso) {
      date = {start, end, text: match[0], form: 'iso', year: +g.isoY, month: +g.isoM, day: +g.isoD, ambiguous: false, hasOrdinal: false}
    } else if (g.num) {
      const a = +g.n1
      const b = +g.n2
      // Europe writes day first; a value over 12 settles which is which.
      const dayFirst = a > 12 || b <= 12
      const ambiguous = a <= 12 && b <= 12 && a !== b
      date = {start, end, text: match[0], form: 'numeric', year: +g.nY, month: dayFirst ? b : a, day: dayFirst ? a : b, ambiguous, hasOrdinal: false}
      if ((date.month ?? 0) > 12) continue
    } else if (g.dmy) {
      date = {
        start, end, text: match[0], form: g.dmyY ? 'day-month-year' : 'day-month',
        year: g.dmyY ? +g.dmyY : undefined, month: monthNumber(g.dmyM), day: +g.dmyD, ambiguous: false, hasOrdinal: Boolean(g.dmyO)
      }
    } else {
      // "May 5" needs care: "may" is also a verb, so the month must be capitalised (the pattern is case-sensitive).
      date = {
        start, end, text: match[0], form: g.mdyY ? 'month-day-year' : 'month-day',
        year: g.mdyY ? +g.mdyY : undefined, month: monthNumber(g.mdyM), day: +g.mdyD, ambiguous: false, hasOrdinal: Boolean(g.mdyO)
      }
    }
    if (date.day !== undefined && date.month !== undefined && !isRealDay(date.year ?? 2024, date.month, date.day)) continue
    const weekday = weekdayBefore.exec(text.slice(Math.max(0, start - 16), start))
    if (weekday) {
      const weekdayStart = start - (Math.min(start, 16) - weekday.index)
      date.weekday = {text: weekday[1], start: weekdayStart, end: weekdayStart + weekday[1].length}
    }
    found.push(date)
  }
  return found
}

export function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase()
  return MONTHS.findIndex((month) => month.slice(0, 3).toLowerCase() === prefix) + 1
}

export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

export function isoOf(date: {year?: number; month?: number; day?: number}): string | undefined {
  if (!date.year || !date.month || !date.day) return undefined
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
}

export function weekdayOf(iso: string): string {
  return WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]
}

/** AP style's month abbreviations; March to July stay whole. */
export const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']

/** Writes a date in a house style: "18 June 2024", "June 18, 2024" or (abbreviated) "Sept. 4, 2015". */
export function formatDate(date: {year?: number; month: number; day: number}, style: 'day-month-year' | 'month-day-year', abbreviate = false): string {
  const month = (abbreviate ? AP_MONTHS : MONTHS)[date.month - 1]
  if (style === 'month-day-year') return date.year ? `${month} ${date.day}, ${date.year}` : `${month} ${date.day}`
  return date.year ? `${date.day} ${month} ${date.year}` : `${date.day} ${month}`
}

/** An ISO date written in a house style. */
export function formatIso(iso: string, style: 'day-month-year' | 'month-day-year'): string {
  return formatDate({year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10))}, style)
}

/** Whether an ISO date falls in a period (inclusive; open ends allowed); an unknown date is in every period. */
export function inPeriod(period: {from?: string; until?: string}, iso: string | undefined): boolean {
  if (!iso) return true
  return (!period.from || period.from <= iso) && (!period.until || iso <= period.until)
}

const datesCache = new WeakMap<object, FoundDate[]>()

/** The dates in a block's prose, found once and shared by every date rule. */
export function datesIn(block: {prose: string}): FoundDate[] {
  let dates = datesCache.get(block)
  if (!dates) {
    dates = findDates(block.prose)
    datesCache.set(block, dates)
  }
  return dates
}
