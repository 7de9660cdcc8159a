// Writes stdout and stderr straight to their file descriptors when they are pipes, files or the
// null device. `process.stdout` and `process.stderr` are made on first use, and making them loads
// Node's stream machinery (for a pipe, net.Socket): ~5 ms of a run whose output goes to pipes, as
// in CI, a pre-commit hook or an editor's task (~3 ms to /dev/null), of a ~220 ms cold start. A
// terminal keeps its stream: it is where colour is wanted, and a Windows console needs the
// stream's conversion. So does a descriptor that cannot take a write at once (a non-blocking pipe
// that is full): from then on that output goes through its stream, which waits for the reader.
import {fstatSync, statSync, writeSync, type Stats} from 'node:fs'
import {once} from 'node:events'

/** stdout or stderr. */
export type Output = 1 | 2

/** How each output is written, decided on first use. */
const modes: Array<'direct' | 'stream' | undefined> = []
/** The streams made for outputs that are terminals, or that stopped taking direct writes. */
const streams: Array<NodeJS.WriteStream | undefined> = []
/** Strings are encoded into this block, so a large report does not touch new memory for each batch. */
const block = new Uint8Array(64 * 1024)
const encoder = new TextEncoder()

/** Writes the text (in order after everything written to this output before). */
export function write(output: Output, text: string | Uint8Array): void {
  if (mode(output) === 'stream') {
    stream(output).write(text)
    return
  }
  if (typeof text !== 'string') {
    writeBytes(output, text)
    return
  }
  for (let read = 0; read < text.length; ) {
    const encoded = encoder.encodeInto(read === 0 ? text : text.slice(read), block)
    read += encoded.read
    if (!writeBytes(output, block.subarray(0, encoded.written))) {
      // The output now goes through its stream: the rest of the text too.
      if (read < text.length) stream(output).write(text.slice(read))
      return
    }
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

/** Writes every byte; false when the output switched to its stream, which took the rest. */
function writeBytes(output: Output, bytes: Uint8Array): boolean {
  let done = 0
  try {
    while (done < bytes.length) done += writeSync(output, bytes, done, bytes.length - done)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (readerGone(code)) process.exit(141)
    if (code !== 'EAGAIN') throw error
    modes[output] = 'stream'
    // The stream keeps what it is given until the reader takes it: a copy, as the block is reused.
    stream(output).write(Uint8Array.prototype.slice.call(bytes, done))
    return false
  }
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
