// The build's rewrite of regular expression literals by src/prose/ascii-first.ts: each literal of a
// TypeScript source that holds `\p{…}` is tested ASCII first (why and how: that file).
import {readFile} from 'node:fs/promises'
import {transform} from 'esbuild'

const {code} = await transform(await readFile(new URL('../src/prose/ascii-first.ts', import.meta.url), 'utf8'), {loader: 'ts', format: 'esm'})
export const {asciiFirst} = await import(`data:text/javascript,${encodeURIComponent(code)}`)

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
