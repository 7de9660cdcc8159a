// Regular expressions whose Unicode property classes test ASCII characters first: the build's
// rewrite of the literals of src/ and rules/ (scripts/build.mjs).
//
// V8 (Node 20) tests a character against a class holding a Unicode property (`\p{L}` is some 650
// ranges) by calling into C++ for a binary search, once for every character it tries, and press
// releases are nearly all ASCII. `[\p{L}\p{N}&.-]` becomes
// `(?:[\x26\x2d\x2e0-9A-Za-z]|(?=[^\x00-\x7f])[\p{L}\p{N}&.-])`: an ASCII character is decided by
// the inline first branch (or fails both branches at once), any other by the class as written. The
// first branch holds exactly the ASCII characters the class matches, as V8 itself answers with the
// pattern's case flag, so the pattern matches the same strings with the same groups: it gains only
// non-capturing groups, and a character both branches accept (under `i`, the Kelvin sign U+212A
// for “k”) is one the class accepts, so backtracking meets the same first match.
// Literals are found by TypeScript's parser (a dev dependency already). Patterns built at run time
// (quotes, acronym-defined) stay as written: rewriting them as their modules load cost ~4 ms of
// every start, for 0.3% of a corpus run.
// The corpus in one process: acronym-defined 20%, spelling 16%, repeated-word 41% less time; the
// main thread's share in regular expressions and those C++ calls 12.6% → 8.4% (perf samples).

const asciiCharacters = String.fromCharCode(...Array.from({length: 128}, (_, code) => code))
const notAscii = String.raw`(?=[^\x00-\x7f])`
const subsets = new Map()

/** The pattern `source` (with flags `flags`) with each class or escape holding `\p{…}`/`\P{…}` tested ASCII first; unchanged without the `u` flag. */
export function asciiFirst(source, flags) {
  if (!flags.includes('u')) return source
  let out = ''
  let at = 0
  while (at < source.length) {
    const character = source[at]
    if (character === '\\') {
      const close = source.indexOf('}', at)
      if ((source[at + 1] === 'p' || source[at + 1] === 'P') && source[at + 2] === '{' && close !== -1) {
        const end = close + 1
        out += tested(source.slice(at, end), flags)
        at = end
      } else {
        out += source.slice(at, at + 2)
        at += 2
      }
    } else if (character === '[') {
      let end = at + 1
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1
      // Not a valid pattern past here (a class left open): the rest is copied as it is.
      if (end >= source.length) return out + source.slice(at)
      end++
      const set = source.slice(at, end)
      out += /\\[pP]\{/.test(set) ? tested(set, flags) : set
      at = end
    } else {
      out += character
      at++
    }
  }
  return out
}

/** `set` (a class or a property escape) as an ASCII branch, then the set itself for other characters. */
function tested(set, flags) {
  const ascii = asciiSubset(set, flags)
  return ascii ? `(?:[${ascii}]|${notAscii}${set})` : `${notAscii}${set}`
}

/** The ASCII characters `set` matches, as the inside of a class: ranges, punctuation escaped. */
function asciiSubset(set, flags) {
  const caseless = flags.includes('i')
  const key = caseless ? `i${set}` : set
  let subset = subsets.get(key)
  if (subset === undefined) {
    const codes = (asciiCharacters.match(new RegExp(set, caseless ? 'giu' : 'gu')) ?? []).map((character) => character.charCodeAt(0))
    subset = ''
    for (let index = 0; index < codes.length; ) {
      let last = index
      while (last + 1 < codes.length && codes[last + 1] === codes[last] + 1) last++
      subset += last - index >= 2 ? `${literal(codes[index])}-${literal(codes[last])}` : codes.slice(index, last + 1).map(literal).join('')
      index = last + 1
    }
    subsets.set(key, subset)
  }
  return subset
}

function literal(code) {
  const character = String.fromCharCode(code)
  return /[0-9A-Za-z]/.test(character) ? character : `\\x${code.toString(16).padStart(2, '0')}`
}

/** The regular expression literals of a TypeScript source, found by TypeScript's parser (so strings, comments and divisions are never taken for one). */
export async function regExpLiterals(source, path) {
  const {default: ts} = await import('typescript')
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true)
  const literals = []
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file)
      const slash = text.lastIndexOf('/')
      literals.push({start: node.getStart(file), end: node.end, pattern: text.slice(1, slash), flags: text.slice(slash + 1)})
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return literals
}

/** TypeScript source with each regular expression literal rewritten by `asciiFirst`. */
export async function rewriteRegExpLiterals(source, path) {
  if (!/\\[pP]\{/.test(source)) return source
  let out = source
  for (const {start, end, pattern, flags} of (await regExpLiterals(source, path)).reverse()) {
    const rewritten = asciiFirst(pattern, flags)
    if (rewritten !== pattern) out = `${out.slice(0, start)}/${rewritten}/${flags}${out.slice(end)}`
  }
  return out
}
