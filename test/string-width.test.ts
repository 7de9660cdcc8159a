// The reporter's fast string width (aliased for string-width in the bundle) measures as string-width does.
import stringWidthOfAnyText from 'string-width'
import {describe, expect, it} from 'vitest'
import stringWidth from '../src/reporters/string-width.ts'

describe('string width for report columns', () => {
  it.each([
    'plain ASCII text',
    '“LIH” is used before the full name; write “Luxembourg Institute of Health (LIH)”',
    'Flesch–Kincaid grade 8.5 — café, naïve, Ελληνικά, русский',
    '\u001b[33mwarning\u001b[39m  7:1-7:4',
    '⚠ 1 warning',
    '✖ 2 errors',
    '日本語のテキスト',
    'emoji 🎉 party',
    'combining e\u0301 accent',
    ''
  ])('%j', (text) => {
    expect(stringWidth(text)).toBe(stringWidthOfAnyText(text))
  })
})
