import { describe, expect, it } from 'vitest'
import {
  createStatusPageCache,
  type StatusPageKey,
} from '../../../src/tracking/status-page-cache.js'

const key = (over: Partial<StatusPageKey> = {}): StatusPageKey => ({
  applicationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  statusVersion: '3',
  today: '2026-11-27',
  siteVersion: '1764201600000:abcdef0123456789',
  elderMode: false,
  csrfToken: 'tok',
  ...over,
})

describe('the status page cache', () => {
  it.each<[string, Partial<StatusPageKey>]>([
    ['another application', { applicationId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' }],
    ['a newer version', { statusVersion: '4' }],
    ['another day', { today: '2026-11-28' }],
    ['other site settings', { siteVersion: '1764201600001:abcdef0123456789' }],
    ['the other display mode', { elderMode: true }],
    ['another form token', { csrfToken: 'tok2' }],
  ])('finds nothing for %s', (_what, change) => {
    const cache = createStatusPageCache()
    cache.set(key(), '<p>kept</p>')
    expect(cache.get(key())).toBe('<p>kept</p>')
    expect(cache.get(key(change))).toBeUndefined()
  })

  it('keeps at most its size, dropping the least recently used page', () => {
    const cache = createStatusPageCache(2)
    cache.set(key({ statusVersion: '1' }), 'one')
    cache.set(key({ statusVersion: '2' }), 'two')
    expect(cache.get(key({ statusVersion: '1' }))).toBe('one') // now the most recent
    cache.set(key({ statusVersion: '3' }), 'three')
    expect(cache.size()).toBe(2)
    expect(cache.get(key({ statusVersion: '2' }))).toBeUndefined()
    expect(cache.get(key({ statusVersion: '1' }))).toBe('one')
    expect(cache.get(key({ statusVersion: '3' }))).toBe('three')
  })

  it('replaces a page stored again under the same key', () => {
    const cache = createStatusPageCache(2)
    cache.set(key(), 'old')
    cache.set(key(), 'new')
    expect(cache.size()).toBe(1)
    expect(cache.get(key())).toBe('new')
  })

  it.each([0, -1, 1.5, Number.NaN])('refuses a size of %s', (size) => {
    expect(() => createStatusPageCache(size)).toThrow(RangeError)
  })
})
