import { describe, expect, it } from 'vitest'
import { cleanText, REMOVED_CHARACTERS } from '../../../src/http/form-text.js'

const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

describe('cleanText', () => {
  it.each(REMOVED_CHARACTERS.map((ch) => [hex(ch), ch]))('removes %s', (_, ch) => {
    expect(cleanText(`张${ch}秀${ch}${ch}英`)).toBe('张秀英')
  })

  it('counts 71 characters nobody types: C0 and C1 controls and the bidi controls', () => {
    expect(REMOVED_CHARACTERS).toHaveLength(29 + 33 + 5 + 4)
  })

  it.each([
    ['tab, line feed and carriage return', '第一行\r\n第二行\t缩进'],
    ['Chinese, emoji and accented Latin', '张秀英 😀 café'],
    ['the left-to-right and right-to-left marks (not overrides)', 'a\u200eb\u200fc'],
    ['replacement character of a lone surrogate', 'a\ufffdb'],
  ])('keeps %s', (_, text) => {
    expect(cleanText(text)).toBe(text)
  })
})
