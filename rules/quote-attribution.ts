import {defineRule} from '../src/engine/rule.ts'

export default defineRule({
  id: 'quote-attribution',
  category: 'quotes',
  severity: 'error',
  fix: 'none',
  summary: 'Every quotation has a speaker, in its own paragraph or the next.',
  why: 'A quote nobody said cannot be used by a journalist, and may be someone’s words put in the institute’s mouth.',
  messages: {
    unattributed: 'This quotation has no speaker in its paragraph or the next; name who said it, as in “…,” said NAME, ROLE.'
  },
  examples: [
    {
      title: 'A quotation with no speaker',
      input: '# News\n\n“We are proud of what the team achieved this year, and grateful to our partners.”\n\nThe report is online.\n',
      messages: ['3:1-3:82: This quotation has no speaker in its paragraph or the next; name who said it, as in “…,” said NAME, ROLE.']
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
  }
})
