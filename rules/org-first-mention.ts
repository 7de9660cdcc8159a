import {editDistance} from '../src/engine/data-file.ts'
import {nearMissLimit} from '../src/facts/variants.ts'
import {defineRule} from '../src/engine/rule.ts'
import type {OrgMention} from '../src/model/mentions.ts'
import {decksOf, inDateLine, inLinkedTitle, inQuotedSpeech, isBodyProse, isCitation, isTranscript} from '../src/model/query.ts'
import type {Release} from '../src/model/release.ts'

export default defineRule({
  id: 'org-first-mention',
  category: 'organisations',
  severity: 'error',
  fix: 'safe',
  summary: 'The first mention of a registry organisation is its full name with the acronym in brackets; the acronym comes after.',
  why: 'A reader meets “LIH” only after being told what it stands for; spelling it out again later wastes words. The headline, the deck, linked documents’ titles and the About boilerplate are exempt, and so are transcripts of remarks and testimony, which keep the words as spoken. A misspelt full name before the acronym (“Luxemburg Institute of Health (LIH)”) still introduces it — org-name-variant reports the spelling — and so does a name a paragraph break cuts in two.',
  messages: {
    acronymFirst: '“{acronym}” is used before the full name; write “{expanded}” at the first mention',
    nameWithoutAcronym: 'First mention of “{name}” lacks its acronym, which the release uses later; write “{expanded}”',
    reExpanded: '“{expanded}” is spelled out again; after the first mention write “{acronym}”'
  },
  examples: [
    {
      title: 'The acronym before the full name',
      input: '# News\n\nLIH researchers published a study today on immune cells in cancer.\n\nThe Luxembourg Institute of Health (LIH) is proud of the team.\n',
      messages: ['3:1-3:4: “LIH” is used before the full name; write “Luxembourg Institute of Health (LIH)” at the first mention']
    },
    {
      title: 'Right: an acronym inside a name, spelled out later in the same sentence',
      input: '# News\n\nTwo researchers received the 2023 FNR Award for Outstanding Scientific Achievement from the Luxembourg National Research Fund (FNR) today.\n\nThe FNR gives the award every year.\n',
      messages: []
    },
    {
      title: 'Right: a name first said in a quote, then spelled out with its acronym where the release speaks',
      input: '# News\n\n“We won a Luxembourg National Research Fund grant this year,” said Prof Ulf Nehrbass.\n\nThe Luxembourg National Research Fund (FNR) grant runs for three years. The FNR pays half.\n',
      messages: []
    },
    {
      title: 'A name first said in a quote, then only its acronym',
      input: '# News\n\n“We won a Luxembourg National Research Fund grant this year,” said Prof Ulf Nehrbass.\n\nThe FNR grant runs for three years.\n',
      messages: ['3:11-3:44: First mention of “Luxembourg National Research Fund” lacks its acronym, which the release uses later; write “Luxembourg National Research Fund (FNR)”']
    },
    {
      title: 'Spelled out twice',
      input: '# News\n\nThe Luxembourg Institute of Health (LIH) published a study today on immune cells.\n\nThe Luxembourg Institute of Health (LIH) is proud of the team.\n',
      messages: ['5:5-5:41: “Luxembourg Institute of Health (LIH)” is spelled out again; after the first mention write “LIH”']
    },
    {
      title: 'The full name without its acronym, then the acronym',
      input: '# News\n\nThe Luxembourg Institute of Health published a study today on immune cells.\n\nLIH researchers led the work.\n',
      messages: ['3:5-3:35: First mention of “Luxembourg Institute of Health” lacks its acronym, which the release uses later; write “Luxembourg Institute of Health (LIH)”'],
      output: '# News\n\nThe Luxembourg Institute of Health (LIH) published a study today on immune cells.\n\nLIH researchers led the work.\n'
    },
    {
      title: 'The acronym after a possessive or next to a link counts as spelled out',
      input: '# News\n\nThe Luxembourg Institute of Health’s (LIH) new laboratory opened today in Strassen.\n\nLIH researchers will work there with the [Department of Cancer Research](https://lih.example/docr)(DoCR) and the Integrated BioBank of Luxembourg (IBBL)[freezers](https://lih.example/ibbl).\n\nDoCR and IBBL staff will share it with the Department of Cancer Research (DoCR) clinicians.\n',
      messages: ['7:44-7:80: “Department of Cancer Research (DoCR)” is spelled out again; after the first mention write “DoCR”']
    },
    {
      title: 'Right: the full name in a lead that opens with a wire dateline introduces the acronym',
      input: '# News\n\nLuxembourg, 18 June 2025 – The Luxembourg Institute of Health (LIH) opened a new laboratory today in Strassen.\n\nProf Ulf Nehrbass, CEO of LIH, welcomed the teams.\n',
      messages: []
    },
    {
      title: 'Right: a bold or italic deck before the lead, and a linked document’s title, are exempt like the headline',
      input: '# News\n\n**LUXEMBOURG INSTITUTE OF HEALTH OPENS A NEW LABORATORY IN STRASSEN FOR ITS CANCER RESEARCH TEAMS**\n\n*LIH researchers will move in this spring*\n\nThe Luxembourg Institute of Health (LIH) opened a new laboratory today in Strassen, as set out in the [DoCR Plan for New Laboratories](https://lih.example/plan).\n\nThe Department of Cancer Research (DoCR) will move in first.\n',
      messages: []
    },
    {
      title: 'Right: a misspelt full name (org-name-variant reports it), or one a paragraph break cuts in two, still introduces its acronym',
      input: '# News\n\nThe Luxemburg Institute of Health (LIH) published a study today. Its Department of Cancer\n\nResearch (DoCR) led the work.\n\nLIH and DoCR researchers will go on.\n',
      messages: []
    },
    {
      title: 'Right: the transcript of a speech keeps the words as spoken',
      input: '# Remarks by the Director of the Luxembourg Institute of Health at the Opening of the New Laboratory\n\nThank you all for coming. LIH researchers have waited two years for this laboratory.\n\nThe Luxembourg Institute of Health will open two more next year.\n',
      messages: []
    },
    {
      title: 'Right: full name and acronym first; the headline and About section are exempt',
      input: '# LIH publishes a study\n\nThe Luxembourg Institute of Health (LIH) published a study today on immune cells.\n\nLIH researchers led the work.\n\n## About the Luxembourg Institute of Health (LIH)\n\nThe Luxembourg Institute of Health (LIH) is a public biomedical research organisation.\n',
      messages: []
    }
  ],
  check({release, report}) {
    // A speaker says “the IRS” without spelling it out; a transcript keeps the words as spoken.
    if (isTranscript(release)) return
    const byOrg = new Map<string, OrgMention[]>()
    const decks = decksOf(release)
    for (const mention of release.orgMentions) {
      if (!mention.org.acronym || mention.kind === 'wrong' || !isBodyProse(release, mention.block) || inDateLine(release, mention.block, mention.at) || decks.has(mention.block) || isCitation(release, mention.block)) continue
      // The title of a linked document is quoted as published (“[ACR Alert to Banks](url)”).
      if (inLinkedTitle(mention.block, mention.at, mention.at + mention.text.length)) continue
      const list = byOrg.get(mention.org.name) ?? []
      list.push(mention)
      byOrg.set(mention.org.name, list)
    }
    for (const mentions of byOrg.values()) {
      const org = mentions[0].org
      const data = {name: org.name, acronym: org.acronym!, expanded: `${org.name} (${org.acronym})`}
      const first = mentions[0]
      const fixKind = (offset: number) => (inQuotedSpeech(release, offset) ? 'suggestion' : 'safe') as 'safe' | 'suggestion'
      if (first.kind === 'acronym' && !introducedInBrackets(release, first) && !expandedInSentence(release, first, mentions)) {
        report('acronymFirst', {place: first, data, actual: first.text, expected: [data.expanded], fix: 'suggestion'})
      } else if (first.kind === 'name' && mentions.some((mention) => mention.kind === 'acronym' || mention.kind === 'expanded') && !expandedAfterQuote(release, mentions)) {
        report('nameWithoutAcronym', {place: first, data, actual: first.text, expected: [data.expanded], fix: fixKind(first.start)})
      }
      // Every expansion after the first one is a repeat (a missing one at first mention is reported above).
      const expansions = mentions.filter((mention) => mention.kind === 'expanded')
      for (const later of expansions.slice(1)) {
        // “the Board’s (ACR) website” becomes “the ACR’s website”.
        const possessive = /['’]s\s?\(/.exec(later.text)?.[0].slice(0, -1).trim() ?? ''
        report('reExpanded', {place: later, data, severity: 'warning', actual: later.text, expected: [org.acronym! + possessive], fix: 'suggestion'})
      }
    }
  }
})

/**
 * Whether the full name and acronym follow in the same sentence as the first acronym, which is then
 * part of a name the reader has just been told: “the 2023 FNR Award for Outstanding Scientific
 * Achievement from the Luxembourg National Research Fund (FNR)”.
 */
function expandedInSentence(release: Release, first: OrgMention, mentions: readonly OrgMention[]): boolean {
  const expanded = mentions.find((mention) => mention.kind === 'expanded')
  if (!expanded || expanded.block !== first.block) return false
  const sentence = release.sentences.find((each) => each.start <= first.start && first.start < each.end)
  return sentence !== undefined && expanded.end <= sentence.end
}

/**
 * Whether the name was first said in a quote and the release's own first mention after it spells it
 * out with its acronym (“… a prestigious European Research Council grant,” said the CEO; then “a
 * European Research Council (ERC) grant”): nobody says “(ERC)”, and the reader is told in time.
 */
function expandedAfterQuote(release: Release, mentions: readonly OrgMention[]): boolean {
  if (!inQuotedSpeech(release, mentions[0].start)) return false
  return mentions.find((mention) => !inQuotedSpeech(release, mention.start))?.kind === 'expanded'
}

/**
 * Whether the acronym's own brackets introduce it: “(ACR)” right after its full name misspelt by a
 * letter or two (“Luxemburg Institute of Health (LIH)”, which org-name-variant reports), or after the
 * full name cut in two by a paragraph break (“… Luxembourg Institute of” / “Health (LIH) …”, as a page
 * converter may leave it: the paragraph before does not end a sentence).
 */
function introducedInBrackets(release: Release, mention: OrgMention): boolean {
  const {block, org} = mention
  const before = /\s?\($/.exec(block.prose.slice(0, mention.at))
  if (!before) return false
  const words = org.name.split(/\s+/).length
  let text = block.prose.slice(0, before.index).trim()
  const previous = release.blocks[block.index - 1]
  if (previous && text.split(/\s+/).length < words && !/[.!?:;]["”’)]*\s*$/.test(previous.prose)) text = `${previous.prose} ${text}`
  const name = text.split(/\s+/).slice(-words).join(' ').toLowerCase()
  const limit = nearMissLimit(org.name)
  return editDistance(name, org.name.toLowerCase(), limit) < limit
}
