// One parse per file: Markdown (front matter, GFM) or plain text into mdast, then the prose into
// nlcst through remark-retext, so that retext plugins report positions in the source itself.
import type {Root} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import {unified, type Plugin} from 'unified'
import type {VFile} from 'vfile'
import {parseText} from './text-parser.ts'

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()

/** Keeps the nlcst tree the bridge makes, so the model and retext-based rules share one. */
const captureNlcst: Plugin<[], NlcstRoot> = function () {
  return (tree, file) => {
    file.data.nlcst = tree
  }
}

// remark-retext's overloads reject a processor that already has plugins (STACK-NOTES trap 3): cast once, here.
const bridge = unified()
  .use(remarkRetext as any, unified().use(retextEnglish).use(captureNlcst) as any)
  .freeze()

declare module 'vfile' {
  interface DataMap {
    nlcst: NlcstRoot
  }
}

export type SourceFormat = 'markdown' | 'text'

export function formatOf(path: string | undefined): SourceFormat {
  return path && /\.txt$/i.test(path) ? 'text' : 'markdown'
}

export async function parseRelease(file: VFile, format: SourceFormat): Promise<{mdast: Root; nlcst: NlcstRoot}> {
  const source = String(file.value)
  const mdast = format === 'text' ? parseText(source) : (markdown.parse(file) as Root)
  await bridge.run(mdast as any, file)
  return {mdast, nlcst: file.data.nlcst ?? {type: 'RootNode', children: []}}
}
