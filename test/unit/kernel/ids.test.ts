import { describe, expect, it } from 'vitest'
import { isUuid } from '../../../src/kernel/ids.js'

describe('isUuid', () => {
  it.each([
    ['0b6e5b7a-1c2d-4e3f-8a9b-0c1d2e3f4a5b', true],
    ['00000000-0000-0000-0000-000000000000', true],
    // upper case is refused: callers that accept a hand-typed id lower-case it first
    ['0B6E5B7A-1C2D-4E3F-8A9B-0C1D2E3F4A5B', false],
    ['0b6e5b7a1c2d4e3f8a9b0c1d2e3f4a5b', false],
    ['------------------------------------', false],
    ['0b6e5b7a-1c2d-4e3f-8a9b-0c1d2e3f4a5b ', false],
    ['0b6e5b7a-1c2d-4e3f-8a9b-0c1d2e3f4a5g', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isUuid(value)).toBe(expected)
  })
})
