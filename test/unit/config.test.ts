import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../src/config.js'

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'zhijian-config-'))

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://app@db.internal:5432/zhijian',
  PUBLIC_BASE_URL: 'https://zhijian.example.gov.cn/',
  APP_SECRET: 'a'.repeat(40),
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
  SMTP_URL: 'smtp://mail.internal:25',
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

describe('loadConfig', () => {
  it('has working defaults in development and generates its secrets once under DATA_DIR', () => {
    const dir = tmp()
    const first = loadConfig({ DATA_DIR: dir })
    expect(first).toMatchObject({
      env: 'development',
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
    })
    expect(first.publicBaseUrl).toBe('http://localhost:3000')
    expect(first.appSecret.length).toBeGreaterThanOrEqual(32)
    expect(first.dataEncryptionKey).toHaveLength(32)
    const file = path.join(dir, 'dev-secrets.json')
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    const second = loadConfig({ DATA_DIR: dir })
    expect(second.appSecret).toBe(first.appSecret)
    expect(second.dataEncryptionKey.equals(first.dataEncryptionKey)).toBe(true)
  })

  it('accepts a complete production configuration and trims the base URL', () => {
    const config = loadConfig({ ...PRODUCTION, DATA_DIR: tmp() })
    expect(config.env).toBe('production')
    expect(config.publicBaseUrl).toBe('https://zhijian.example.gov.cn')
  })

  it('refuses an http:// base URL in production, which would drop Secure cookies and HSTS', () => {
    const problems = problemsOf({
      ...PRODUCTION,
      PUBLIC_BASE_URL: 'http://zhijian.example.gov.cn',
      DATA_DIR: tmp(),
    })
    expect(problems).toEqual(['PUBLIC_BASE_URL must be an https:// address in production'])
    expect(loadConfig({ PUBLIC_BASE_URL: 'http://10.0.0.5:3000', DATA_DIR: tmp() }).env).toBe(
      'development',
    )
  })

  it('reads the number of trusted proxies, one by default', () => {
    expect(loadConfig({ DATA_DIR: tmp() }).trustProxyHops).toBe(1)
    expect(loadConfig({ TRUST_PROXY_HOPS: '2', DATA_DIR: tmp() }).trustProxyHops).toBe(2)
    expect(problemsOf({ TRUST_PROXY_HOPS: '0', DATA_DIR: tmp() })[0]).toMatch(/^TRUST_PROXY_HOPS/)
  })

  it('lists every missing production secret at once', () => {
    const problems = problemsOf({ NODE_ENV: 'production', DATA_DIR: tmp() })
    expect(problems).toHaveLength(5)
    for (const name of [
      'DATABASE_URL',
      'PUBLIC_BASE_URL',
      'APP_SECRET',
      'DATA_ENCRYPTION_KEY',
      'SMTP_URL',
    ]) {
      expect(problems.some((p) => p.startsWith(`${name} is required in production`))).toBe(true)
    }
  })

  it('never writes development secrets in production', () => {
    const dir = tmp()
    problemsOf({ NODE_ENV: 'production', DATA_DIR: dir })
    expect(fs.existsSync(path.join(dir, 'dev-secrets.json'))).toBe(false)
  })

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ APP_SECRET: 'short' }, 'APP_SECRET'],
    [{ DATA_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') }, 'DATA_ENCRYPTION_KEY'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ PUBLIC_BASE_URL: 'ftp://x' }, 'PUBLIC_BASE_URL'],
  ])('names the bad setting %o', (env, name) => {
    const problems = problemsOf({ ...PRODUCTION, ...env, DATA_DIR: tmp() })
    expect(problems.some((p) => p.startsWith(`${name}:`))).toBe(true)
  })

  it('treats empty strings as unset', () => {
    const config = loadConfig({ DATA_DIR: tmp(), DATABASE_URL: '', SMTP_URL: ' ' })
    expect(config.databaseUrl).toBeUndefined()
    expect(config.smtpUrl).toBeUndefined()
  })
})
