import { systemClock } from '../clock.js'
import { loadConfig } from '../config.js'
import { fileKeyring } from './file-cipher.js'
import { createFileStore } from './file-store-factory.js'
import { sealExistingFiles } from './seal-existing-files.js'

/**
 * `npm run files:encrypt`: seals every file of the configured store that was written before file
 * encryption (docs/decisions/098). Needs the same DATA_ENCRYPTION_KEY as the server and no
 * database; may run while the server runs. Not through bootDeps: it must not migrate anything.
 */
async function run(): Promise<number> {
  const config = loadConfig()
  const report = await sealExistingFiles(
    createFileStore(config.fileStore, systemClock),
    fileKeyring(config.dataEncryptionKey),
  )
  process.stdout.write(
    `文件加密完成 / Files encrypted: ${report.sealed} sealed now, ` +
      `${report.alreadySealed} already sealed, ${report.gone} removed meanwhile\n`,
  )
  return 0
}

run().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `文件加密失败 / File encryption failed: ${err instanceof Error ? err.message : err}\n`,
    )
    process.exit(1)
  },
)
