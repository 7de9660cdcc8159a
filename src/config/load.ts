// Finds and reads config: `.lihlintrc.yaml|.yml|.json` or a `lih-lint` key in package.json, the
// nearest one walking up from each file (as unified-engine does), else the `recommended` preset.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {checkShape, closest, DataFileError, isPlainObject, parseDataFile, type DataProblem, type ParsedData, type Shape} from '../engine/data-file.ts'
import {selectorProblem, type HtmlOptions} from '../engine/html-selector.ts'
import type {Rule, Severity} from '../engine/rule.ts'
import {rules as allRules} from '../../rules/index.ts'
import {loadFacts, type CheckedRegistries} from '../facts/load.ts'
import type {ResolvedConfig, ResolvedRule} from './types.ts'

export const configNames = ['.lihlintrc.yaml', '.lihlintrc.yml', '.lihlintrc.json'] as const
const levels = ['off', 'info', 'warn', 'error'] as const
const severityOf = {info: 'info', warn: 'warning', error: 'error'} as const

export const configShape: Shape = {
  kind: 'object',
  fields: {
    $schema: {kind: 'string'},
    preset: {kind: 'enum', values: ['recommended', 'all', 'none']},
    facts: {kind: 'string', nonEmpty: true},
    rules: {kind: 'record', of: {kind: 'any'}},
    html: {kind: 'object', fields: {selector: {kind: 'string', nonEmpty: true}, ignore: {kind: 'string', nonEmpty: true}}}
  }
}

export interface ConfigFile {
  preset?: 'recommended' | 'all' | 'none'
  facts?: string
  rules?: Record<string, unknown>
  html?: HtmlOptions
}

export interface LoadOptions {
  /** `--config`: use this file for every input instead of searching. */
  configPath?: string
  /** `--facts`: this registry wins over the config's. */
  factsPath?: string
  /** Rules to choose from (tests pass their own). */
  rules?: readonly Rule[]
  /** Registries an earlier run checked (`--cache`). */
  checkedRegistries?: CheckedRegistries
}

export class ConfigFinder {
  private readonly byDirectory = new Map<string, ResolvedConfig>()
  private readonly byFile = new Map<string, ResolvedConfig>()
  constructor(private readonly options: LoadOptions = {}) {}

  /** The config for a file (or, with no path, for stdin in the working directory). */
  forFile(path: string | undefined): ResolvedConfig {
    if (this.options.configPath) return this.load(resolve(this.options.configPath))
    return this.forDirectory(resolve(path ? dirname(path) : '.'))
  }

  private forDirectory(directory: string): ResolvedConfig {
    const cached = this.byDirectory.get(directory)
    if (cached) return cached
    let found: ResolvedConfig | undefined
    for (const name of configNames) {
      const candidate = join(directory, name)
      if (existsSync(candidate)) {
        found = this.load(candidate)
        break
      }
    }
    if (!found) {
      const packagePath = join(directory, 'package.json')
      if (existsSync(packagePath)) found = this.loadPackageField(packagePath)
    }
    if (!found) {
      const parent = dirname(directory)
      found = parent === directory ? this.resolveConfig({}, 'recommended', undefined) : this.forDirectory(parent)
    }
    this.byDirectory.set(directory, found)
    return found
  }

  private load(path: string): ResolvedConfig {
    const cached = this.byFile.get(path)
    if (cached) return cached
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      throw new DataFileError([{file: path, line: 1, column: 1, message: `Cannot read the config file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`}])
    }
    const parsed = parseDataFile(text, path)
    const config = this.resolveConfig(parsed.value ?? {}, path, parsed)
    this.byFile.set(path, config)
    return config
  }

  private loadPackageField(path: string): ResolvedConfig | undefined {
    const text = readFileSync(path, 'utf8')
    // Most package.json files have no "lih-lint" key: parsing them with positions (YAML) cost ~25 ms
    // of a cold start, so JSON.parse looks first; a broken file still gets the line-and-column error.
    try {
      const plain: unknown = JSON.parse(text)
      if (!plain || typeof plain !== 'object' || !('lih-lint' in plain)) return undefined
    } catch {}
    const parsed = parseDataFile(text, path)
    const value = parsed.value as Record<string, unknown> | null
    if (!value || typeof value !== 'object' || !('lih-lint' in value)) return undefined
    return this.resolveConfig(value['lih-lint'], path, {
      locate: (inner) => parsed.locate(['lih-lint', ...inner]),
      locateKey: (inner) => parsed.locateKey!(['lih-lint', ...inner])
    })
  }

  private resolveConfig(value: unknown, source: string, parsed: Pick<ParsedData, 'locate' | 'locateKey'> | undefined): ResolvedConfig {
    const where = parsed?.locate ?? (() => ({line: 1, column: 1}))
    const whereKey = parsed?.locateKey ?? where
    const problems = checkShape({value, locate: where, locateKey: whereKey}, configShape, source)
    // Go on with what is usable, so one run reports every mistake in the file.
    const file = (isPlainObject(value) ? value : {}) as ConfigFile
    if (!isPlainObject(file.rules)) file.rules = undefined
    const available = this.options.rules ?? allRules
    const rules = new Map<string, ResolvedRule>()
    const preset = file.preset ?? 'recommended'
    for (const rule of available) {
      if (preset === 'all' || (preset === 'recommended' && rule.recommended !== false)) {
        rules.set(rule.id, {severity: rule.severity, options: {...rule.defaults}})
      }
    }
    for (const [id, setting] of Object.entries(file.rules ?? {})) {
      const rule = available.find((candidate) => candidate.id === id)
      if (!rule) {
        const guess = closest(id, available.map((candidate) => candidate.id))
        problems.push({file: source, ...whereKey(['rules', id]), message: `Unknown rule \`${id}\`${guess ? `; did you mean \`${guess}\`?` : '; `lih-lint --list-rules` lists them'}`})
        continue
      }
      const problem = applySetting(rules, rule, setting)
      if (problem) problems.push({file: source, ...whereKey(['rules', id]), message: `\`rules.${id}\`: ${problem}`})
    }
    const html = isPlainObject(file.html) ? file.html : undefined
    for (const key of ['selector', 'ignore'] as const) {
      const problem = typeof html?.[key] === 'string' ? selectorProblem(html[key]) : undefined
      if (problem) problems.push({file: source, ...where(['html', key]), message: `\`html.${key}\`: ${problem}`})
    }
    if (problems.length > 0) throw new DataFileError(problems)
    const factsPath = this.options.factsPath ?? (typeof file.facts === 'string' && parsed ? resolve(dirname(source), file.facts) : undefined)
    return {source, facts: loadFactsAt(factsPath, source, where, this.options.checkedRegistries), rules, ...(html ? {html: {...html}} : {})}
  }
}

function applySetting(rules: Map<string, ResolvedRule>, rule: Rule, setting: unknown): string | undefined {
  const [level, options] = Array.isArray(setting) ? setting : [setting, undefined]
  if (typeof level !== 'string' || !(levels as readonly string[]).includes(level) || (Array.isArray(setting) && setting.length > 2)) {
    return `should be one of \`off\`, \`info\`, \`warn\`, \`error\` or \`[level, {options}]\`, not ${JSON.stringify(setting)}`
  }
  if (level === 'off') {
    rules.delete(rule.id)
    return undefined
  }
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    return 'options should be a map, such as `[warn, {max: 30}]`'
  }
  const known = Object.keys(rule.defaults ?? {})
  for (const key of Object.keys(options ?? {})) {
    if (!known.includes(key)) {
      const guess = closest(key, known)
      return `unknown option \`${key}\`${guess ? `; did you mean \`${guess}\`?` : known.length > 0 ? `; options are ${known.map((k) => `\`${k}\``).join(', ')}` : '; this rule takes no options'}`
    }
  }
  const merged = {...rule.defaults, ...(options as object)}
  const problem = rule.validateOptions?.(merged as never)
  if (problem) return problem
  rules.set(rule.id, {severity: severityOf[level as 'info' | 'warn' | 'error'] as Severity, options: merged})
  return undefined
}

function loadFactsAt(path: string | undefined, configSource: string, where: (path: ReadonlyArray<string | number>) => {line: number; column: number}, checked?: CheckedRegistries) {
  if (path && !existsSync(path)) {
    const problem: DataProblem = {file: configSource, ...where(['facts']), message: `The facts registry \`${path}\` does not exist`}
    throw new DataFileError([problem])
  }
  return loadFacts(path, checked)
}
