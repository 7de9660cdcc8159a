#!/usr/bin/env node
// The bundle is built by `npm ci`/`npm install` (the `prepare` script); loading one file keeps start-up short.
import('../dist/lih-lint.mjs').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('lih-lint.mjs')) {
    console.error('lih-lint: the build is missing; run `npm run build` (or `npm ci`) in the lih-lint folder')
    process.exit(2)
  }
  throw error
})
