// VFileMessage extends Error, so each one captures a stack trace when it is made, which it then
// overwrites (vfile-message sets `stack` itself). A corpus run makes thousands (and a cached run
// rebuilds every message it reads back): made without the capture, they are the same messages.
import {VFileMessage, type Options} from 'vfile-message'

export function newMessage(reason: string, options: Options): VFileMessage {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return new VFileMessage(reason, options)
  } finally {
    Error.stackTraceLimit = limit
  }
}
