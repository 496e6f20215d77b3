/**
 * The server side of bench/file-store-s3.ts, in its own process so its memory is its own. Modes:
 *
 * - `local DIR`: POST /upload through receiveUploads into the local FileStore under DIR (as
 *   bench/upload-server.ts `app`);
 * - `s3 ENDPOINT`: the same route into the S3 FileStore, bucket `bench` on ENDPOINT;
 * - `s3rver DIR`: the S3-protocol server itself (npm s3rver, data under DIR), so that its memory
 *   is not counted as the app's.
 *
 * Port 0 (any free port); prints `READY <port>` once listening on 127.0.0.1.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
// @ts-expect-error s3rver ships no types
import S3rver from 's3rver'
import { createLocalFileStore, type FileStore } from '../src/uploads/file-store.js'
import { createS3FileStore } from '../src/uploads/file-store-s3.js'
import { receiveUploads } from '../src/uploads/multipart.js'
import { UploadRejected } from '../src/uploads/upload-errors.js'

const [mode, arg] = process.argv.slice(2)

function appServer(store: FileStore): http.Server {
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

function s3Store(endpoint: string): FileStore {
  return createS3FileStore({
    endpoint,
    bucket: 'bench',
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    readSecretAccessKey: () => 'S3RVER',
    prefix: 'files/',
    spoolDir: `${os.tmpdir()}/zhijian-bench-spool-${process.pid}`,
    forcePathStyle: true,
    serverSideEncryption: undefined,
  })
}

async function start(): Promise<{ port: number; close(): Promise<void> }> {
  if (mode === 's3rver') {
    const s3 = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: arg,
      configureBuckets: [{ name: 'bench' }],
    })
    const address = (await s3.run()) as AddressInfo
    return { port: address.port, close: () => s3.close() }
  }
  const server = appServer(mode === 's3' ? s3Store(arg!) : createLocalFileStore(arg!))
  await new Promise((resolve) => server.once('listening', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

if (!['local', 's3', 's3rver'].includes(mode ?? '') || !arg) {
  process.stderr.write('usage: store-upload-server.ts local DIR | s3 ENDPOINT | s3rver DIR\n')
  process.exit(2)
}
const running = await start()
process.stdout.write(`READY ${running.port}\n`)
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => void running.close().then(() => process.exit(0)))
}
