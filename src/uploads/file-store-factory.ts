import type { Clock } from '../clock.js'
import { createLocalFileStore, type FileStore } from './file-store.js'
import type { FileStoreConfig } from './file-store-config.js'
import { createS3FileStore } from './file-store-s3.js'

/** The configured backend (docs/decisions/080-file-store-backends.md). */
export function createFileStore(config: FileStoreConfig, clock: Clock): FileStore {
  if (config.kind === 's3') return createS3FileStore(config)
  return createLocalFileStore(config.dir, { clock })
}
