// Property tests draw the same inputs on every `npm test`, so CI is never red by the luck of a
// draw; `npm run fuzz` (FUZZ_SECONDS) explores new inputs and saves any that break a property in
// fixtures/fuzz/, which every run then replays. FUZZ_SEED picks another fixed draw.
import fc from 'fast-check'

if (!process.env.FUZZ_SECONDS) fc.configureGlobal({seed: Number(process.env.FUZZ_SEED ?? 20261202)})
