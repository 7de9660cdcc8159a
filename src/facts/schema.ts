// The shape of a facts registry file; ./facts.schema.json says the same for editors (a test keeps them in step).
import type {Shape} from '../engine/data-file.ts'

const words: Shape = {kind: 'array', of: {kind: 'string', nonEmpty: true}}

const role: Shape = {
  kind: 'object',
  required: ['title'],
  fields: {title: {kind: 'string', nonEmpty: true}, variants: words, wrong: words, from: {kind: 'date'}, until: {kind: 'date'}}
}

export const factsShape: Shape = {
  kind: 'object',
  fields: {
    house: {
      kind: 'object',
      fields: {
        name: {kind: 'string', nonEmpty: true},
        dateStyle: {kind: 'enum', values: ['day-month-year', 'month-day-year']},
        abbreviateMonths: {kind: 'enum', values: [true, false, 'dateline']},
        spelling: {kind: 'enum', values: ['en-GB', 'en-US']},
        honorifics: words,
        honorificFullStop: {kind: 'boolean'},
        attributionVerb: {kind: 'string', nonEmpty: true},
        quoteStyle: {kind: 'enum', values: ['curly', 'straight']}
      }
    },
    organisations: {
      kind: 'array',
      of: {
        kind: 'object',
        required: ['name'],
        fields: {name: {kind: 'string', nonEmpty: true}, acronym: {kind: 'string', nonEmpty: true}, wrong: words}
      }
    },
    people: {
      kind: 'array',
      of: {
        kind: 'object',
        required: ['name'],
        fields: {
          name: {kind: 'string', nonEmpty: true},
          honorific: {kind: 'string', nonEmpty: true},
          roles: {kind: 'array', of: role},
          wrong: words
        }
      }
    },
    boilerplate: {
      kind: 'object',
      required: ['versions'],
      fields: {
        heading: {kind: 'string', nonEmpty: true},
        versions: {
          kind: 'array',
          of: {
            kind: 'object',
            required: ['text'],
            fields: {text: {kind: 'string', nonEmpty: true}, from: {kind: 'date'}, until: {kind: 'date'}}
          }
        }
      }
    },
    words,
    acronyms: words,
    standardParagraphs: words
  }
}
