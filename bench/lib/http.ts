import net from 'node:net'

/** A port free right now on 127.0.0.1 (listen on 0, note it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Poll `url` until it answers `status`; rejects after `timeoutMs` or as soon as `giveUp` settles. */
export async function waitForStatus(
  url: string,
  status: number,
  timeoutMs: number,
  giveUp: Promise<unknown>,
): Promise<void> {
  let stop = false
  void giveUp.then(() => (stop = true))
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  while (!stop && Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
      await res.arrayBuffer()
      if (res.status === status) return
      last = `HTTP ${res.status}`
    } catch (err) {
      last = err instanceof Error ? err.message : String(err)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not answer ${status} (${stop ? 'process exited' : last})`)
}
