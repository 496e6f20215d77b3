/**
 * The server side of bench/uploads.ts, in its own process so its memory is its own. Two modes:
 *
 * - `app DIR`: one POST /upload route on node:http through @hono/node-server, streaming the multipart
 *   body through receiveUploads (type checks, hashing) into a local FileStore under DIR, exactly as
 *   an upload page will; answers the stored files as JSON.
 * - `sink`: the baseline — plain node:http reading and discarding the body, the fastest a request
 *   body can be taken on this machine.
 *
 * Port 0 (any free port); prints `READY <port>` once listening on 127.0.0.1.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { createLocalFileStore } from '../src/uploads/file-store.js'
import { receiveUploads } from '../src/uploads/multipart.js'
import { UploadRejected } from '../src/uploads/upload-errors.js'

const [mode, dir] = process.argv.slice(2)

function appServer(storeDir: string): http.Server {
  const store = createLocalFileStore(storeDir)
  const app = new Hono()
  app.post('/upload', async (c) => {
    try {
      const { files } = await receiveUploads(c.req.raw, store)
      return c.json({ files: files.map((f) => ({ size: f.size, sha256: f.sha256 })) })
    } catch (err) {
      if (err instanceof UploadRejected) return c.json({ problems: err.problems }, err.status)
      throw err
    }
  })
  return serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as http.Server
}

function sinkServer(): http.Server {
  const server = http.createServer((req, res) => {
    let size = 0
    req.on('data', (chunk: Buffer) => (size += chunk.length))
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ received: size }))
    })
  })
  return server.listen(0, '127.0.0.1')
}

if (mode !== 'sink' && !(mode === 'app' && dir)) {
  process.stderr.write('usage: upload-server.ts app DIR | sink\n')
  process.exit(2)
}
const server = mode === 'sink' ? sinkServer() : appServer(dir!)
server.once('listening', () => {
  process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`)
})

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
