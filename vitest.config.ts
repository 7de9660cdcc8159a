import {defineConfig} from 'vitest/config'

export default defineConfig({
  // As in the bundle (scripts/build.mjs): the prose tree is built with one line index per text.
  resolve: {alias: {'vfile-location': new URL('./src/engine/positions.ts', import.meta.url).pathname}},
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/fast-check-seed.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
})
