import { describe, expect, it } from 'vitest'
import { forwardedClient } from '../../../src/http/client-ip.js'

/**
 * Each proxy appends the address it saw; whatever stands to the left of the trusted proxies' entries
 * came from the client and must not be believed.
 */
describe('forwardedClient', () => {
  it.each([
    // one proxy (nginx with proxy_add_x_forwarded_for)
    ['203.0.113.9', 1, '203.0.113.9'],
    ['8.8.8.8, 203.0.113.9', 1, '203.0.113.9'],
    ['203.0.113.8, 127.0.0.1, 203.0.113.9', 1, '203.0.113.9'],
    // two proxies: a load balancer, then nginx, which appends the balancer's address
    ['8.8.8.8, 203.0.113.9, 10.0.0.2', 2, '203.0.113.9'],
    ['203.0.113.9, 10.0.0.2', 2, '203.0.113.9'],
    // a chain shorter than configured: the first entry is what the first proxy saw
    ['203.0.113.9', 2, '203.0.113.9'],
    ['2001:db8::1', 1, '2001:db8::1'],
    // nothing usable: the caller falls back to the peer address
    [undefined, 1, undefined],
    ['', 1, undefined],
    ['evil, not-an-address', 1, undefined],
    ['203.0.113.9, =HYPERLINK("x")', 1, undefined],
  ] as const)('%j with %i hop(s) → %s', (header, hops, expected) => {
    expect(forwardedClient(header, hops)).toBe(expected)
  })
})
