// The SARIF 2.1.0 report (`--format sarif`), for GitHub code scanning and other SARIF viewers: one
// run, every rule with its docs (summary, why, help as Markdown, link), and one result per message
// with its region and, where the message offers replacements, one SARIF fix per alternative.
// Columns are UTF-16 code units (vfile's, and SARIF's default `columnKind`).
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import {rules as allRules} from '../../rules/index.ts'
import {renderRuleDoc} from '../engine/docs.ts'
import {docsBase, hasInternalError, type LintMessage} from '../engine/lint.ts'
import type {Rule, Severity} from '../engine/rule.ts'

export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json'

type Level = 'error' | 'warning' | 'note'

export interface SarifOptions {
  version: string
  /** The folder file paths are relative to (`%SRCROOT%`); the working directory by default. */
  cwd?: string
  rules?: readonly Rule[]
}

export function reportSarif(files: Iterable<VFile>, options: SarifOptions): string {
  return [...sarifChunks(files, options)].join('')
}

/**
 * The same report a file at a time, for a run that writes it as its files are read back: the text
 * of `JSON.stringify(log, null, 2)`, each result stringified alone and indented to its place. The
 * whole log of 10,000 releases (58 MB of text) peaked at 500 MB. `invocations` follows the results,
 * as whether every file could be checked is known only at the end.
 */
export function* sarifChunks(files: Iterable<VFile>, options: SarifOptions): Generator<string> {
  const rules = options.rules ?? allRules
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const descriptors = rules.map(descriptorOf)
  // The log with a marker for its results, cut where the marker stands.
  const marker = '\u0000results'
  const quoted = JSON.stringify(marker)
  const skeleton = (executionSuccessful: boolean) => {
    const text = JSON.stringify(logOf(descriptors, options, [marker], executionSuccessful), null, 2)
    const at = text.indexOf(quoted)
    const open = text.lastIndexOf('[', at) + 1
    return {head: text.slice(0, open), indent: text.slice(open + 1, at), tail: text.slice(at + quoted.length)}
  }
  const {head, indent, tail} = skeleton(true)
  yield head
  let count = 0
  let failed = false
  for (const file of files) {
    if (hasInternalError(file)) failed = true
    for (const message of file.messages as LintMessage[]) {
      const result = JSON.stringify(resultOf(file, message, ruleIndex), null, 2).replaceAll('\n', '\n' + indent)
      yield (count++ === 0 ? '\n' : ',\n') + indent + result
    }
  }
  const end = failed ? skeleton(false).tail : tail
  // No results: `[]`, as JSON.stringify writes an empty array.
  yield count === 0 ? end.trimStart() : end
}

function logOf(descriptors: unknown[], options: SarifOptions, results: unknown[], executionSuccessful: boolean) {
  return {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lih-lint',
            version: options.version,
            semanticVersion: options.version,
            informationUri: 'https://github.com/lih-lint/lih-lint',
            rules: descriptors
          }
        },
        originalUriBaseIds: {'%SRCROOT%': {uri: directoryUri(options.cwd ?? process.cwd())}},
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [{executionSuccessful}]
      }
    ]
  }
}

function resultOf(file: VFile, message: LintMessage, ruleIndex: Map<string, number>) {
  const index = message.ruleId === undefined ? undefined : ruleIndex.get(message.ruleId)
  const artifactLocation = artifactOf(file.path ?? message.file ?? 'stdin')
  const region = regionOf(message)
  return {
    ruleId: message.ruleId ?? 'lih-lint',
    ...(index === undefined ? {} : {ruleIndex: index}),
    level: levelOf(message),
    message: {text: message.reason},
    locations: [{physicalLocation: {artifactLocation, ...(region ? {region} : {})}}],
    ...(region && message.expected && message.expected.length > 0 && message.actual !== undefined
      ? {
          fixes: message.expected.map((text) => ({
            description: {text: text === '' ? `Delete “${message.actual}”` : `Replace “${message.actual}” with “${text}”`},
            artifactChanges: [{artifactLocation, replacements: [{deletedRegion: region, insertedContent: {text}}]}]
          }))
        }
      : {}),
    ...(message.fixKind || message.url ? {properties: {...(message.fixKind ? {fixKind: message.fixKind} : {}), ...(message.url ? {helpUri: message.url} : {})}} : {})
  }
}

function descriptorOf(rule: Rule) {
  return {
    id: rule.id,
    name: camelCase(rule.id),
    shortDescription: {text: rule.summary},
    fullDescription: {text: rule.why},
    help: {text: `${rule.summary}\n\n${rule.why}\n\n${docsBase}#${rule.id}`, markdown: renderRuleDoc(rule)},
    helpUri: `${docsBase}#${rule.id}`,
    defaultConfiguration: {enabled: rule.recommended !== false, level: levelOfSeverity(rule.severity)},
    properties: {tags: ['press-release', rule.category], category: rule.category, fixKind: rule.fix}
  }
}

function levelOf(message: LintMessage): Level {
  if (message.severity) return levelOfSeverity(message.severity)
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note'
}

function levelOfSeverity(severity: Severity): Level {
  return severity === 'info' ? 'note' : severity
}

function regionOf(message: LintMessage) {
  const place = message.place
  if (!place) return undefined
  const start = 'start' in place ? place.start : place
  const end = 'end' in place ? place.end : place
  if (!start.line) return undefined
  return {
    startLine: start.line,
    startColumn: start.column ?? 1,
    endLine: end.line ?? start.line,
    endColumn: end.column ?? start.column ?? 1
  }
}

/** A path relative to `%SRCROOT%`, as a URI reference (forward slashes, percent-encoded). */
function artifactOf(path: string) {
  const segments = path.split(/[\\/]/).map((segment) => encodeURIComponent(segment))
  return {uri: segments.join('/'), uriBaseId: '%SRCROOT%'}
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href
  return href.endsWith('/') ? href : href + '/'
}

function camelCase(id: string): string {
  return id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/^\w/, (letter) => letter.toUpperCase())
}
