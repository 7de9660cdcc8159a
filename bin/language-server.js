#!/usr/bin/env node
// The language server as its own command, for editors that expect one: `lih-lint --lsp`.
process.argv.splice(2, 0, '--lsp')
require('./lih-lint.js')
