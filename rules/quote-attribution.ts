import {defineRule} from '../src/engine/rule.ts'
import type {Speaker} from '../src/model/quotes.ts'
import type {Release} from '../src/model/release.ts'
import {titleWord} from '../src/model/titles.ts'

export default defineRule({
  id: 'quote-attribution',
  category: 'quotes',
  severity: 'error',
  fix: 'none',
  summary: 'Every quotation has a speaker, in its own paragraph or the next; a speaker the registry does not know is introduced with a role.',
  why: 'A quote nobody said cannot be used by a journalist, and may be someone’s words put in the institute’s mouth.',
  messages: {
    unattributed: 'This quotation has no speaker in its paragraph or the next; name who said it, as in “…,” said NAME, ROLE.',
    noRole: 'Who is {name}? Give a role or affiliation where they are first named, as in “{name}, ROLE at ORGANISATION”'
  },
  examples: [
    {
      title: 'A quotation with no speaker',
      input: '# News\n\n“We are proud of what the team achieved this year, and grateful to our partners.”\n\nThe report is online.\n',
      messages: ['3:1-3:82: This quotation has no speaker in its paragraph or the next; name who said it, as in “…,” said NAME, ROLE.']
    },
    {
      title: 'A source quoted by name, and a statement over paragraphs whose emphasis the parser left open',
      input: '# News\n\nThe institute grew again. Quoting its annual report: “The number of trials doubled in two years and will double again.”\n\nThe board released the following statement:\n\n***“We thank every team for a remarkable year of work.\n\n***“We look forward to the opening of the new laboratory.”\n',
      messages: []
    },
    {
      title: 'A speaker nobody introduces',
      input: '# News\n\nThe laboratory opened in Strassen today after two years of building work.\n\n“We can finally bring every team under one roof,” said Jane Roe.\n',
      messages: ['5:56-5:64: Who is Jane Roe? Give a role or affiliation where they are first named, as in “Jane Roe, ROLE at ORGANISATION”']
    },
    {
      title: 'Speakers introduced with a role, an affiliation or a title, anywhere they are named',
      input: '# News\n\nAcme Labs today appointed Jane Roe as its director. Its partner Metz University sent Prof Ada Lind of the Faculty of Medicine.\n\n“We can finally bring every team under one roof,” said Jane Roe. “The new lab is a chance for our students,” said Ada Lind. “We will visit in spring with the whole class,” said Governor Tom Hale.\n',
      messages: []
    },
    {
      title: 'Speakers before, after, in the next paragraph, or by pronoun',
      input: '# News\n\nProf Ulf Nehrbass said: “We are proud of what the team achieved.” He thanked the staff.\n\n“The partners were essential to this year,” he added. “We will go on.”\n\n“A second laboratory opens next year in Strassen.”\n\nsaid Dr Johannes Meiser.\n\nThe plan, said Dr Johannes Meiser: “Open the lab in spring and hire twelve people.” Its title is “A Year of Translational Research in Luxembourg,” as the board decided, so that “patients benefit sooner from what we learn.”\n\nDr Johannes Meiser said:\n\n“The grant will fund four years of work on metastasis.”\n',
      messages: []
    },
    {
      title: 'Speakers named by a heading, by a statement announced before, or by the paragraph the quote runs on from',
      input: '# News\n\nLUXEMBOURG, 3 March 2025 – Acme Labs starts a trial of a new cancer test in four hospitals this spring.\n\n## Lucie Martin, Head of Research, Acme Labs\n\n“We welcome the decision and will start the trial this spring.”\n\nThe board released the following statement:\n\n“We thank the staff for a year of hard work in difficult times.\n\n“The new laboratory will open in the autumn as planned.”\n\n“The results are clear and the method works,\" said Jane Roe (Acme Labs), director of the\nstudy.\n',
      messages: []
    },
    {
      title: 'A name run into its verb with no markup between them: one unknown word, not a speaker',
      input: '# News\n\nOn Monday, Ledgerreported that “The new wing will open to patients in the spring of next year.”\n',
      messages: ['3:32-3:96: This quotation has no speaker in its paragraph or the next; name who said it, as in “…,” said NAME, ROLE.']
    },
    {
      title: 'A speaker glued to a link, a source quoted in a book, and a verb that lost its space',
      input:
        '# News\n\nOn Monday, [The Daily Ledger](https://example.com/ledger)reported that “The new wing will open to patients in the spring of next year.”\n\nAs expressed by a nurse quoted in Anna Roe’s *Night Shifts*, “We never leave a patient alone, not for a single night of the year.”\n\n“The new wing will serve every patient in the region,” saidDirector of the Hospital Jane Roe.\n',
      messages: []
    }
  ],
  check({release, report}) {
    for (const quote of release.quotes) {
      // A Markdown blockquote with no speaker is usually a deck or an excerpt, not speech: judged only when attributed.
      if (quote.speaker || quote.form === 'blockquote') continue
      // Titles and terms in quotation marks are not speech: speech ends with punctuation inside the marks, or runs long.
      // A partial quotation woven into a sentence (the Committee “has gained greater confidence …”)
      // starts in lower case; its source is named in the sentence around it.
      if (quote.form === 'inline' && /^[\s…]*\p{Ll}/u.test(quote.text)) continue
      const words = quote.text.split(/\s+/).filter(Boolean)
      if (quote.form === 'inline' && !/[.,!?…]$/.test(quote.text.trim()) && words.length < 15) continue
      // A title in quotation marks (“Reforming Federal Funding and Support for Tribal Nations,”): mostly capitalised words.
      const long = words.filter((word) => word.length > 3)
      if (quote.form === 'inline' && long.length > 0 && long.filter((word) => /^[\p{Lu}“"]/u.test(word)).length / long.length >= 0.6) continue
      report('unattributed', {place: {start: quote.start, end: quote.end}})
    }
    // A speaker the registry does not know, never introduced: the reader cannot weigh the words.
    const asked = new Set<string>()
    for (const quote of release.quotes) {
      const speaker = quote.speaker
      // “Quoting the IEA’s report: …” names a source, not a person to introduce.
      if (!speaker || speaker.pronoun || speaker.person || speaker.role || asked.has(speaker.name) || /^quoting$/i.test(speaker.verb?.text ?? '')) continue
      asked.add(speaker.name)
      if (!introduced(release, speaker)) report('noRole', {place: {start: speaker.start, end: speaker.end}, data: {name: speaker.name}, severity: 'warning'})
    }
  }
})

/**
 * Whether a speaker has a role somewhere they are named: a title in the name ("Secretary Yellen"), a
 * title word just before it, an apposition or brackets after it, or "of/at/from ORGANISATION".
 */
function introduced(release: Release, speaker: Speaker): boolean {
  const name = speaker.name.trim()
  // A single word ("Acme said") is an organisation or a surname already met; "the paper" and "The board" are not people.
  if (titleWord.test(name) || !/\s/.test(name) || /^(?:\p{Ll}|(?:The|Our|A|An)\s)/u.test(name) || /\b(?:She|He|They|We|It)$/u.test(name)) return true
  const surname = name.split(/\s+/).at(-1)!
  for (const block of release.blocks) {
    let from = 0
    for (;;) {
      const at = block.prose.indexOf(surname, from)
      if (at === -1) break
      from = at + surname.length
      // A title among the ten words before the name ("Assistant Secretary for Economic Policy Eric Van Nostrand").
      const before = block.prose.slice(Math.max(0, at - 120), at).split(/[.;:!?](?:\s|$)/).at(-1)!
      if (titleWord.test(before.split(/\s+/).slice(-10).join(' '))) return true
      // "Acme’s head of research Jane Roe", "Jane Roe (Acme)", "Jane Roe of Acme", "announced Jane Roe as its director".
      if (/[\p{L}][’']s\s+(?:[\p{Ll}-]+\s+){0,3}(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(before)) return true
      const after = block.prose.slice(from, from + 120)
      if (/^(?:\s*\(|\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}|\s+as\s+)/u.test(after)) return true
      // An apposition that describes: ", the …", ", who …", ", a professor at …", ", Senior Advisor to …".
      const apposition = /^,\s+([^,.;:!?“”"]{2,100})/u.exec(after)?.[1]
      if (apposition && (/^(?:the|a|an|who|whose|one|our|its|their|his|her)\b|^\p{Ll}/u.test(apposition) || titleWord.test(apposition))) return true
    }
  }
  return false
}
