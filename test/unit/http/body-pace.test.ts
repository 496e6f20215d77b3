import { describe, expect, it } from 'vitest'
import { BodyStalled, watchBodyIdle } from '../../../src/http/body-idle.js'

/**
 * Security review F24: a minimum data rate for streamed uploads, beside the idle limit. The clock is
 * a counter the fake client moves forward, so nothing here waits.
 */
function client(chunks: number, bytesEach: number, msEach: number) {
  let clock = 0
  let sent = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === chunks) return controller.close()
      clock += msEach
      sent += 1
      controller.enqueue(new Uint8Array(bytesEach))
    },
  })
  return { body, now: () => clock, sent: () => sent }
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  let bytes = 0
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>)
    bytes += chunk.byteLength
  return bytes
}

describe('upload body pace', () => {
  const pace = { idleMs: 30_000, minBytesPerSecond: 1024 }

  it('cuts an upload that trickles one byte every 5 s once 30 s were spent waiting', async () => {
    const slow = client(1000, 1, 5_000)
    let stalled = false
    const err = await drain(
      watchBodyIdle(slow.body, { ...pace, now: slow.now }, () => (stalled = true)),
    ).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BodyStalled)
    expect(stalled).toBe(true)
    // the sixth byte completes 30 s of waiting; the source may have queued one more
    expect(slow.sent()).toBeLessThanOrEqual(7)
  })

  it('lets a slow but real connection through (64 KiB a second, 20 MB)', async () => {
    const mobile = client(320, 65_536, 1_000)
    expect(await drain(watchBodyIdle(mobile.body, { ...pace, now: mobile.now }))).toBe(320 * 65_536)
  })

  it('keeps a short pause at the start from counting before the waiting adds up', async () => {
    // 20 s for the first byte, then fast: the average is taken only after 30 s of waiting
    let clock = 0
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 100) return controller.close()
        clock += sent === 0 ? 20_000 : 100
        sent += 1
        controller.enqueue(new Uint8Array(sent === 1 ? 1 : 16_384))
      },
    })
    expect(await drain(watchBodyIdle(body, { ...pace, now: () => clock }))).toBe(1 + 99 * 16_384)
  })

  it('applies no rate when the minimum is 0', async () => {
    const slow = client(10, 1, 5_000)
    expect(
      await drain(watchBodyIdle(slow.body, { ...pace, minBytesPerSecond: 0, now: slow.now })),
    ).toBe(10)
  })
})
