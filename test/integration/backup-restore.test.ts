import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buffer } from 'node:stream/consumers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackup } from '../../src/backup/backup.js'
import { backupFilePath, readManifest } from '../../src/backup/manifest.js'
import { restoreBackup, RestoreRefused } from '../../src/backup/restore.js'
import { createEncryptedFileStore } from '../../src/uploads/encrypted-file-store.js'
import { MAGIC, fileKeyring } from '../../src/uploads/file-cipher.js'
import { createS3FileStore } from '../../src/uploads/file-store-s3.js'
import { createLocalFileStore, type FileStore } from '../../src/uploads/file-store.js'
import { applicationIdOf, submitApplication, TestBrowser } from '../helpers/applicant.js'
import { runEntry } from '../helpers/child-process.js'
import { startLocalS3, type LocalS3 } from '../helpers/s3-server.js'
import { createTestApp, TEST_SECRETS, type TestApp } from '../helpers/test-app.js'
import { createTestDb, type TestDb } from '../helpers/test-db.js'
import { pdfBytes, pngBytes, sha256 } from '../helpers/upload-fixtures.js'

/**
 * Backups that restore (docs/decisions/082-backups.md), on PostgreSQL only: pg_dump and
 * pg_restore need a server. A backup of a service holding a submitted application goes into a
 * fresh database and, here, an S3 store (the local one is restored by the CLI test), and the
 * restored service still verifies the receipt and every material's hash.
 */
const url = process.env.DATABASE_URL
let t: TestApp
let s3: LocalS3
let code: string
let receiptMac: string
let dir: string
const cleanup: (() => Promise<unknown>)[] = []

async function tmp(prefix: string) {
  const d = await fs.mkdtemp(path.join(os.tmpdir(), prefix))
  cleanup.push(() => fs.rm(d, { recursive: true, force: true }))
  return d
}

async function emptyDb(): Promise<TestDb> {
  const db = await createTestDb({ empty: true })
  cleanup.push(() => db.close())
  return db
}

async function materialHashesCheck(db: TestDb, store: FileStore): Promise<number> {
  const rows = await db.db
    .selectFrom('application_materials')
    .select(['file_id', 'sha256'])
    .union(db.db.selectFrom('issued_documents').select(['file_id', 'sha256']))
    .execute()
  for (const row of rows) expect(sha256(await buffer(store.open(row.file_id)))).toBe(row.sha256)
  return rows.length
}

describe.skipIf(!url)('backup and restore (PostgreSQL)', () => {
  beforeAll(async () => {
    t = await createTestApp()
    s3 = await startLocalS3()
    code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes(32, 32) })
    const appId = await applicationIdOf(t.db.db, code)
    receiptMac = (
      await t.db.db
        .selectFrom('applications')
        .select('receipt_mac')
        .where('id', '=', appId)
        .executeTakeFirstOrThrow()
    ).receipt_mac
    dir = path.join(await tmp('zhijian-backup-'), 'b1')
    await createBackup({
      databaseUrl: t.db.url!,
      fileStore: t.deps.fileStore,
      dir,
      now: new Date(),
    })
  })
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step().catch(() => undefined)
    await s3?.close()
    await t?.close()
  })

  it('writes a dump and every stored file, each with its SHA-256 in the manifest', async () => {
    const manifest = await readManifest(dir)
    const stored: string[] = []
    for await (const f of t.deps.fileStore.list()) stored.push(f.id)
    expect(manifest.files.map((f) => f.id).sort()).toEqual(stored.sort())
    expect(stored.length).toBeGreaterThanOrEqual(3) // two materials and the receipt
    for (const f of manifest.files)
      expect(sha256(await fs.readFile(backupFilePath(dir, f.id)))).toBe(f.sha256)
    expect((await fs.stat(path.join(dir, 'database.dump'))).mode & 0o777).toBe(0o600)
  })

  it('restores into a fresh database and store: /verify and the hashes still check', async () => {
    const db = await emptyDb()
    const store = createS3FileStore(s3.options)
    expect(await restoreBackup({ dir, databaseUrl: db.url!, db: db.db, fileStore: store })).toEqual(
      {
        files: (await readManifest(dir)).files.length,
      },
    )
    const fileStore = { kind: 's3' as const, ...s3.options }
    const restored = await createTestApp({ db, config: { fileStore } })
    cleanup.push(() => restored.close())
    const res = await restored.app.request(`/verify?c=${code}&v=${encodeURIComponent(receiptMac)}`)
    expect(await res.text()).toContain('回执真实有效')
    expect(await materialHashesCheck(db, restored.deps.fileStore)).toBeGreaterThanOrEqual(3)

    // kept status pages are keyed by status_version: the restored ones are far from any seen before
    const versions = async (d: TestDb) =>
      (await d.db.selectFrom('applications').select('status_version').execute()).map((r) =>
        BigInt(r.status_version),
      )
    const [before] = await versions(t.db)
    const [after] = await versions(db)
    expect(after! - before!).toBeGreaterThanOrEqual(1n << 40n)
    const applicant = new TestBrowser(restored.app)
    const signIn = await applicant.post('/track', { code, digits: '5678' })
    expect(signIn.status).toBe(303)
    const page = await applicant.get(signIn.headers.get('location')!)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('执行裁定书.pdf')

    // a second restore into the now filled database and store is refused, naming both
    const again = await restoreBackup({ dir, databaseUrl: db.url!, db: db.db, fileStore: store })
      .then(() => undefined)
      .catch((e: unknown) => e)
    expect(again).toBeInstanceOf(RestoreRefused)
    expect((again as RestoreRefused).problems).toEqual([
      'the target database is not empty (restore only into a new database)',
      'the target file store is not empty (restore only into a new store)',
    ])
  })

  it('refuses a backup whose bytes no longer match its manifest, writing nothing', async () => {
    const tampered = path.join(await tmp('zhijian-backup-'), 'b2')
    await fs.cp(dir, tampered, { recursive: true })
    const victim = (await readManifest(tampered)).files[0]!
    await fs.appendFile(backupFilePath(tampered, victim.id), 'x')
    const db = await emptyDb()
    const store = createLocalFileStore(await tmp('zhijian-restore-'))
    const err = await restoreBackup({
      dir: tampered,
      databaseUrl: db.url!,
      db: db.db,
      fileStore: store,
    })
      .then(() => undefined)
      .catch((e: unknown) => e)
    expect((err as RestoreRefused).problems).toEqual([
      `files/${victim.id.slice(0, 2)}/${victim.id}: SHA-256 or size differs from the manifest`,
    ])
    const tables = await db.db.introspection.getTables()
    expect(tables).toEqual([])
    for await (const _ of store.list()) throw new Error('a file was restored')
  })

  it('npm run backup and npm run restore do the same from the command line', async () => {
    const out = path.join(await tmp('zhijian-backup-'), 'cli')
    const env = {
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      DATA_DIR: t.config.dataDir,
      DATABASE_URL: t.db.url!,
    }
    const backup = runEntry('src/backup/backup-cli.ts', env, ['--out', out])
    expect(await backup.exited).toBe(0)
    expect(backup.stdout()).toContain(`备份完成 / Backup written: ${out}`)

    const db = await emptyDb()
    const dataDir = await tmp('zhijian-restore-')
    const restoreEnv = { ...env, DATA_DIR: dataDir, DATABASE_URL: db.url! }
    const restore = runEntry('src/backup/restore-cli.ts', restoreEnv, ['--from', out])
    expect(await restore.exited).toBe(0)
    const files = (await readManifest(out)).files.length
    expect(restore.stdout()).toContain(`恢复完成 / Restored: the database and ${files} files`)
    // the backup and the restored store hold sealed files (decision 098); the key opens them
    const raw = createLocalFileStore(path.join(dataDir, 'files'))
    for await (const { id } of raw.list())
      expect((await buffer(raw.open(id))).subarray(0, MAGIC.length).equals(MAGIC)).toBe(true)
    const key = fileKeyring(Buffer.from(TEST_SECRETS.DATA_ENCRYPTION_KEY, 'base64'))
    const store = createEncryptedFileStore(raw, key)
    expect(await materialHashesCheck(db, store)).toBeGreaterThanOrEqual(3)

    const twice = runEntry('src/backup/restore-cli.ts', restoreEnv, ['--from', out])
    expect(await twice.exited).toBe(1)
    expect(twice.stderr()).toContain('the target database is not empty')
  }, 120_000) // two CLI processes (tsx start-up each), slow on a loaded 2-core CI machine
})
