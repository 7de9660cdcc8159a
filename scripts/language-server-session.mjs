// A short editor session with `lih-lint --lsp`, as an editor starts it: open a release, wait for
// its diagnostics, ask for the quick fixes of the first, edit the text, wait again, shut down.
// The build runs it to train the language server's code cache; the bench, to time a cold start.
// It speaks LSP through vscode-jsonrpc, as test/lsp.test.ts and VS Code's client do.
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'

/**
 * Resolves with the milliseconds from starting the server to its answer to `initialize` and to
 * the release's first diagnostics, once the server has exited; rejects when it does not finish
 * within `timeout` ms, answers an error or exits early.
 */
export async function languageServerSession(bin, file, {env = process.env, timeout = 30_000} = {}) {
  const path = resolve(file)
  const uri = pathToFileURL(path).href
  const text = readFileSync(path, 'utf8')
  const started = performance.now()
  const child = spawn(process.execPath, [resolve(bin), '--lsp', '--stdio'], {cwd: dirname(path), env, stdio: ['pipe', 'pipe', 'ignore']})
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit))
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  // A server that stops early closes its input: the race below says so.
  child.stdin.on('error', () => {})
  const diagnostics = []
  const waiting = []
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (params.uri !== uri) return
    diagnostics.push(params)
    waiting.splice(0).forEach((wake) => wake())
  })
  const published = (count) => new Promise((wake) => (diagnostics.length >= count ? wake() : waiting.push(wake))).then(() => diagnostics[count - 1])
  connection.listen()
  let timer
  let ending = false
  const session = async () => {
    const times = {}
    await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(dirname(path)).href, capabilities: {textDocument: {publishDiagnostics: {versionSupport: true}, codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source.fixAll']}}}}}})
    times.initialize = performance.now() - started
    await connection.sendNotification('initialized', {})
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
    const [first] = (await published(1)).diagnostics
    times.diagnostics = performance.now() - started
    const range = first?.range ?? {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
    await connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range, context: {diagnostics: first ? [first] : []}})
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: text.replace(/\n\n/, '\n\nAn edit to the release.\n\n')}]})
    await published(2)
    await connection.sendRequest('shutdown')
    ending = true
    await connection.sendNotification('exit')
    await exited
    return times
  }
  try {
    return await Promise.race([
      session(),
      // Exiting is the session's last step (it writes the code cache as it exits); before, a failure.
      exited.then(() => (ending ? new Promise(() => {}) : Promise.reject(new Error('the language server exited before the session ended')))),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`the language server did not finish its session within ${timeout} ms`)), timeout)))
    ])
  } finally {
    clearTimeout(timer)
    connection.dispose()
    child.kill()
  }
}
