// Lints ../shared/corpus with each house's registry and prints the findings per rule (for issue notes).
// Usage: node scripts/corpus-report.mjs [--all] [rule-id]   (prints the findings of that rule, to hand-check them;
// --all turns on the opt-in rules too, the `all` preset)
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const corpus = new URL('../../shared/corpus/', import.meta.url).pathname
if (!existsSync(corpus)) {
  console.log('no ../shared/corpus here')
  process.exit(0)
}
const registryOf = {nodejs__nodejs: 'nodejs', '18F__pclob': 'pclob', InnerSourceCommons__: 'innersource', 'US-Department-of-the-Treasury': 'treasury', openSUSE__: 'opensuse'}
const all = process.argv.includes('--all')
const only = process.argv.slice(2).find((arg) => !arg.startsWith('--'))
const configArgs = []
if (all) {
  const config = join(mkdtempSync(join(tmpdir(), 'lih-lint-corpus-')), '.lihlintrc.json')
  writeFileSync(config, JSON.stringify({preset: 'all'}))
  configArgs.push('--config', config)
}
const counts = {}
const files = {}
for (const folder of readdirSync(corpus).filter((name) => !name.endsWith('.md'))) {
  const key = Object.keys(registryOf).find((prefix) => folder.startsWith(prefix))
  let out
  try {
    out = execFileSync('node', ['bin/lih-lint.js', ...configArgs, '--format', 'json', '--facts', `fixtures/registries/${registryOf[key]}.yaml`, corpus + folder], {maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore']})
  } catch (error) {
    out = error.stdout
  }
  for (const file of JSON.parse(String(out))) {
    for (const message of file.messages) {
      // A file that could not be checked (a time-out on a loaded machine) would silently lower every count.
      if (message.ruleId === 'internal-error') console.error(`warning: ${file.path.replace(corpus, '')}: ${message.reason}`)
      counts[message.ruleId] = (counts[message.ruleId] ?? 0) + 1
      files[message.ruleId] = (files[message.ruleId] ?? new Set()).add(file.path)
      if (only && message.ruleId === only) console.log(`${file.path.replace(corpus, '')}:${message.line}:${message.column} ${message.reason}`)
    }
  }
}
if (!only) for (const [rule, count] of Object.entries(counts).sort()) console.log(`${rule.padEnd(28)} ${String(count).padStart(5)} findings in ${files[rule].size} files`)
