// The language server, driven over stdio by a real LSP client connection (vscode-jsonrpc, as
// VS Code's client uses it): initialize, open a release with defects, receive diagnostics, ask
// for code actions, apply one, see the diagnostic go; then change the config on disk.
import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {CodeAction, Diagnostic, InitializeResult, PublishDiagnosticsParams} from 'vscode-languageserver-protocol'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, workspace} from './helpers.ts'

const sample = readFileSync(join(root, 'fixtures/sample-release.md'), 'utf8')

describe('lih-lint --lsp', () => {
  let child: ChildProcess
  let connection: MessageConnection
  let initialized: InitializeResult
  const published: PublishDiagnosticsParams[] = []
  const waiters: Array<{match: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void}> = []
  const dir = mkdtempSync(join(tmpdir(), 'lih-lint-lsp-'))
  const path = join(dir, 'release.md')
  const uri = pathToFileURL(path).href
  writeFileSync(path, sample)
  let document = TextDocument.create(uri, 'markdown', 1, sample)

  /** The next diagnostics for this document that satisfy `match` (already received or to come). */
  function diagnostics(match: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const seen = published.find(match)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve) => waiters.push({match, resolve}))
  }
  const forVersion = (version: number) => diagnostics((params) => params.uri === uri && params.version === version)

  beforeAll(async () => {
    child = spawn(process.execPath, [join(root, 'bin/lih-lint.js'), '--lsp', '--stdio'], {cwd: dir, stdio: ['pipe', 'pipe', 'inherit']})
    connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      published.push(params)
      for (const waiter of [...waiters]) {
        if (waiter.match(params)) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve(params)
        }
      }
    })
    connection.onRequest('client/registerCapability', () => null)
    connection.listen()
    initialized = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{uri: pathToFileURL(dir).href, name: 'releases'}],
      capabilities: {
        workspace: {didChangeWatchedFiles: {dynamicRegistration: true}},
        textDocument: {
          publishDiagnostics: {versionSupport: true, codeDescriptionSupport: true, dataSupport: true},
          codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source.fixAll']}}, isPreferredSupport: true, dataSupport: true}
        }
      }
    })
    await connection.sendNotification('initialized', {})
  })

  afterAll(async () => {
    await connection.sendRequest('shutdown').catch(() => {})
    await connection.sendNotification('exit').catch(() => {})
    await new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve(null)))
    connection.dispose()
  })

  it('advertises incremental sync and quick fixes', () => {
    expect(initialized.capabilities.codeActionProvider).toMatchObject({codeActionKinds: expect.arrayContaining(['quickfix'])})
    expect(initialized.capabilities.textDocumentSync).toMatchObject({openClose: true, change: 2})
  })

  it('publishes diagnostics on open with rule ids, severities and links to the rule docs', async () => {
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: sample}})
    const {diagnostics: found} = await forVersion(1)
    const spacing = found.find((diagnostic) => diagnostic.code === 'space-after-full-stop')!
    expect(spacing).toMatchObject({source: 'lih-lint', severity: 2, codeDescription: {href: expect.stringMatching(/rules\/README\.md#space-after-full-stop$/)}})
    expect(document.getText(spacing.range)).toBe('.')
    const variant = found.find((diagnostic) => diagnostic.code === 'org-name-variant')!
    expect(variant.severity).toBe(1)
    expect(document.getText(variant.range)).toBe('Luxemburg Institute of Health')
  })

  it('offers a quick fix per alternative; applying the preferred one makes the diagnostic go', async () => {
    const {diagnostics: found} = await forVersion(1)
    const spacing = found.find((diagnostic) => diagnostic.code === 'space-after-full-stop')!
    const actions: CodeAction[] = await connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: spacing.range,
      context: {diagnostics: [spacing], only: ['quickfix']}
    })
    expect(actions).toHaveLength(1)
    const [action] = actions
    expect(action).toMatchObject({kind: 'quickfix', isPreferred: true, title: expect.stringContaining('space-after-full-stop')})
    const edits = action.edit!.changes![uri]
    const text = TextDocument.applyEdits(document, edits)
    expect(text).toContain('tumour. Once there')
    // The client applies the edit and sends the change as the server asked: incrementally.
    await connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: edits.map((edit) => ({range: edit.range, text: edit.newText}))
    })
    document = TextDocument.create(uri, 'markdown', 2, text)
    const after = await forVersion(2)
    expect(after.diagnostics.some((diagnostic: Diagnostic) => diagnostic.code === 'space-after-full-stop')).toBe(false)
    expect(after.diagnostics.some((diagnostic: Diagnostic) => diagnostic.code === 'org-name-variant')).toBe(true)
  })

  it('marks a suggestion as not preferred, and offers nothing once the text no longer says what the rule read', async () => {
    const {diagnostics: found} = await forVersion(2)
    const acronym = found.find((diagnostic) => diagnostic.code === 'org-first-mention')!
    const actions: CodeAction[] = await connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: acronym.range, context: {diagnostics: [acronym]}})
    expect(actions.length).toBeGreaterThan(0)
    expect(actions.every((action) => action.isPreferred === false)).toBe(true)
    const stale = {...acronym, data: {...acronym.data, actual: 'something else'}}
    expect(await connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: acronym.range, context: {diagnostics: [stale]}})).toEqual([])
  })

  it('offers "fix all" as a source action, equal to --fix', async () => {
    const actions: CodeAction[] = await connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics: [], only: ['source.fixAll']}
    })
    expect(actions).toHaveLength(1)
    const fixed = TextDocument.applyEdits(document, actions[0].edit!.changes![uri])
    expect(fixed).toContain('funded by the Luxembourg Institute of Health and')
    expect(fixed).toContain('\nLIH scientists have described')
  })

  it('lints HTML pages, saved or untitled, at their HTML positions', async () => {
    const page = readFileSync(join(root, 'fixtures/html/lih-immune-cells.html'), 'utf8')
    for (const [pageUri, languageId] of [[pathToFileURL(join(dir, 'release.html')).href, 'html'], ['untitled:Untitled-1', 'html']]) {
      await connection.sendNotification('textDocument/didOpen', {textDocument: {uri: pageUri, languageId, version: 1, text: page}})
      const {diagnostics: found} = await diagnostics((params) => params.uri === pageUri)
      const shown = TextDocument.create(pageUri, languageId, 1, page)
      const variants = found.filter((diagnostic) => diagnostic.code === 'org-name-variant')
      // One in the article; the nav, title, aside and footer say it too and are not the release.
      expect(variants.map((diagnostic) => [diagnostic.range.start.line + 1, shown.getText(diagnostic.range)])).toEqual([[39, 'Luxemburg Institute of Health']])
      await connection.sendNotification('textDocument/didClose', {textDocument: {uri: pageUri}})
    }
  })

  it('re-reads the config when it changes on disk', async () => {
    writeFileSync(join(dir, '.lihlintrc.yaml'), 'rules:\n  org-name-variant: off\n')
    await connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(join(dir, '.lihlintrc.yaml')).href, type: 1}]})
    const after = await diagnostics((params) => params.uri === uri && params.version === 2 && !params.diagnostics.some((diagnostic) => diagnostic.code === 'org-name-variant'))
    expect(after.diagnostics.some((diagnostic) => diagnostic.code === 'org-first-mention')).toBe(true)
  })

  it('notices a config change without a watcher event, on the next edit', async () => {
    writeFileSync(join(dir, '.lihlintrc.yaml'), 'rules:\n  org-first-mention: off\n')
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 3}, contentChanges: [{text: document.getText()}]})
    const after = await forVersion(3)
    expect(after.diagnostics.some((diagnostic) => diagnostic.code === 'org-first-mention')).toBe(false)
    expect(after.diagnostics.some((diagnostic) => diagnostic.code === 'org-name-variant')).toBe(true)
  })

  it('re-reads the registry the config names when it changes on disk', async () => {
    const registry = readFileSync(join(root, 'src/facts/lih.yaml'), 'utf8')
    writeFileSync(join(dir, 'house.yaml'), registry)
    writeFileSync(join(dir, '.lihlintrc.yaml'), 'facts: house.yaml\n')
    await connection.sendNotification('textDocument/didSave', {textDocument: {uri}})
    const before = await diagnostics((params) => params.uri === uri && params.version === 3 && params.diagnostics.some((diagnostic) => diagnostic.code === 'org-first-mention'))
    expect(before.diagnostics.some((diagnostic) => diagnostic.code === 'org-name-variant')).toBe(true)
    // The house adds a wrong form to its registry; no watcher event, just the next save.
    const variants = (params: typeof before) => params.diagnostics.filter((diagnostic) => diagnostic.code === 'org-name-variant').length
    expect(registry).toContain('      - Luxemburg Institute of Health\n')
    writeFileSync(join(dir, 'house.yaml'), registry.replace('      - Luxemburg Institute of Health\n', '      - Luxemburg Institute of Health\n      - NorLux Neuro-Oncology Laboratory\n'))
    published.length = 0
    await connection.sendNotification('textDocument/didSave', {textDocument: {uri}})
    const after = await diagnostics((params) => params.uri === uri)
    expect(variants(after)).toBe(variants(before) + 1)
    expect(after.diagnostics.some((diagnostic) => diagnostic.code === 'org-first-mention')).toBe(true)
  })

  it('shows a broken config on the document instead of failing', async () => {
    writeFileSync(join(dir, '.lihlintrc.yaml'), 'rules:\n  org-name-varaint: off\n')
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 4}, contentChanges: [{text: document.getText()}]})
    const after = await forVersion(4)
    expect(after.diagnostics).toHaveLength(1)
    expect(after.diagnostics[0]).toMatchObject({code: 'config', severity: 1, message: expect.stringMatching(/Unknown rule `org-name-varaint`; did you mean `org-name-variant`/)})
  })
})

describe('the language server’s start', () => {
  it('runs from a bundle of its own with the server inside, compiled from its code cache', async () => {
    // Loaded from its ES module build, the server brought a second copy of the engine, compiled
    // from source at every editor start. A probe preloaded into the server (NODE_OPTIONS leaves
    // V8's flags alone, so the build's cache still applies) records each script compiled, and how.
    const probe = "const vm = require('node:vm'), fs = require('node:fs'), path = require('node:path')\n" +
      'const Script = vm.Script\n' +
      'vm.Script = class extends Script {\n' +
      '  constructor(source, options) {\n' +
      '    super(source, options)\n' +
      "    fs.appendFileSync(process.env.PROBE_OUT, `${path.basename(options.filename)} ${this.cachedDataRejected === false ? 'accepted' : 'compiled'}\\n`)\n" +
      '  }\n' +
      '}\n'
    const dir = workspace({'probe.cjs': probe, 'release.md': sample})
    const out = join(dir, 'probe.out')
    // @ts-expect-error: a build script without types
    const {languageServerSession} = await import('../scripts/language-server-session.mjs')
    await languageServerSession(join(root, 'bin/lih-lint.js'), join(dir, 'release.md'), {env: {...process.env, NODE_OPTIONS: `--require ${join(dir, 'probe.cjs')}`, PROBE_OUT: out}})
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean)).toEqual(['lih-lint-server.cjs accepted'])
  })
})
