import { describe, expect, it } from 'vitest'
import { formatFileSize } from '../../../src/kernel/file-size.js'

describe('formatFileSize', () => {
  it.each([
    [0, '0 KB'],
    [20, '0.1 KB'],
    [500, '0.5 KB'],
    [1536, '1.5 KB'],
    [5120, '5.0 KB'],
    [1023 * 1024, '1023.0 KB'],
    [1024 * 1024 - 1, '1.0 MB'],
    [1024 * 1024, '1.0 MB'],
    [20 * 1024 * 1024, '20.0 MB'],
  ])('%i bytes → %s', (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected)
  })

  it('refuses negative sizes', () => {
    expect(() => formatFileSize(-1)).toThrow(RangeError)
  })
})
