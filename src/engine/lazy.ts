// Big modules few runs need, loaded on first use. The CommonJS command line (scripts/build.mjs)
// swaps this file for ./lazy-bundle.ts, which loads their ES module builds instead.
export const loadHtmlParser = (): Promise<typeof import('./html-parser.ts')> => import('./html-parser.ts')
export const loadLanguageServer = (): Promise<typeof import('../lsp/server.ts')> => import('../lsp/server.ts')
