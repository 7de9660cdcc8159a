// Front matter of plain `key: value` lines read without the yaml package, which costs ~0.15 ms a
// release warm (2% of a corpus run) and more cold. Nine in ten releases of the corpus write nothing
// else: `title: …`, `date: 2024-02-02`, `url: /news/…`, `draft: false`, quoted titles. Anything
// this reader is not sure of (numbers, null, blocks, lists, comments, escapes, a colon and a space
// in a plain value, a repeated key) goes to the yaml package as before; where it answers, it
// answers what `parseDocument(text, {schema: 'core'}).toJS()` does (test/simple-front-matter.test.ts
// compares them on the corpus and on random lines of YAML's awkward characters).

const keyValue = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*?))? *$/
// Words the core schema reads as null or a boolean, which would not be a string key.
const reservedKey = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/
const singleQuoted = /^'(?:[^']|'')*'$/
const doubleQuoted = /^"[^"\\]*"$/
const trueWord = /^(?:true|True|TRUE)$/
const falseWord = /^(?:false|False|FALSE)$/
// A colon then a space (or the end) makes a nested mapping, which YAML refuses here.
const mappingColon = /: |:$/
// A plain string: no indicator first, no comment or tab inside, and not a number or null.
const plainString = /^[A-Za-z0-9/][^#\t]*$/
const numberOrNull = /^(?:[-+]?[0-9]|\.|null$|Null$|NULL$)/
// A date or time, which the core schema (no timestamps) keeps as a string.
const dateTime = /^\d{4}-\d\d-\d\d(?:[T ][0-9:.+-]*|Z)*$/

/** The data of front matter made only of plain `key: value` lines, or undefined for the yaml package to read. */
export function readSimpleFrontMatter(text: string): Record<string, string | boolean> | undefined {
  if (text.includes('\r')) return undefined
  const data: Record<string, string | boolean> = {}
  for (const line of text.split('\n')) {
    const match = keyValue.exec(line)
    if (!match) return undefined
    const [, key, value] = match
    if (Object.hasOwn(data, key) || key === '__proto__' || reservedKey.test(key) || !value) return undefined
    if (value[0] === "'") {
      if (!singleQuoted.test(value)) return undefined
      data[key] = value.slice(1, -1).replaceAll("''", "'")
    } else if (value[0] === '"') {
      if (!doubleQuoted.test(value)) return undefined
      data[key] = value.slice(1, -1)
    } else if (trueWord.test(value)) data[key] = true
    else if (falseWord.test(value)) data[key] = false
    else if (mappingColon.test(value)) return undefined
    else if ((plainString.test(value) && !numberOrNull.test(value)) || dateTime.test(value)) data[key] = value
    else return undefined
  }
  return data
}
