import fs from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
// @ts-expect-error s3rver ships no types
import S3rver from 's3rver'
import type { S3FileStoreOptions } from '../../src/uploads/file-store-s3.js'

export type LocalS3 = { options: S3FileStoreOptions; close(): Promise<void> }

/**
 * An S3-protocol server in this process (npm `s3rver`, no MinIO or Ceph can be installed here), on a
 * free port, its objects in a temp dir removed on close. s3rver checks v4 signatures against its
 * fixed key pair S3RVER/S3RVER.
 */
export async function startLocalS3(bucket = 'zhijian-test'): Promise<LocalS3> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  const address = (await server.run()) as AddressInfo
  return {
    options: {
      endpoint: `http://127.0.0.1:${address.port}`,
      bucket,
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      readSecretAccessKey: () => 'S3RVER',
      prefix: 'files/',
      spoolDir: `${directory}-spool`,
      forcePathStyle: true,
      serverSideEncryption: undefined,
    },
    async close() {
      await server.close()
      await fs.rm(directory, { recursive: true, force: true })
      await fs.rm(`${directory}-spool`, { recursive: true, force: true })
    },
  }
}

/**
 * The same store options from S3_TEST_* variables: the contract suite against a real endpoint
 * (MinIO, Ceph RGW, a 政务云 bucket). The bucket must exist; the suite only touches its prefix.
 */
export function realS3FromEnv(env = process.env): S3FileStoreOptions | undefined {
  if (!env.S3_TEST_ENDPOINT || !env.S3_TEST_BUCKET) return undefined
  return {
    endpoint: env.S3_TEST_ENDPOINT,
    bucket: env.S3_TEST_BUCKET,
    region: env.S3_TEST_REGION ?? 'us-east-1',
    accessKeyId: env.S3_TEST_ACCESS_KEY_ID ?? '',
    readSecretAccessKey: () => env.S3_TEST_SECRET_ACCESS_KEY ?? '',
    prefix: `contract-${Date.now()}/`,
    spoolDir: path.join(os.tmpdir(), `zhijian-s3-spool-${process.pid}`),
    forcePathStyle: env.S3_TEST_FORCE_PATH_STYLE !== 'false',
    serverSideEncryption: env.S3_TEST_SSE === 'AES256' ? { type: 'AES256' } : undefined,
  }
}
