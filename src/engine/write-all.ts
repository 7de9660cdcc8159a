import {writeSync} from 'node:fs'

/** Writes every byte (writeSync may write fewer than it is given). */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done)
}
