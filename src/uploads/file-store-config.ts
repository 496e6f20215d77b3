import path from 'node:path'
import { z } from 'zod'
import { defaultFileStoreDir } from './file-store.js'
import type { S3FileStoreOptions } from './file-store-s3.js'

/**
 * The file store's settings, checked by src/config.ts with the rest of the environment
 * (docs/decisions/080-file-store-backends.md). `local` keeps files under DATA_DIR/files; `s3` puts
 * them in a bucket of any S3-compatible store (政务云 object storage, MinIO, Ceph RGW).
 */
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional()

export const FileStoreEnvSchema = z.object({
  FILE_STORE: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  S3_BUCKET: optionalText.pipe(
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid bucket name')
      .optional(),
  ),
  S3_REGION: optionalText,
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  S3_PREFIX: z
    .string()
    .trim()
    .regex(/^([A-Za-z0-9._-]+\/)*$/, 'must be empty or end with / (e.g. files/)')
    .default('files/'),
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  S3_SSE: z.enum(['none', 'AES256', 'aws:kms']).default('none'),
  S3_SSE_KMS_KEY_ID: optionalText,
})

type FileStoreEnv = z.infer<typeof FileStoreEnvSchema>

export type FileStoreConfig = { kind: 'local'; dir: string } | ({ kind: 's3' } & S3FileStoreOptions)

/** Required whenever FILE_STORE=s3 in production; development falls back to a local s3rver's. */
const REQUIRED_FOR_S3 = {
  S3_ENDPOINT: 'address of the S3-compatible store, e.g. https://oss.gov.example',
  S3_BUCKET: 'the bucket the files go in (create it first, private)',
  S3_REGION: 'the region the store expects in signatures, e.g. cn-east-1',
  S3_ACCESS_KEY_ID: 'the access key of an account allowed to read and write the bucket',
  S3_SECRET_ACCESS_KEY: 'its secret',
} as const

/** Development defaults: `npx s3rver -a 127.0.0.1 -d ./data/s3 --configure-bucket zhijian` on its port 4568. */
const DEV_S3 = {
  S3_ENDPOINT: 'http://127.0.0.1:4568',
  S3_BUCKET: 'zhijian',
  S3_REGION: 'us-east-1',
  S3_ACCESS_KEY_ID: 'S3RVER',
  S3_SECRET_ACCESS_KEY: 'S3RVER',
}

/** Problems with the settings (empty when fine); production must name every S3 setting. */
export function fileStoreProblems(e: FileStoreEnv, production: boolean): string[] {
  if (e.FILE_STORE !== 's3') return []
  const problems = production
    ? Object.entries(REQUIRED_FOR_S3)
        .filter(([name]) => e[name as keyof typeof REQUIRED_FOR_S3] === undefined)
        .map(([name, why]) => `${name} is required in production with FILE_STORE=s3: ${why}`)
    : []
  if (production && e.S3_ENDPOINT?.startsWith('http://'))
    problems.push('S3_ENDPOINT must be an https:// address in production')
  if (e.S3_SSE_KMS_KEY_ID && e.S3_SSE !== 'aws:kms')
    problems.push('S3_SSE_KMS_KEY_ID is only used with S3_SSE=aws:kms')
  return problems
}

export function fileStoreConfigOf(e: FileStoreEnv, dataDir: string): FileStoreConfig {
  if (e.FILE_STORE === 'local') return { kind: 'local', dir: defaultFileStoreDir(dataDir) }
  const secret = e.S3_SECRET_ACCESS_KEY ?? DEV_S3.S3_SECRET_ACCESS_KEY
  return {
    kind: 's3',
    endpoint: e.S3_ENDPOINT ?? DEV_S3.S3_ENDPOINT,
    bucket: e.S3_BUCKET ?? DEV_S3.S3_BUCKET,
    region: e.S3_REGION ?? DEV_S3.S3_REGION,
    accessKeyId: e.S3_ACCESS_KEY_ID ?? DEV_S3.S3_ACCESS_KEY_ID,
    // behind a function so that printing or serialising the config never shows it
    readSecretAccessKey: () => secret,
    prefix: e.S3_PREFIX,
    spoolDir: path.join(dataDir, 'spool'),
    forcePathStyle: e.S3_FORCE_PATH_STYLE,
    serverSideEncryption:
      e.S3_SSE === 'none'
        ? undefined
        : e.S3_SSE === 'AES256'
          ? { type: 'AES256' }
          : { type: 'aws:kms', kmsKeyId: e.S3_SSE_KMS_KEY_ID },
  }
}
