import type { Deps } from '../../deps.js'
import type { FileSource } from './workbook-read.js'

/** A stored exchange file as the readers take it: opened afresh for every pass. */
export function storedFileSource(
  deps: Pick<Deps, 'fileStore'>,
  file: { key: string; name: string; size: number },
): FileSource {
  return {
    name: file.name,
    size: file.size,
    open: () => deps.fileStore.open(file.key),
    readAll: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of deps.fileStore.open(file.key) as AsyncIterable<Buffer>)
        chunks.push(chunk)
      return Buffer.concat(chunks)
    },
  }
}
