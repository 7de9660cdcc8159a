// ./lazy.ts in the language server's CommonJS bundle (scripts/build.mjs): the server is part of
// that bundle, so it runs from the bundle's code cache like the rest of a lint; the HTML parser
// still comes from its ES module build (./lazy-bundle.ts).
export {loadHtmlParser} from './lazy-bundle.ts'
export const loadLanguageServer = (): Promise<typeof import('../lsp/server.ts')> => import('../lsp/server.ts')
