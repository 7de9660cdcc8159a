// A short editor session with `lih-lint --lsp`, as an editor starts it: open a release, wait for
// its diagnostics, ask for the quick fixes of the first, edit the text, wait again, shut down.
// The build runs it to train the language server's code cache; the bench, to time a cold start.
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'

/**
 * Resolves with the milliseconds from starting the server to its answer to `initialize` and to
 * the release's first diagnostics, once the server has exited; rejects when it does not finish
 * within `timeout` ms or answers an error.
 */
export function languageServerSession(bin, file, {env = process.env, timeout = 30_000} = {}) {
  const path = resolve(file)
  const uri = pathToFileURL(path).href
  const text = readFileSync(path, 'utf8')
  const started = performance.now()
  const child = spawn(process.execPath, [resolve(bin), '--lsp', '--stdio'], {cwd: dirname(path), env, stdio: ['pipe', 'pipe', 'ignore']})
  const times = {}
  let input = Buffer.alloc(0)
  let diagnosticsSeen = 0
  const send = (message) => {
    const body = JSON.stringify({jsonrpc: '2.0', ...message})
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
  }
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill()
      reject(new Error(`the language server did not finish its session within ${timeout} ms`))
    }, timeout)
    const fail = (error) => {
      clearTimeout(timer)
      child.kill()
      reject(error)
    }
    child.on('error', fail)
    // A server that stops early closes its input: the exit handler below says so.
    child.stdin.on('error', () => {})
    child.on('exit', () => {
      clearTimeout(timer)
      if (times.diagnostics === undefined) reject(new Error('the language server exited before publishing diagnostics'))
      else resolvePromise(times)
    })
    child.stdout.on('data', (data) => {
      input = Buffer.concat([input, data])
      for (;;) {
        const headerEnd = input.indexOf('\r\n\r\n')
        if (headerEnd === -1) return
        const length = Number(/Content-Length: *(\d+)/i.exec(input.subarray(0, headerEnd).toString('latin1'))?.[1])
        if (input.length < headerEnd + 4 + length) return
        const message = JSON.parse(input.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'))
        input = input.subarray(headerEnd + 4 + length)
        if (message.error) return fail(new Error(`the language server answered an error: ${message.error.message}`))
        answer(message)
      }
    })
    function answer(message) {
      // A request of the server's own (none is expected from this client's capabilities): accepted.
      if (message.method && message.id !== undefined) return send({id: message.id, result: null})
      if (message.id === 1) {
        times.initialize = performance.now() - started
        send({method: 'initialized', params: {}})
        send({method: 'textDocument/didOpen', params: {textDocument: {uri, languageId: 'markdown', version: 1, text}}})
      } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri) {
        diagnosticsSeen++
        if (diagnosticsSeen === 1) {
          times.diagnostics = performance.now() - started
          const [first] = message.params.diagnostics
          const range = first?.range ?? {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
          send({id: 2, method: 'textDocument/codeAction', params: {textDocument: {uri}, range, context: {diagnostics: first ? [first] : []}}})
        } else if (diagnosticsSeen === 2) {
          send({id: 3, method: 'shutdown'})
        }
      } else if (message.id === 2) {
        send({method: 'textDocument/didChange', params: {textDocument: {uri, version: 2}, contentChanges: [{text: text.replace(/\n\n/, '\n\nAn edit to the release.\n\n')}]}})
      } else if (message.id === 3) {
        send({method: 'exit'})
        child.stdin.end()
      }
    }
    send({id: 1, method: 'initialize', params: {processId: process.pid, rootUri: pathToFileURL(dirname(path)).href, capabilities: {textDocument: {publishDiagnostics: {versionSupport: true}, codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source.fixAll']}}}}}}})
  })
}
