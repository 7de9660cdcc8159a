import {defineRule} from '../src/engine/rule.ts'
import type {Block} from '../src/model/release.ts'
import {sourceSpan} from '../src/model/text-view.ts'

// Known to every reader: never expanded. The registry's `acronyms` adds the house's own.
const universal = new Set(
  [
    // US states and DC, as datelines and addresses write them.
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY',
    'EU US USA UK UN NATO WHO UNESCO OECD IMF COVID HIV AIDS DNA RNA mRNA MRI PCR CEO CFO COO CTO CIO PhD MD MSc BSc MBA AI IT ICT API PDF URL FAQ FAQs GDP TV PC USB OK ID HR PR NGO SME SMEs ESG IPO ETF UTC GMT CET CEST AM PM VAT ICU GP IoT SaaS LGBT LGBTQ BBC CNN CD DVD GPS NASA FBI CIA NHS GDPR ISIS',
    // Company forms, units and compass points are not acronyms to spell out.
    'IBM SAP AMD BMW HP GmbH Inc LLC Ltd AG SA NV BV PLC JSC PJSC OOO AO DOO SRL SpA Pte LP LLP',
    'GW MW kW GWh MWh kWh TWh CO2 NW NE SW SE',
    // The web's and computing's own, known to the readers of any release about them.
    'HTTP HTTPS HTML CSS XML JSON SQL CPU GPU RAM SSD IEEE ISO JS'
  ]
    .join(' ')
    .split(' ')
)
const token = /(?<![\p{L}\p{N}&.-])(\p{Lu}[\p{L}&]*\p{Lu}[\p{L}]*?)(?:s|’s|'s)?(?![\p{L}\p{N}&-])/gu
const roman = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XX)$/

interface Use {
  block: Block
  start: number
  end: number
  expanded: boolean
}

export default defineRule({
  id: 'acronym-defined',
  category: 'organisations',
  severity: 'warning',
  fix: 'none',
  summary: 'An acronym that is neither in the registry nor known to every reader is spelled out before its first use, once.',
  why: 'Readers outside the institute do not know what DII or TMOH stand for; spelling an acronym out twice wastes words.',
  messages: {
    undefined: '“{acronym}” is not spelled out before its first use; write the full name followed by ({acronym}), or add it to the registry’s acronyms',
    twice: '“{acronym}” is spelled out a second time; after the first, write “{acronym}” alone'
  },
  examples: [
    {
      title: 'An acronym used before it is spelled out',
      input: '# News\n\nThe TRU recruited 200 volunteers. The Translational Research Unit (TRU) will recruit more.\n',
      messages: ['3:5-3:8: “TRU” is not spelled out before its first use; write the full name followed by (TRU), or add it to the registry’s acronyms']
    },
    {
      title: 'Spelled out twice',
      input: '# News\n\nThe Transfer Office (TTO) helps. The Transfer Office (TTO) also advises.\n',
      messages: ['3:55-3:58: “TTO” is spelled out a second time; after the first, write “TTO” alone']
    },
    {
      title: 'Registry acronyms, well-known ones, expanded ones, roman numerals and shouting headings',
      input: '# NEWS FROM THE LAB\n\nThe LIH and the EU fund a Phase III trial on DNA repair. The Tumour Board (TB) meets; the TB decides.\n',
      messages: []
    }
  ],
  check({release, facts, report}) {
    const known = new Set([...universal, ...facts.acronyms, ...facts.organisations.flatMap((org) => (org.acronym ? [org.acronym] : []))])
    const uses = new Map<string, Use[]>()
    for (const block of release.blocks) {
      if (block.kind === 'heading' || block.section === 'about' || block.section === 'contact' || block === release.dateLine?.block) continue
      for (const match of block.prose.matchAll(token)) {
        const acronym = match[1]
        // Acronyms are short and mostly capitals: not "WASHINGTON" (a dateline), "McDonald" or "Al-Azzawi".
        const capitals = acronym.replace(/[^\p{Lu}]/gu, '').length
        if (known.has(acronym) || roman.test(acronym) || acronym.length > 6 || capitals * 2 < acronym.length) continue
        // A capitalised run (“FOR IMMEDIATE RELEASE”) is shouting, not acronyms; a link's text is a name.
        const at = match.index!
        if (/\p{Lu}{2,}\s+$/u.test(block.prose.slice(Math.max(0, at - 12), at)) || /^\s+\p{Lu}{2,}\b/u.test(block.prose.slice(at + match[0].length, at + match[0].length + 12))) continue
        if (block.links.some((link) => link.start <= at && at < link.end)) continue
        // "UPDATE:", "NODE.JS": a word in capitals, not an acronym.
        if (/^[:.]/.test(block.prose.slice(at + match[0].length, at + match[0].length + 1)) && acronym.length >= 4 && capitals === acronym.length && /^\p{Lu}+$/u.test(acronym) && at === block.prose.search(/\S/)) continue
        const before = block.prose.slice(Math.max(0, at - 2), at)
        const after = block.prose.slice(at + acronym.length, at + acronym.length + 2)
        // "Full Name (ACR)" spells it out; "ACR (Full Name)" too.
        // "Full Name (ACR)", "(ACR List)", "(AML/CFT)"; or "ACR (Full Name)".
        const opens = /[(/]$/.test(before) && /\p{L}[\s/]*\(?[\p{Lu}/]*$/u.test(block.prose.slice(Math.max(0, at - 40), at))
        const closes = /^[)/ ]/.test(after) && /^[^()]{0,20}\)/.test(block.prose.slice(at + acronym.length, at + acronym.length + 22))
        const expanded = (opens && closes) || /^\s\(\p{Lu}/u.test(block.prose.slice(at + acronym.length, at + acronym.length + 3))
        const list = uses.get(acronym) ?? []
        list.push({block, start: at, end: at + acronym.length, expanded})
        uses.set(acronym, list)
      }
    }
    for (const [acronym, list] of uses) {
      const first = list[0]
      if (!first.expanded) {
        // Expanded later in the release, or only ever used bare: either way the reader meets it unexplained.
        report('undefined', {place: sourceSpan(first.block, first.start, first.end), data: {acronym}})
      }
      const expansions = list.filter((use) => use.expanded)
      for (const again of expansions.slice(1)) report('twice', {place: sourceSpan(again.block, again.start, again.end), data: {acronym}})
    }
  }
})
