// The editor path: one warm process re-lints a release after each of 100 small edits.
import {readFileSync} from 'node:fs'
import {ConfigFinder, lint} from '../dist/lih-lint-api.mjs'

const path = process.argv[2]
const text = readFileSync(path, 'utf8')
const config = new ConfigFinder().forFile(path)
for (let warm = 0; warm < 10; warm++) await lint(text, {path, config})
const times = []
for (let edit = 0; edit < 100; edit++) {
  const changed = text.replace(/\n\n/, `\n\nEdit ${edit} of the release text.\n\n`)
  const started = performance.now()
  await lint(changed, {path, config})
  times.push(performance.now() - started)
}
times.sort((a, b) => a - b)
console.log(`median ${times[50].toFixed(1)} ms, 90th percentile ${times[90].toFixed(1)} ms over 100 edits (target ≤ 30 ms)`)
