import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../../src/config.js'

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'zhijian-config-'))

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://app@db.internal:5432/zhijian',
  PUBLIC_BASE_URL: 'https://zhijian.example.gov.cn/',
  APP_SECRET: 'a'.repeat(40),
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
  SMTP_URL: 'smtp://mail.internal:25',
}

const S3 = {
  FILE_STORE: 's3',
  S3_ENDPOINT: 'https://oss.gov.example',
  S3_BUCKET: 'zhijian-files',
  S3_REGION: 'cn-east-1',
  S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  S3_SECRET_ACCESS_KEY: 'very-secret-key',
}

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env)
  } catch (err) {
    if (err instanceof ConfigError) return err.problems
    throw err
  }
  return []
}

describe('file store configuration', () => {
  it('defaults to the local directory under DATA_DIR', () => {
    const dir = tmp()
    expect(loadConfig({ DATA_DIR: dir }).fileStore).toEqual({
      kind: 'local',
      dir: path.join(dir, 'files'),
    })
  })

  it('takes a complete S3 configuration in production, the secret kept out of the object', () => {
    const config = loadConfig({ ...PRODUCTION, ...S3, S3_SSE: 'aws:kms', S3_SSE_KMS_KEY_ID: 'k-1' })
    expect(config.fileStore).toMatchObject({
      kind: 's3',
      endpoint: 'https://oss.gov.example',
      bucket: 'zhijian-files',
      region: 'cn-east-1',
      accessKeyId: 'AKIDEXAMPLE',
      prefix: 'files/',
      forcePathStyle: true,
      serverSideEncryption: { type: 'aws:kms', kmsKeyId: 'k-1' },
    })
    expect(JSON.stringify(config)).not.toContain('very-secret-key')
    if (config.fileStore.kind === 's3')
      expect(config.fileStore.readSecretAccessKey()).toBe('very-secret-key')
  })

  it('lists every missing S3 setting at once in production', () => {
    const problems = problemsOf({ ...PRODUCTION, FILE_STORE: 's3', S3_ENDPOINT: 'http://oss' })
    for (const name of ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'])
      expect(problems.some((p) => p.startsWith(`${name} is required in production`))).toBe(true)
    expect(problems).toContain('S3_ENDPOINT must be an https:// address in production')
  })

  it('falls back to a local s3rver in development', () => {
    const config = loadConfig({ DATA_DIR: tmp(), FILE_STORE: 's3', S3_SSE: 'AES256' })
    expect(config.fileStore).toMatchObject({
      kind: 's3',
      endpoint: 'http://127.0.0.1:4568',
      bucket: 'zhijian',
      serverSideEncryption: { type: 'AES256' },
    })
  })

  it.each([
    [{ FILE_STORE: 'minio' }, 'FILE_STORE'],
    [{ FILE_STORE: 's3', S3_BUCKET: 'Bad_Bucket' }, 'S3_BUCKET: must be a valid bucket name'],
    [{ FILE_STORE: 's3', S3_PREFIX: 'files' }, 'S3_PREFIX: must be empty or end with /'],
    [{ FILE_STORE: 's3', S3_SSE: 'rot13' }, 'S3_SSE'],
    [{ FILE_STORE: 's3', S3_SSE_KMS_KEY_ID: 'k' }, 'S3_SSE_KMS_KEY_ID is only used with'],
  ])('refuses %o', (env, problem) => {
    const problems = problemsOf({ DATA_DIR: tmp(), ...env })
    expect(problems.some((p) => p.startsWith(problem))).toBe(true)
  })
})
