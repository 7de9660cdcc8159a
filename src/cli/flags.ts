// The flag table: parsed by node:util parseArgs and rendered into `--help`, so the two never drift.

export interface Flag {
  name: string
  short?: string
  type: 'boolean' | 'string'
  value?: string
  help: string
}

export const flags: readonly Flag[] = [
  {name: 'format', short: 'f', type: 'string', value: 'NAME', help: 'Report format: stylish (default), json, sarif (SARIF 2.1.0, code scanning), github (Actions annotations)'},
  {name: 'output', short: 'o', type: 'string', value: 'FILE', help: 'Write the report to FILE; the terminal still gets the stylish summary'},
  {name: 'fix', type: 'boolean', help: 'Apply safe fixes to the files (written atomically), then report what is left'},
  {name: 'fix-dry-run', type: 'boolean', help: 'Print the fixes as a unified diff; write nothing'},
  {name: 'fix-type', type: 'string', value: 'safe|suggestion', help: 'With --fix: `suggestion` also applies suggestions (titles, boilerplate, quoted speech)'},
  {name: 'config', short: 'c', type: 'string', value: 'FILE', help: 'Use this config file instead of searching for .lihlintrc.* beside each file'},
  {name: 'facts', type: 'string', value: 'FILE', help: 'Use this facts registry (organisations, people, boilerplate, house style)'},
  {name: 'stats', type: 'boolean', help: 'Print a table of readability scores per file (Flesch reading ease, Flesch–Kincaid grade, SMOG, words per sentence)'},
  {name: 'quiet', short: 'q', type: 'boolean', help: 'Report errors only'},
  {name: 'max-warnings', type: 'string', value: 'N', help: 'Exit 1 when there are more than N warnings'},
  {name: 'jobs', short: 'j', type: 'string', value: 'N', help: 'Check files on N threads: this one and N-1 workers (default: one per core, with 100 files or more each; 1 checks them in this thread)'},
  {name: 'timeout', type: 'string', value: 'SECONDS', help: 'Give up on a file after this long, reporting it; every file is then checked on a worker (default: 30 s + 5 s per MB, for files on workers; with --jobs > 1)'},
  {name: 'cache', type: 'boolean', help: 'Reuse reports of files, config and registry unchanged since the last run'},
  {name: 'cache-location', type: 'string', value: 'FILE', help: 'Where --cache keeps its data (default: node_modules/.cache/lih-lint/cache)'},
  {name: 'shard', type: 'string', value: 'I/N', help: 'Check only the I-th of N stable shares of the files (CI matrix); join reports with `lih-lint merge-reports`'},
  {name: 'stdin-filename', type: 'string', value: 'PATH', help: 'Name (and format, from its extension) of the text read from `-`'},
  {name: 'lsp', type: 'boolean', help: 'Run as a language server (LSP over stdin/stdout) for editors'},
  {name: 'stdio', type: 'boolean', help: 'With --lsp: talk over stdin/stdout (the default; accepted for editors that pass it)'},
  {name: 'explain', type: 'string', value: 'RULE', help: 'Show what a rule checks, why, and its examples'},
  {name: 'list-rules', type: 'boolean', help: 'List the rules with their default severity'},
  {name: 'write-rule-docs', type: 'boolean', help: 'Regenerate rules/README.md from the rules (maintainers)'},
  {name: 'debug', type: 'boolean', help: 'Print stack traces for internal errors'},
  {name: 'version', short: 'v', type: 'boolean', help: 'Print the version'},
  {name: 'help', short: 'h', type: 'boolean', help: 'Print this help'}
]

export function renderHelp(version: string): string {
  const lines = flags.map((flag) => {
    const left = `${flag.short ? `-${flag.short}, ` : '    '}--${flag.name}${flag.value ? ` ${flag.value}` : ''}`
    return `  ${left.padEnd(34)}${flag.help}`
  })
  return [
    `lih-lint ${version}: lint press releases against house style and a facts registry`,
    '',
    'Usage: lih-lint [options] <files|globs|directories|->',
    '       lih-lint merge-reports <report.json…>   (join the JSON reports of --shard jobs: JSON, or --format; exit code as one run)',
    '',
    'Directories are searched for .md, .markdown, .txt, .html and .htm files; .gitignore and .lihlintignore are honoured.',
    '',
    'Options:',
    ...lines,
    '',
    'Exit codes: 0 no errors, 1 errors (or too many warnings), 2 could not check (usage, config, registry, unreadable input).'
  ].join('\n')
}
