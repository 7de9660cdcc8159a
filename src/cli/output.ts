// Writes stdout and stderr straight to their file descriptors when they are pipes, files or the
// null device. `process.stdout` and `process.stderr` are made on first use, and making them loads
// Node's stream machinery (for a pipe, net.Socket): ~5 ms of a run whose output goes to pipes, as
// in CI, a pre-commit hook or an editor's task (~3 ms to /dev/null), of a ~220 ms cold start. A
// terminal keeps its stream: it is where colour is wanted, and a Windows console needs the
// stream's conversion. So does a descriptor that cannot take a write at once (a non-blocking pipe
// that is full): from then on that output goes through its stream, which waits for the reader.
import {once} from 'node:events'
import {fstatSync, statSync, type Stats} from 'node:fs'
import {writeText, type WriteError} from '../engine/write-all.ts'

/** stdout or stderr. */
export type Output = 1 | 2

/** How each output is written, decided on first use. */
const modes: Array<'direct' | 'stream' | undefined> = []
/** The streams made for outputs that are terminals, or that stopped taking direct writes. */
const streams: Array<NodeJS.WriteStream | undefined> = []

/** Writes the text (in order after everything written to this output before). */
export function write(output: Output, text: string | Uint8Array): void {
  if (mode(output) === 'stream') {
    // A stream may hold what it is given until the reader takes it, and bytes may be a reused block: copied.
    stream(output).write(typeof text === 'string' ? text : Buffer.from(text))
    return
  }
  try {
    writeText(output, text)
  } catch (error) {
    const {code, written} = error as WriteError
    if (readerGone(code)) process.exit(141)
    if (code !== 'EAGAIN') throw error
    // The output goes through its stream from now on, the rest of this text first (the stream
    // keeps what it is given until the reader takes it, so bytes are copied: they may be a reused block).
    modes[output] = 'stream'
    const bytes = typeof text === 'string' ? Buffer.from(text) : text
    stream(output).write(Buffer.from(bytes.subarray(written)))
  }
}

/** Waits until the output's stream has passed on what it holds (at once for direct writes). */
export async function drained(output: Output): Promise<void> {
  const writing = streams[output]
  if (writing?.writableNeedDrain) await once(writing, 'drain')
}

/** Whether the output is a terminal (colour is then wanted). */
export function isTerminal(output: Output): boolean {
  return mode(output) === 'stream' && stream(output).isTTY === true
}

function mode(output: Output): 'direct' | 'stream' {
  let known = modes[output]
  if (known === undefined) {
    let stats: Stats | undefined
    try {
      stats = fstatSync(output)
    } catch {
      // Closed or unknown: the stream decides what to do with it.
    }
    known = stats && (stats.isFIFO() || stats.isFile() || stats.isSocket() || isNullDevice(stats)) ? 'direct' : 'stream'
    modes[output] = known
  }
  return known
}

function isNullDevice(stats: Stats): boolean {
  if (!stats.isCharacterDevice()) return false
  try {
    return statSync('/dev/null').rdev === stats.rdev
  } catch {
    return false
  }
}

function stream(output: Output): NodeJS.WriteStream {
  let made = streams[output]
  if (!made) {
    made = output === 1 ? process.stdout : process.stderr
    stopQuietlyOnBrokenPipe(made)
    streams[output] = made
  }
  return made
}

/** A reader that stops reading (`lih-lint … | head`, quitting `less`): stop at once and quietly, as a Unix tool killed by SIGPIPE does (exit 141), not with an "internal error" and a stack trace. */
export function stopQuietlyOnBrokenPipe(writing: NodeJS.WritableStream): void {
  writing.on('error', (error: NodeJS.ErrnoException) => {
    if (!readerGone(error.code)) throw error
    process.exit(141)
  })
}

/** The reader closed its end: EPIPE, or ECONNRESET when the output is a socket (Node's child processes get socket pairs) and the reader left unread data behind. */
function readerGone(code: string | undefined): boolean {
  return code === 'EPIPE' || code === 'ECONNRESET'
}
