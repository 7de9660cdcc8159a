// Whether the stylish report is coloured. vfile-reporter asks supports-color, which loads node:tty
// and node:os when the bundle starts (~3–7 ms of every run, coloured or not); the cases it settles
// are few enough to settle here: FORCE_COLOR wins, then NO_COLOR (no-color.org), then a terminal
// that is not TERM=dumb.
export function wantsColor(stream: {isTTY?: boolean}, env: Record<string, string | undefined> = process.env): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (env.NO_COLOR) return false
  return stream.isTTY === true && env.TERM !== 'dumb'
}
