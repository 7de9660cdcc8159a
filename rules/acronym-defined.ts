import {defineRule} from '../src/engine/rule.ts'
import type {Block} from '../src/model/release.ts'
import {decksOf, inDateLine, isCitation} from '../src/model/query.ts'
import {sourceSpan} from '../src/model/text-view.ts'

// Known to every reader: never expanded. The registry's `acronyms` adds the house's own.
const universal = new Set(
  [
    // US states and DC, as datelines and addresses write them.
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY',
    'EU US USA UK UN NATO WHO UNESCO OECD IMF COVID HIV AIDS DNA RNA mRNA MRI PCR CEO CFO COO CTO CIO PhD MD MSc BSc MBA AI IT ICT API PDF URL FAQ FAQs GDP TV PC USB OK ID HR PR NGO SME SMEs ESG IPO ETF UTC GMT CET CEST AM PM VAT ICU GP IoT SaaS LGBT LGBTQ BBC CNN CD DVD GPS NASA FBI CIA NHS GDPR ISIS',
    // Company forms, units and compass points are not acronyms to spell out.
    'IBM SAP AMD BMW HP GmbH Inc LLC Ltd AG SA NV BV PLC JSC PJSC OJSC OOO AO DOO SRL SpA Pte LP LLP OY AB ASA KG SAS SARL BHD',
    // Agencies, countries and currencies every reader of news knows.
    'FBI CIA NSA NASA OPEC UAE USD EUR GBP CHF JPY CNY VP SVP EVP FY EV LED LTD INC OU OAO ZAO PAO FZE FZCO FZC SARLU SLU SLRC SAC OÜ S&P ZIP R&D M&A RSVP QR HD',
    'KB MB GB TB PB GHz MHz',
    // Time zones after a time ("10 a.m. ET").
    'ET EST EDT PT PST PDT CT CST CDT',
    'GW MW kW GWh MWh kWh TWh CO2 NW NE SW SE',
    // The web's and computing's own, known to the readers of any release about them.
    'HTTP HTTPS HTML CSS XML JSON SQL MySQL NoSQL PHP IP VPN CPU GPU RAM SSD IEEE ISO JS GUI UI UX CLI IDE SDK SSH TCP DNS OS VM ARM MIT'
  ]
    .join(' ')
    .split(' ')
)
// A capital, then the look behind at it and the character before (the same matches as a look behind
// first, `(?<![\p{L}\p{N}&.-])\p{Lu}`): V8 skips to capitals instead of looking behind at every character.
const token = /(\p{Lu}(?<![\p{L}\p{N}&.-]\p{Lu})[\p{L}&]*\p{Lu}[\p{L}]*?)(?:s|’s|'s)?(?![\p{L}\p{N}&-])/gu
// Words that end or start a company's name: an acronym beside them is part of the name ("NAL Solutions
// Company Limited", "Joint Stock Company Vremya CH"), not a term to spell out.
const companyWord = /^(?:Limited|Ltd|LLC|L\.L\.C|Inc|Corp|Corporation|Company|Co|OOO|JSC|OJSC|PJSC|AO|OAO|ZAO|DOO|FZE|FZCO|FZC|GmbH|AG|SA|SRL|BV|NV|PLC|OU|Trading|Shipping|Holdings?|Group|Mgmt|Technologies|Solutions|Industries|Enterprises?|Private|Pvt|OY|OÜ|AD|SAL|d\.o\.o|s\.r\.o|s\.r\.l|Bank|Exchange|Sociedad|Anonima|Kompaniya|Obshchestvo|SARL|SARLU|SLU|SLRC|SAC|SAS|Bhd|Sdn|Pte)$/
// A name of one to four words in capitals and small letters: "Morgan Stanley", "Sauce Labs".
const name = /^\p{Lu}[\p{L}\p{N}.&’'-]*\p{Ll}[\p{L}\p{N}.&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&’'-]*){0,3}$/u
// A capitalised word, and the small words a name holds between its capitalised words.
const capitalised = String.raw`\p{Lu}[\p{L}’'-]*`
const smallWords = String.raw`(?:(?:and|of|for|on|the|&)\s+)*`
// A run of capitalised words, with the small words and commas of a name between them: "Broadband Equity, Access, and Deployment Program";
// ending the text (nameRun) or opening it (nameRunStart).
const nameRun = new RegExp(`(?:${capitalised},?\\s+${smallWords})*${capitalised}$`, 'u')
const nameRunStart = new RegExp(`^(?:${capitalised},?\\s+${smallWords})*${capitalised}`, 'u')
const roman = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/

interface Use {
  block: Block
  start: number
  end: number
  expanded: boolean
  /** In a table or a note of sources, which repeat full names as labels. */
  label: boolean
}

export default defineRule({
  id: 'acronym-defined',
  category: 'organisations',
  severity: 'warning',
  fix: 'suggestion',
  summary: 'An acronym that is neither in the registry nor known to every reader is spelled out before its first use, once.',
  why: 'Readers outside the institute do not know what DII or TMOH stand for; spelling an acronym out twice wastes words.',
  messages: {
    undefined: '“{acronym}” is not spelled out before its first use; write the full name followed by ({acronym}), or add it to the registry’s acronyms',
    twice: '“{acronym}” is spelled out a second time; after the first, write “{acronym}” alone',
    notFollowed: '“{name}” is not followed by ({acronym}), which the release uses later without spelling it out; write “{name} ({acronym})”'
  },
  examples: [
    {
      title: 'An acronym used before it is spelled out',
      input: '# News\n\nThe TRU recruited 200 volunteers. The Translational Research Unit (TRU) will recruit more.\n',
      messages: ['3:5-3:8: “TRU” is not spelled out before its first use; write the full name followed by (TRU), or add it to the registry’s acronyms']
    },
    {
      title: 'Tables and notes of sources may spell out again',
      input: '# News\n\nThe Quick Response Fund (QRF) opened.\n\n## Table 1 - Funds\n\n**Fund 2024**\n\nQuick Response Fund (QRF) 4.1\n\nSources. Quick Response Fund (QRF) annual report.\n',
      messages: []
    },
    {
      title: 'A deck under the headline, in emphasis, is read like the headline',
      input: '# News\n\n*The QRF Fund opens its first call*\n\nThe Quick Response Fund (QRF) opens a call for projects today.\n',
      messages: []
    },
    {
      title: 'The full name written earlier without the acronym: add it there',
      input: '# News\n\nThe Quantum Sensing Programme opened in May. Since then the QSP has funded nine teams.\n',
      messages: ['3:5-3:30: “Quantum Sensing Programme” is not followed by (QSP), which the release uses later without spelling it out; write “Quantum Sensing Programme (QSP)”'],
      output: '# News\n\nThe Quantum Sensing Programme (QSP) opened in May. Since then the QSP has funded nine teams.\n'
    },
    {
      title: 'Spelled out twice',
      input: '# News\n\nThe Transfer Office (TTO) helps. The Transfer Office (TTO) also advises.\n',
      messages: ['3:55-3:58: “TTO” is spelled out a second time; after the first, write “TTO” alone']
    },
    {
      title: 'Registry acronyms, well-known ones, expanded ones, roman numerals and shouting headings',
      input: '# NEWS FROM THE LAB\n\nThe LIH and the EU fund a Phase III trial on DNA repair. The Tumour Board (TB) meets; the TB decides. Its GUI runs on ARM boards.\n',
      messages: []
    },
    {
      title: 'Names that are not acronyms: companies, vessels, identifiers; and other ways of spelling out',
      input: '# News\n\nThe fund paid Caregis Trading HK Limited and the vessel **OTARIA** (IMO: 9191711). Limited Liability Company KMT builds ships. Its messages use QZN.1 encoding.\n\nThe Treasury Tribal Advisory Committee, or TTAC, meets. The Broadband Equity, Access, and Deployment Program, BEAD, pays. Unmanned aerial vehicles (UAVs) fly.\n',
      messages: []
    },
    {
      title: 'Names written in capitals: initials, firms, a name after a bar, an item in a list of names',
      input: '# News\n\nThe board met at the QX Meridian Hotel with Academician LK Dorin of VT Horizon. Our sponsors are Acme, Bright Labs, Corvid, Dunmore and TLX. The grant went to Nordtek ZRV d.o.o. and to KTRX Exchange. Staff of PRAX | OPEN DOORS and of KLM | Sun Works joined.\n',
      messages: []
    },
    {
      title: 'Names given as names (vessels, firms, numbered series)',
      input: '# News\n\nThe tanker, formerly known as the** ZORA**, sailed under the name VELA; the BRANO, a tanker owned by Pell, followed. Limited Liability Company Works of Steel TQ sells bolts. Joint Stock Company QRS IT Services owns the QRS group. Plant XXI Century makes valves. The QUIET Streets Act and the MEND Our Roads Act passed.\n',
      messages: []
    },
    {
      title: 'A short name in brackets that keeps words of the full one spells it out',
      input: '# News\n\nThe Northfield Regional Transit Authority (Northfield RTA) runs buses; the RTA also runs trams.\n',
      messages: []
    },
    {
      title: 'Acronyms among agencies, or at the start of a longer name, are still acronyms',
      input: '# News\n\nThe agencies are Treasury, the NRC and the QPA. A unit, also known as the ZRG Cyber Command, met.\n',
      messages: ['3:32-3:35: “NRC” is not spelled out before its first use; write the full name followed by (NRC), or add it to the registry’s acronyms', '3:44-3:47: “QPA” is not spelled out before its first use; write the full name followed by (QPA), or add it to the registry’s acronyms', '3:75-3:78: “ZRG” is not spelled out before its first use; write the full name followed by (ZRG), or add it to the registry’s acronyms']
    },
    {
      title: 'Items of a list do not spell out each other; “ACR, the Full Name” spells out only when the name stands for it',
      input: '# News\n\nThe Rural Housing Fund (RHF) pays for QAF, RHF, and MBP grants. It backs the QAF, the Northern Rail Link, too. The YAT, the Youth Arts Trust, gives. The FINIX, the Financial Index Exchange, lists.\n',
      messages: ['3:39-3:42: “QAF” is not spelled out before its first use; write the full name followed by (QAF), or add it to the registry’s acronyms', '3:53-3:56: “MBP” is not spelled out before its first use; write the full name followed by (MBP), or add it to the registry’s acronyms']
    },
    {
      title: 'Right: a lead that opens with a wire dateline spells the acronym out; the dateline’s capitals are not acronyms',
      input: '# News\n\nLUXEMBOURG, 18 June 2025 – The European Research Council (ERC) awarded a grant to a team in Strassen today.\n\nThe ERC grant runs for five years.\n',
      messages: []
    },
    {
      title: 'Right: the title of a journal in italics, and a reference list, are names as published',
      input: '# News\n\nThe results appear today in *BMC Medicine* and in the *Journal of Clinical Oncology*.\n\nFagherazzi G, Fischer A, et al. Voice markers of fatigue. *JMIR Form Res.* 2024;8:e5. doi:10.2196/12345\n',
      messages: []
    },
    {
      title: 'Brackets after a place are not a spelling out',
      input: '# News\n\nTwo companies in Hong Kong (PRC) were named. The PRC replied.\n',
      messages: ['3:29-3:32: “PRC” is not spelled out before its first use; write the full name followed by (PRC), or add it to the registry’s acronyms']
    }
  ],
  check({release, facts, report}) {
    const known = new Set([...universal, ...facts.acronyms, ...facts.organisations.flatMap((org) => (org.acronym ? [org.acronym] : []))])
    const uses = new Map<string, Use[]>()
    const named = new Set<string>()
    const decks = decksOf(release)
    let table = false
    for (const block of release.blocks) {
      // (A bold line, a pseudo-heading of depth 6, is a table's row, and leaves the table open.)
      if (block.kind === 'heading' && block.depth !== 6) table = /^\W*(?:Table|Figure|Chart|Exhibit)\b/i.test(block.text)
      const label = table || /^\W*Sources?\b/.test(block.prose)
      if (block.kind === 'heading' || decks.has(block) || block.section === 'about' || block.section === 'contact' || isCitation(release, block)) continue
      // `exec`, as matchAll's iterator adds an object per match (see src/model/mentions.ts): ~30 ms of the corpus here.
      token.lastIndex = 0
      for (let match; (match = token.exec(block.prose)); ) {
        const acronym = match[1]
        // The date line is not prose; the lead after a wire dateline ("SAN FRANCISCO, Sept. 4, 2015 –") is.
        if (inDateLine(release, block, match.index!)) continue
        // Acronyms are short and capitals: not "WASHINGTON" (a dateline), "McDonald" or "Al-Azzawi".
        const capitals = acronym.replace(/[^\p{Lu}]/gu, '').length
        // Mixed case only with one small letter ("DoCR", "mRNA"): "SQLite" and "DewVPN" are product names.
        if (known.has(acronym) || roman.test(acronym) || acronym.length > 6 || acronym.length - capitals > 1) continue
        // A link's text is a name.
        const at = match.index!
        if (block.links.some((link) => link.start <= at && at < link.end)) {
          named.add(acronym)
          continue
        }
        // "UPDATE:", "NODE.JS": a word in capitals, not an acronym.
        if (/^[:.]/.test(block.prose.slice(at + match[0].length, at + match[0].length + 1)) && acronym.length >= 4 && /^\p{Lu}+$/u.test(acronym) && (at === block.prose.search(/\S/) || block.prose[at + match[0].length] === ':')) continue
        // A label before a number is an identifier, not a name to spell out: "(IMO: 9209300)", "CUSIP 912797", "ASN.1".
        if (/^(?::?\s*|\.)\d/.test(block.prose.slice(at + match[0].length, at + match[0].length + 3))) continue
        if (isName(release.source, block, at, at + match[0].length, acronym)) {
          named.add(acronym)
          continue
        }
        // A run of words in capitals is shouting (“FOR IMMEDIATE RELEASE”) or a name (“ACME | BIG WORKS”, “ACME | Big Works”), not acronyms.
        if (/\p{Lu}{2,}\s+(?:[|&]\s+)?$/u.test(block.prose.slice(Math.max(0, at - 12), at)) || /^\s+(?:\p{Lu}{2,}\b|[|&]\s+\p{Lu})/u.test(block.prose.slice(at + match[0].length, at + match[0].length + 12))) continue
        // A paragraph that is one word in capitals ("YES") is emphasis, not an acronym.
        if (block.prose.trim() === match[0]) continue
        // A dateline in capitals that was not read as the date line: "PARIS — Today, …".
        if (at === block.prose.search(/\S/) && /^\p{Lu}+$/u.test(acronym) && /^(?:,\s+[\p{Lu}][\p{L}.]*)?,?\s[—–-]\s/u.test(block.prose.slice(at + match[0].length, at + match[0].length + 24))) continue
        // A brand written in capitals is a name, not an acronym: seen once as a link's text, it stays one.
        if (named.has(acronym)) continue
        // "Full Name (ACR)", "(ACR List)", "(AML/CFT)"; or "ACR (Full Name)".
        // Emphasis marks, a full stop ("d.o.o. (ATV)") or "the" ("(the CBW Act)") may sit between name and bracket; a plural may follow ("(IFIs)").
        // A short name in brackets may keep words of the full one: "Air Force Base (F.E. Warren AFB)", "(Ultran EK)".
        const opens = /\((?:the )?[*_\s]*(?:[\p{Lu}\p{N}][\p{L}\p{N}.’'-]*\s+){0,3}$|\/$/u.test(block.prose.slice(Math.max(0, at - 40), at)) && /[\p{L}\p{N}][\s/*_.’']*\(?(?:the )?[*_\s]*[\p{Lu}/]*$/u.test(block.prose.slice(Math.max(0, at - 40), at))
        const closes = /^(?:s|[’']s)?[*_]*[)/ ]/.test(block.prose.slice(at + acronym.length, at + acronym.length + 4)) && /^[^()]{0,20}\)/.test(block.prose.slice(at + acronym.length, at + acronym.length + 22))
        // …or "ACR (Full Name)", or "ACR, the Full Name".
        const rest = block.prose.slice(at + acronym.length, at + acronym.length + 60)
        // In brackets it spells out only what the words before it stand for: not "Hong Kong (PRC)-based".
        // (A long proper name may be in another language: "Aircraft Manufacturing Industrial Company (HESA)".)
        const words = initialsBefore(block.prose.slice(Math.max(0, at - 100), at))
        const spells = words.includes(acronym[0].toLowerCase()) || /(?:\p{Lu}[\p{L}’'-]*\s+){2}\p{Lu}[\p{L}’'-]*\W*$/u.test(block.prose.slice(Math.max(0, at - 80), at))
        // Between commas it spells out only when the name before stands for it: "Deployment Program, BEAD," but not "SLFRF, HAF, and ERA".
        const apposition = /,\s+$/.test(block.prose.slice(Math.max(0, at - 2), at)) && /^,/.test(rest) && spelledBy(nameRun.exec(block.prose.slice(Math.max(0, at - 80), at).replace(/,\s+$/, ''))?.[0] ?? '', acronym)
        // "ACR, the Full Name" only when the name stands for it: not "the ARP, the Bipartisan Infrastructure Law".
        const namedAfter = spelledBy(/^,\s+the\s+(.*)/u.exec(rest)?.[1].match(nameRunStart)?.[0] ?? '', acronym)
        const expanded = (opens && closes && spells) || /,\s+or\s+$/.test(block.prose.slice(Math.max(0, at - 6), at)) || apposition || /^\s\(\p{Lu}/u.test(rest) || namedAfter
        const list = uses.get(acronym) ?? []
        list.push({block, start: at, end: at + acronym.length, expanded, label})
        uses.set(acronym, list)
      }
    }
    const runs = new Map<Block, CapitalisedRun[]>()
    for (const [acronym, list] of uses) {
      const first = list[0]
      if (!first.expanded) {
        // The full name written earlier without the acronym ("the Inflation Reduction Act … the IRA"):
        // the fix is to add it there. Otherwise, expanded later or only ever used bare: either way
        // the reader meets it unexplained.
        const name = fullNameBefore(release.blocks, first, acronym, decks, runs)
        if (name) report('notFollowed', {place: name.place, data: {acronym, name: name.text}, actual: name.text, expected: [`${name.text} (${acronym})`]})
        else report('undefined', {place: sourceSpan(first.block, first.start, first.end), data: {acronym}})
      }
      // A table's row or a note of sources may spell out again what the text did: it is read on its own.
      const expansions = list.filter((use) => use.expanded && !use.label)
      for (const again of expansions.slice(1)) report('twice', {place: sourceSpan(again.block, again.start, again.end), data: {acronym}})
    }
  }
})

/**
 * The first run of capitalised words in the body, before `use`, whose initials are exactly the
 * acronym's capitals ("Inflation Reduction Act" for IRA; "and", "of", "for", "on", "the" may sit
 * between words): the full name, written without its acronym.
 */
function fullNameBefore(blocks: readonly Block[], use: Use, acronym: string, decks: Set<Block>, runs: Map<Block, CapitalisedRun[]>): {text: string; place: {start: number; end: number}} | undefined {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '')
  // Two initials match too much by chance (“Acting Inspector” for AI).
  if (letters.length < 3) return undefined
  for (const block of blocks) {
    if (block.index > use.block.index) break
    if (block.kind === 'heading' || decks.has(block) || block.section === 'about' || block.section === 'contact') continue
    // The runs of a whole block are found once per release, not once per acronym; the use's own
    // block is read up to the use (a run there may end at it).
    const blockRuns = block === use.block ? capitalisedRuns(block.prose.slice(0, use.start)) : runs.get(block) ?? runs.set(block, capitalisedRuns(block.prose)).get(block)!
    for (const {run, words} of blockRuns) {
      for (let first = 0; first < words.length; first++) {
        // Not the tail of a longer name ("Risk Assessments on Money Laundering" is not AML's): the word
        // before, if any, is a small word ("Department of Housing …") or an article.
        if (!/^\p{Lu}/u.test(words[first][0]) || (first > 0 && !/^(?:\p{Ll}+|&|The|A|An)$/u.test(words[first - 1][0]))) continue
        let initials = ''
        for (let last = first; last < words.length && initials.length < letters.length; last++) {
          const word = words[last][0]
          if (/^\p{Lu}/u.test(word)) initials += word[0]
          if (initials === letters && /^\p{Lu}/u.test(word)) {
            // A possessive ("the Council’s report") or a compound ("Guard Corps-Qods") has no place for the bracket.
            if (/['’-]/.test(word)) return undefined
            const start = run.index! + words[first].index!
            const end = run.index! + words[last].index! + word.length
            return {text: block.prose.slice(start, end), place: sourceSpan(block, start, end)}
          }
        }
      }
    }
  }
  return undefined
}

/** A run of capitalised words in a block's prose, and its words. */
interface CapitalisedRun {
  run: RegExpExecArray
  words: RegExpExecArray[]
}

function capitalisedRuns(prose: string): CapitalisedRun[] {
  return [...prose.matchAll(capitalisedRun)].map((run) => ({run, words: [...run[0].matchAll(/\S+/g)]}))
}

// Two or more capitalised words, with the small words names hold between them (no commas).
const capitalisedRun = new RegExp(`${capitalised}(?:\\s+${smallWords}${capitalised})+`, 'gu')

/**
 * Whether a token is part of a name, or is one, for the rest of the release: a company's or a vessel's
 * ("**ELSA** (IMO: 9256468)", "the vessel, the ARTURA", "the ARTURA, a tanker"), a name given as one
 * ("also known as the ELSA", "under its business name ELSA"), a law's short title, initials, a list of names.
 */
function isName(source: string, block: Block, start: number, end: number, acronym: string): boolean {
  const before = block.prose.slice(Math.max(0, start - 30), start)
  const after = block.prose.slice(end, end + 60)
  const vessel = /^[*_\s]*\((?:IMO|MMSI)\b|^[*_”"’\s]*,\s+an?\s+(?:[\p{L}-]+\s+)?(?:vessel|tanker|ship)\b/u.test(after) || /(?:vessel|tanker|ship|M\/[TV]|flagged)[\s*_,]*(?:the\s+)?[*_\s]*$/i.test(before)
  // (Not "also known as the IRGC Electronic Warfare Organization": there the acronym starts a longer name.)
  const givenName = /\b(?:known as|called|named|name)[\s*_“"]+(?:the[\s*_“"]+)?$/.test(before) && !/^\s+\p{Lu}/u.test(after)
  // The first word of a law's short title ("the CARES Act", "the FEND Off Fentanyl Act") is the law's name.
  const lawTitle = /^(?:\s+\p{Lu}\p{Ll}[\p{L}-]*(?:\s+(?:and|of|for|on|the)\s+\p{Lu}\p{Ll}[\p{L}-]*)*)*\s+Act\b/u.test(after)
  return (
    vessel ||
    givenName ||
    lawTitle ||
    initialsOfName(block.prose, start, acronym) ||
    inListOfNames(block.prose, start, acronym) ||
    inCompanyName(block.prose, start, end) ||
    inBoldName(source, sourceSpan(block, start, end)) ||
    inItalicTitle(source, sourceSpan(block, start, end))
  )
}

/**
 * Whether two capitals stand before a capitalised word ("the JW Marriott", "SK Innovation", "Academician NA Pilyugin"):
 * the initials of a person or the first word of a firm's name, not an acronym.
 */
function initialsOfName(prose: string, at: number, acronym: string): boolean {
  return acronym.length === 2 && /^ \p{Lu}\p{Ll}/u.test(prose.slice(at + 2, at + 5))
}

/**
 * Whether a token is one item of a list in which three others are names, written in capitals and small letters
 * ("members include Acme, Bright Labs, Corvid and TLX"): a member's or sponsor's name, not an acronym.
 */
function inListOfNames(prose: string, at: number, acronym: string): boolean {
  const start = Math.max(prose.lastIndexOf('. ', at), prose.lastIndexOf(': ', at), prose.lastIndexOf('; ', at)) + 1
  const ends = ['. ', ': ', '; '].map((mark) => prose.indexOf(mark, at)).filter((end) => end !== -1)
  const items = prose
    .slice(start, Math.min(prose.length, ...ends))
    .split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((item) => item.trim().replace(/[.!?]+$/, '').replace(/^.*\b(?:including|include|includes|such as|like|namely)\s+/, ''))
  return items.includes(acronym) && items.filter((item) => name.test(item) && !/^The\s/.test(item)).length >= 3
}

/** Whether the capitalised run of words around a token holds a company word ("Caregis Trading HK Limited"). */
function inCompanyName(source: string, start: number, end: number): boolean {
  // Emphasis marks split names in pasted lists ("**IT1 RTK** (** IT1 RTK**)").
  const text = source.replace(/[*_]/g, ' ')
  // "of" and "and" join the words of a name: "Company World of Fasteners TD".
  const before = /(?:(?:[\p{Lu}][\p{L}.&-]*|of|and)\s+){0,4}$/u.exec(text.slice(Math.max(0, start - 60), start))?.[0] ?? ''
  // Lower-case company forms close a name too: "Prointer ITSS d.o.o.".
  const after = /^\)?(?:\s+(?:[\p{Lu}][\p{L}.&-]*|[a-z](?:\.[a-z])+\.?)){0,4}/u.exec(text.slice(end, end + 60))?.[0] ?? ''
  return [...before.split(/\s+/), text.slice(start, end), ...after.split(/\s+/)].some((word) => companyWord.test(word.replace(/[.,]$/, '')))
}

/**
 * Whether a name of two capitalised words or more stands for an acronym: it begins with the acronym's letter
 * ("Fintech Open Source Foundation" for FINOS), or its first letters hold the acronym's capitals in order
 * ("The Broadband Equity, Access, and Deployment Program" for BEAD).
 */
function spelledBy(name: string, acronym: string): boolean {
  const initials = name.split(/[\s,/]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0].toLowerCase()).join('')
  const letters = acronym.replace(/[^\p{Lu}]/gu, '').toLowerCase()
  if (initials.length < 2) return false
  let from = 0
  for (const letter of letters) {
    from = initials.indexOf(letter, from) + 1
    if (from === 0) return initials[0] === letters[0]
  }
  return true
}

/** First letters of the last twelve words before a place, lower-cased. */
function initialsBefore(text: string): string[] {
  return text.split(/[\s/(*_-]+/).filter(Boolean).slice(-12).map((word) => word[0].toLowerCase())
}

/**
 * Whether a token sits in a bold run of capitalised words in the source ("- **ST Alabuga** produces"):
 * a name being introduced, as lists of companies and vessels write them.
 */
function inBoldName(source: string, place: {start: number; end: number}): boolean {
  const lineStart = source.lastIndexOf('\n', place.start) + 1
  const open = source.lastIndexOf('**', place.start)
  if (open < lineStart || open < place.start - 60) return false
  const close = source.indexOf('**', place.end)
  if (close === -1 || close > place.end + 80 || source.slice(open + 2, close).includes('\n')) return false
  const words = source.slice(open + 2, close).trim().split(/\s+/)
  return words.length >= 2 && words.every((word) => /^[\p{Lu}\p{N}“"(]/u.test(word))
}

/**
 * Whether a token sits in the italic title of a work: "published in *BMC Medicine*", "*JAMA
 * Oncology*", "the *Journal of Clinical Oncology*" (capitalised words; joining words between them).
 */
function inItalicTitle(source: string, place: {start: number; end: number}): boolean {
  const lineStart = source.lastIndexOf('\n', place.start - 1) + 1
  const lineEnd = source.indexOf('\n', place.end)
  const line = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd)
  for (const run of line.matchAll(italicRun)) {
    const from = lineStart + run.index! + 1
    if (from > place.start || place.end > from + run[2].length) continue
    const words = run[2].split(/\s+/)
    return words.length >= 2 && /^[\p{Lu}\p{N}]/u.test(words[0]) && words.every((word) => /^[\p{Lu}\p{N}(]/u.test(word) || joiningWords.has(word))
  }
  return false
}

// One asterisk or underscore each side (not bold's two), hugging the words.
const italicRun = /(?<![*_\p{L}\p{N}])([*_])(?=[^\s*_])([^*_\n]{1,100}?)(?<=[^\s*_])\1(?![*_\p{L}\p{N}])/gu
const joiningWords = new Set(['of', 'and', 'for', 'in', 'on', 'the', 'de', 'du', 'des', 'la', 'le', '&'])
