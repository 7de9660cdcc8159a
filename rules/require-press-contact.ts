import {defineRule} from '../src/engine/rule.ts'
import {spanOfBlocks} from '../src/model/query.ts'
import type {Block, Release} from '../src/model/release.ts'

const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/
const phone = /(?:\+|\b00)?\d[\d ().\/-]{6,}\d/
const phones = new RegExp(phone.source, 'g')
// Words that make a line a role or an organisation rather than a person's name.
const notAName = /\b(?:head|manager|officer|director|communications?|marketing|press|media|relations|public|institute|foundation|university|agency|department|office|team|contact|inc|ltd|llc|group|board|tel|phone|email|e-mail)\b/i
// A sentence addressed to the media, up to its full stop (not one inside an address: "press@lih.lu").
const mediaSentence = /(?:^|(?<=[.!?]\s+))(?:members of the )?(?:media|press|reporters|journalists)\b.*?(?:[.!?](?=\s|$)|$)/gis
const nameWords = /^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.? )?(\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,3})$/u

export default defineRule({
  id: 'require-press-contact',
  category: 'sections',
  severity: 'error',
  fix: 'none',
  summary: 'A release names a press contact with a full name and an e-mail address or phone number.',
  why: 'A journalist with a question on deadline needs someone to call; a first name and a job title are not enough to reach anyone.',
  messages: {
    missing: 'The release has no press contact; add a “Press contact” section with a full name and an e-mail address or phone number',
    incomplete: 'The press contact gives no {missing}; add them so journalists can reach “{name}”',
    unreachable: 'The press contact gives no e-mail address or phone number; add one',
    firstNameOnly: 'The press contact gives only the first name “{name}”; add the surname'
  },
  examples: [
    {
      title: 'No press contact at all',
      input: '# A new laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n',
      messages: ['3:74: The release has no press contact; add a “Press contact” section with a full name and an e-mail address or phone number']
    },
    {
      title: 'A first name and a role only (as on the seed release)',
      input: '# A new laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n\n## Press Contact\n\n- Arnaud\n  Head of Marketing and Communication\n',
      messages: ['7:3-8:38: The press contact gives no surname, e-mail address or phone number; add them so journalists can reach “Arnaud”']
    },
    {
      title: 'A full name but no way to reach them',
      input: '# A new laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n\n## Media contact\n\nJane Doe, Head of Communication\n',
      messages: ['7:1-7:32: The press contact gives no e-mail address or phone number; add one']
    },
    {
      title: 'A first name with an e-mail address',
      input: '# A new laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n\n## Media contact\n\nJane, press@lih.lu\n',
      messages: ['7:1-7:19: The press contact gives only the first name “Jane”; add the surname']
    },
    {
      title: 'A full name with an e-mail address',
      input: '# A new laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n\nMedia contact: Jane Doe, press@lih.lu\n',
      messages: []
    },
    {
      title: 'The whole contact in one sentence, without a colon',
      input: '# A new laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n\nFor further information contact Jane Doe, Head of Communication — +352 26970-893 or press@lih.lu.\n',
      messages: []
    },
    {
      title: 'One sentence with the contact, but the name only',
      input: '# A new laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n\nFor more information, please contact Jane Doe, Head of Communication.\n',
      messages: ['5:1-5:70: The press contact gives no e-mail address or phone number; add one']
    },
    {
      title: 'A media advisory that asks journalists to RSVP to an address',
      input: '# Media advisory: the minister visits the new laboratory\n\nOn Monday the minister will tour the laboratory in Strassen with its researchers. Journalists wishing to attend should RSVP to [press@lih.lu](mailto:press@lih.lu) by Friday.\n',
      messages: []
    },
    {
      title: 'A sentence that sends the media’s questions to a named person',
      input: '# A new laboratory\n\nThe laboratory opened today in Strassen after two years of building work. Media questions may be directed to Jane Doe at +352 26970-893.\n',
      messages: []
    },
    {
      title: 'A media advisory asking for an RSVP but giving no address',
      input: '# Media advisory: the minister visits the new laboratory\n\nOn Monday the minister will tour the laboratory in Strassen with its researchers. Journalists wishing to attend should RSVP by Friday.\n',
      messages: ['3:135: The release has no press contact; add a “Press contact” section with a full name and an e-mail address or phone number']
    },
    {
      title: 'A sentence to the media with a date but no address or phone number',
      input: '# A new laboratory\n\nMedia accreditation for the opening closes on 12.03.2025 at noon.\n',
      messages: ['3:66: The release has no press contact; add a “Press contact” section with a full name and an e-mail address or phone number']
    },
    {
      title: 'A full name with a phone number, one item per line',
      input: '# A new laboratory\n\nThe laboratory opened today in Strassen after two years of building work.\n\n**Press contact**\n\nJane Doe\\\nHead of Communication\\\n+352 26970-893\n',
      messages: []
    }
  ],
  check({release, report}) {
    const contact = release.contact
    if (!contact) {
      if (hasMediaSentence(release)) return
      const at = release.blocks.at(-1)?.end ?? 0
      report('missing', {place: {start: at, end: at}})
      return
    }
    const blocks = contact.blocks.filter((block) => block !== contact.heading)
    const lines = blocks.flatMap((block) => linesOf(block))
    const text = blocks.map((block) => block.text).join('\n')
    const urls = blocks.flatMap((block) => block.links.map((link) => link.url))
    const reachable = email.test(text) || phone.test(text) || urls.some((url) => /^(?:mailto|tel):/i.test(url))
    // The person: the first line (or the text before a comma) that reads as a name.
    const name = lines.map(nameOn).find(Boolean)
    const fullName = name !== undefined && name.includes(' ')
    const place = blocks.length > 0 ? spanOfBlocks(blocks) : {start: contact.heading!.start, end: contact.heading!.end}
    if (!reachable && name && !fullName) {
      report('incomplete', {place, data: {missing: 'surname, e-mail address or phone number', name}})
    } else if (!reachable) {
      report(name ? 'unreachable' : 'missing', {place})
    } else if (name && !fullName) {
      report('firstNameOnly', {place, data: {name}, severity: 'warning'})
    }
  }
})

// What introduces the contact on its line: "Media contact:", "For further information contact".
const contactIntro = /^(?:.*?contacts?\s*:|for (?:further|more) information,? (?:please )?contact\b:?)\s*/i

/**
 * Whether a sentence addressed to the media says where to write or call (“Media interested in
 * covering the visit should RSVP to …”, “Media questions may be directed to Jane Doe at …”): in a
 * media advisory or a notice that is the press contact, as an address alone passes in a contact section.
 */
function hasMediaSentence(release: Release): boolean {
  return release.blocks.some((block) =>
    [...block.text.matchAll(mediaSentence)].some((match) => {
      const start = match.index
      const end = start + match[0].length
      const mailLink = block.links.some((link) => link.start >= start && link.start < end && /^(?:mailto|tel):/i.test(link.url))
      return email.test(match[0]) || hasPhoneNumber(match[0]) || mailLink
    })
  )
}

/** A phone number in running text: nine digits or more, or an international “+”, so a date (“12.03.2025”) is none. */
function hasPhoneNumber(text: string): boolean {
  return [...text.matchAll(phones)].some((match) => match[0].startsWith('+') || match[0].replace(/\D/g, '').length >= 9)
}

function linesOf(block: Block): string[] {
  return block.prose.split('\n').flatMap((line) => line.replace(contactIntro, '').split(/\s*[,|–—]\s+|\s+[–—|]\s*/)).map((line) => line.trim()).filter(Boolean)
}

function nameOn(line: string): string | undefined {
  if (notAName.test(line) || email.test(line)) return undefined
  return nameWords.exec(line)?.[1]
}
