// The language server (`lih-lint --lsp`, or the `lih-lint-language-server` bin): LSP over stdio on
// vscode-languageserver. Diagnostics on open, change and save, with rule ids and links to the
// rule docs; one quick fix per `expected` alternative (preferred when safe and single), and a
// "fix all" source action that applies what `--fix` would. Config and registry are found from the
// document's folder (ConfigFinder) and re-read when a config file or the registry changes on disk,
// noticed both by the client's file watcher and by re-checking their modification times.
// Loaded only for `--lsp`: the normal lint path never imports vscode-languageserver.
import {statSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeResult
} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {ConfigFinder, configNames, type LoadOptions} from '../config/load.ts'
import type {ResolvedConfig} from '../config/types.ts'
import {DataFileError} from '../engine/data-file.ts'
import {editsOf, fix} from '../engine/fix.ts'
import {lint, type LintMessage} from '../engine/lint.ts'
import type {FixKind} from '../engine/rule.ts'
import type {SourceFormat} from '../engine/parse.ts'
import {clearFactsCache} from '../facts/load.ts'

/** What a diagnostic carries back to the server for its code actions. */
interface DiagnosticData {
  actual?: string
  expected?: string[]
  fixKind?: FixKind
}

export const fixAllKind = `${CodeActionKind.SourceFixAll}.lih-lint`

export function startServer(options: LoadOptions = {}, streams: {input: NodeJS.ReadableStream; output: NodeJS.WritableStream} = {input: process.stdin, output: process.stdout}): Promise<void> {
  const connection = createConnection(ProposedFeatures.all, streams.input, streams.output)
  const server = new LihLintServer(connection, options)
  server.listen()
  return new Promise((resolve) => connection.onExit(() => resolve()))
}

class LihLintServer {
  private readonly documents = new TextDocuments(TextDocument)
  private finder: ConfigFinder
  /** Per folder: modification times of the config files and registry its documents were linted with. */
  private readonly stamps = new Map<string, string>()
  private watching = false
  private rootPath: string | undefined
  /** Latest lint per document, so a slow lint of an old version never overwrites a newer one. */
  private readonly pending = new Map<string, number>()

  constructor(
    private readonly connection: Connection,
    private readonly options: LoadOptions
  ) {
    this.finder = new ConfigFinder(options)
  }

  listen(): void {
    const {connection, documents} = this
    connection.onInitialize((params): InitializeResult => {
      const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri
      this.rootPath = folder?.startsWith('file:') ? fileURLToPath(folder) : undefined
      this.watching = Boolean(params.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration)
      return {
        capabilities: {
          textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
          codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]}
        },
        serverInfo: {name: 'lih-lint'}
      }
    })
    connection.onInitialized(() => {
      if (!this.watching) return
      // Config files by name; registries can be called anything, so any YAML or JSON file counts.
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [...configNames.map((name) => ({globPattern: `**/${name}`})), {globPattern: '**/package.json'}, {globPattern: '**/*.{yaml,yml,json}'}]
      })
    })
    connection.onDidChangeWatchedFiles(() => {
      this.reset()
      for (const document of documents.all()) void this.validate(document)
    })
    documents.onDidOpen((event) => void this.validate(event.document))
    documents.onDidChangeContent((event) => void this.validate(event.document))
    documents.onDidSave((event) => void this.validate(event.document))
    documents.onDidClose((event) => {
      this.pending.delete(event.document.uri)
      void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []})
    })
    connection.onCodeAction(async (params) => {
      const document = documents.get(params.textDocument.uri)
      if (!document) return []
      const wanted = params.context.only
      const actions: CodeAction[] = []
      if (!wanted || wanted.some((kind) => CodeActionKind.QuickFix.startsWith(kind) || kind === CodeActionKind.QuickFix)) {
        actions.push(...this.quickFixes(document, params.context.diagnostics))
      }
      if (wanted?.some((kind) => fixAllKind.startsWith(kind))) {
        const action = await this.fixAll(document)
        if (action) actions.push(action)
      }
      return actions
    })
    documents.listen(connection)
    connection.listen()
  }

  /** A new finder (and registry cache) when a config file or registry changed. */
  private reset(): void {
    this.finder = new ConfigFinder(this.options)
    clearFactsCache()
  }

  private configFor(path: string | undefined): ResolvedConfig {
    const folder = path ? dirname(path) : (this.rootPath ?? process.cwd())
    const probe = path ?? join(folder, 'untitled.md')
    const stampNow = () => {
      const config = this.finder.forFile(probe)
      return {config, stamp: `${stampOf(folder, this.options)}|${config.facts.source}:${mtimeOf(config.facts.source)}`}
    }
    let {config, stamp} = stampNow()
    const last = this.stamps.get(folder)
    if (last !== undefined && last !== stamp) {
      // A config file or the registry changed on disk since this folder was last linted.
      this.reset()
      ;({config, stamp} = stampNow())
    }
    this.stamps.set(folder, stamp)
    return config
  }

  private async lintDocument(document: TextDocument) {
    const path = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined
    const shown = path ? (this.rootPath ? relative(this.rootPath, path) : path) : document.uri
    const format = path ? undefined : document.languageId === 'plaintext' ? 'text' : document.languageId === 'html' ? 'html' : 'markdown'
    const config = this.configFor(path)
    return {config, shown, format: format as SourceFormat | undefined, result: await lint(document.getText(), {path: path ?? shown, config, ...(format ? {format} : {})})}
  }

  private async validate(document: TextDocument): Promise<void> {
    const {uri, version} = document
    this.pending.set(uri, version)
    let diagnostics: Diagnostic[]
    try {
      const {result} = await this.lintDocument(document)
      diagnostics = (result.file.messages as LintMessage[]).map((message) => toDiagnostic(message, document))
    } catch (error) {
      // A broken config or registry (or anything else that stops the check): say so on the
      // document, at its top, and keep serving — an editor's server must not die on one file.
      const known = error instanceof DataFileError
      if (!known) this.connection.console.error(`lih-lint: ${(error as Error)?.stack ?? error}`)
      diagnostics = [
        {
          range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
          severity: DiagnosticSeverity.Error,
          source: 'lih-lint',
          code: known ? 'config' : 'internal-error',
          message: known ? (error as Error).message : `lih-lint could not check this document (${(error as Error)?.message ?? error})`
        }
      ]
    }
    if (this.pending.get(uri) !== version) return
    await this.connection.sendDiagnostics({uri, version, diagnostics})
  }

  private quickFixes(document: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
    const text = document.getText()
    const actions: CodeAction[] = []
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== 'lih-lint') continue
      const data = diagnostic.data as DiagnosticData | undefined
      if (!data?.expected?.length || data.actual === undefined) continue
      const start = document.offsetAt(diagnostic.range.start)
      const end = document.offsetAt(diagnostic.range.end)
      // As `editsOf`: only when the text there still says what the rule read.
      const edits = editsOf({place: {start: {offset: start, line: 0, column: 0}, end: {offset: end, line: 0, column: 0}}, actual: data.actual, expected: data.expected} as never, text)
      for (const edit of edits) {
        actions.push({
          title: edit.text === '' ? `Delete “${data.actual}” (${diagnostic.code})` : `Replace with “${edit.text}” (${diagnostic.code})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: data.fixKind === 'safe' && data.expected.length === 1,
          edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: edit.text}]}}
        })
      }
    }
    return actions
  }

  /** Everything `--fix` would change, as one edit of the whole document. */
  private async fixAll(document: TextDocument): Promise<CodeAction | undefined> {
    const text = document.getText()
    let fixed: string
    try {
      const {config, shown, format} = await this.lintDocument(document)
      fixed = (await fix(text, {path: shown, config, ...(format ? {format} : {})})).text
    } catch {
      return undefined
    }
    if (fixed === text) return undefined
    return {
      title: 'Fix all safe lih-lint problems',
      kind: fixAllKind,
      edit: {changes: {[document.uri]: [{range: {start: {line: 0, character: 0}, end: document.positionAt(text.length)}, newText: fixed}]}}
    }
  }
}

function toDiagnostic(message: LintMessage, document: TextDocument): Diagnostic {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : start
  const range =
    start?.offset !== undefined && end?.offset !== undefined
      ? {start: document.positionAt(start.offset), end: document.positionAt(end.offset)}
      : {start: {line: Math.max(0, (start?.line ?? 1) - 1), character: Math.max(0, (start?.column ?? 1) - 1)}, end: {line: Math.max(0, (end?.line ?? 1) - 1), character: Math.max(0, (end?.column ?? 1) - 1)}}
  const data: DiagnosticData = message.expected ? {actual: message.actual, expected: message.expected, fixKind: message.fixKind} : {}
  return {
    range,
    severity: message.fatal === true ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: 'lih-lint',
    ...(message.ruleId ? {code: message.ruleId} : {}),
    ...(message.url ? {codeDescription: {href: message.url}} : {}),
    message: message.reason,
    data
  }
}

/** Modification times of every config file that could apply to files in `folder`. */
function stampOf(folder: string, options: LoadOptions): string {
  const parts: string[] = []
  if (options.configPath) parts.push(`${options.configPath}:${mtimeOf(options.configPath)}`)
  else {
    for (let current = folder; ; current = dirname(current)) {
      for (const name of [...configNames, 'package.json']) {
        const time = mtimeOf(join(current, name))
        if (time) parts.push(`${join(current, name)}:${time}`)
      }
      if (dirname(current) === current) break
    }
  }
  return parts.join(',')
}

function mtimeOf(path: string): string {
  try {
    const stats = statSync(path)
    return `${stats.mtimeMs}/${stats.size}`
  } catch {
    return ''
  }
}

