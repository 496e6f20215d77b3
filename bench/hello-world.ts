/**
 * Baseline for the load benches: the cheapest useful `node:http` server, run in its own process just
 * as the app is. Port from argv[2] or PORT (default 0 = any free port); prints `READY <port>` once
 * listening on 127.0.0.1.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

const body = Buffer.from(
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>hello</title></head>' +
    '<body><p>hello, world</p></body></html>',
)
const headers = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Length': String(body.length),
}

const requested = Number(process.argv[2] ?? process.env.PORT ?? 0)
if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
  process.stderr.write(`hello-world: bad port ${String(process.argv[2] ?? process.env.PORT)}\n`)
  process.exit(2)
}

const server = http.createServer((_req, res) => {
  res.writeHead(200, headers)
  res.end(body)
})

server.listen(requested, '127.0.0.1', () => {
  process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`)
})

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
