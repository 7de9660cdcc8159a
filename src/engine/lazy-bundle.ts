// ./lazy.ts in the CommonJS command line: the lazy modules come from their ES module builds beside
// the bundle, through bin/lih-lint.js (a script compiled with a code cache cannot import() itself).
declare global {
  var __lihImport: ((specifier: string) => Promise<unknown>) | undefined
}

function load<T>(name: string): Promise<T> {
  if (!globalThis.__lihImport) throw new Error('lih-lint was started without bin/lih-lint.js')
  return globalThis.__lihImport(`./${name}.mjs`) as Promise<T>
}

export const loadHtmlParser = () => load<typeof import('./html-parser.ts')>('lih-lint-html')
export const loadLanguageServer = () => load<typeof import('../lsp/server.ts')>('lih-lint-lsp')
