// Text as UTF-8 bytes in memory of their own, for what a run holds until its report (packed files,
// cached reports). Buffer.from takes short strings out of Node's shared 8 kB pool: one packed
// report held then kept its whole slab alive, with the bytes of the releases read beside it, and a
// worker thread's answer was copied whole, slab and all (structured cloning copies a view's entire
// ArrayBuffer). 10,000 releases held 43 MB of array buffers for 21 MB of reports on one thread.
const encoder = new TextEncoder()

export function ownBytes(text: string): Uint8Array {
  return encoder.encode(text)
}
