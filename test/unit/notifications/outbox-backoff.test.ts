import { describe, expect, it } from 'vitest'
import { MAX_SEND_ATTEMPTS, retryDelayMs } from '../../../src/notifications/outbox-backoff.js'

const SECOND = 1_000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const middle = () => 0.5

describe('retryDelayMs', () => {
  it.each([
    [1, 30 * SECOND],
    [2, 1 * MINUTE],
    [3, 2 * MINUTE],
    [4, 4 * MINUTE],
    [5, 8 * MINUTE],
    [6, 16 * MINUTE],
    [7, 32 * MINUTE],
    [8, 1 * HOUR],
    [19, 1 * HOUR],
    [1_000, 1 * HOUR],
  ])('after attempt %i waits %i ms (no jitter)', (attempt, expected) => {
    expect(retryDelayMs(attempt, middle)).toBe(expected)
  })

  it.each([
    [1, 0, 27 * SECOND],
    [1, 1, 33 * SECOND],
    [3, 0, 108 * SECOND],
    [3, 0.999999, 132 * SECOND],
    [8, 0, 54 * MINUTE],
    [8, 1, 1 * HOUR],
    [20, 1, 1 * HOUR],
  ])('attempt %i with random %d waits %i ms: ±10 %, never above 1 h', (attempt, r, expected) => {
    expect(retryDelayMs(attempt, () => r)).toBe(expected)
  })

  it('treats nonsense attempt counts as the first', () => {
    expect(retryDelayMs(0, middle)).toBe(30 * SECOND)
    expect(retryDelayMs(-3, middle)).toBe(30 * SECOND)
  })

  it('spreads 20 attempts over about 14 hours, enough for an overnight outage', () => {
    let total = 0
    for (let attempt = 1; attempt < MAX_SEND_ATTEMPTS; attempt++)
      total += retryDelayMs(attempt, middle)
    expect(MAX_SEND_ATTEMPTS).toBe(20)
    expect(total / HOUR).toBeGreaterThan(12)
    expect(total / HOUR).toBeLessThan(15)
  })

  it('varies with the random source so failed messages do not retry in lockstep', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(4)))
    expect(delays.size).toBeGreaterThan(10)
    for (const d of delays) expect(d).toBeGreaterThanOrEqual(216 * SECOND)
    for (const d of delays) expect(d).toBeLessThanOrEqual(264 * SECOND)
  })
})
