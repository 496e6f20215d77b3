import {
  AbortMultipartUploadCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  type S3Client,
} from '@aws-sdk/client-s3'
import { isFileId, type FileStore } from './file-store.js'

/** Every stored file under the prefix, a page (up to 1000 keys) per request. */
export async function* listS3Files(
  client: S3Client,
  bucket: string,
  prefix: string,
): AsyncIterable<{ id: string; createdAt: Date }> {
  let token: string | undefined
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    )
    for (const object of page.Contents ?? []) {
      const id = object.Key?.slice(prefix.length) ?? ''
      // anything else in the bucket (another prefix's files, a backup) is not ours to sweep
      if (isFileId(id)) yield { id, createdAt: object.LastModified ?? new Date(0) }
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
}

/**
 * Aborts multipart uploads a crashed process started before `olderThan` (their parts cost storage
 * and are invisible to list()). A store without ListMultipartUploads (s3rver, some gateways)
 * answers NotImplemented: then 0, and the bucket's AbortIncompleteMultipartUpload lifecycle rule
 * does this job (README, "File storage").
 */
export async function purgeS3Incomplete(
  client: S3Client,
  bucket: string,
  prefix: string,
  olderThan: Date,
): Promise<number> {
  let removed = 0
  let keyMarker: string | undefined
  let uploadIdMarker: string | undefined
  try {
    do {
      const page = await client.send(
        new ListMultipartUploadsCommand({
          Bucket: bucket,
          Prefix: prefix,
          KeyMarker: keyMarker,
          UploadIdMarker: uploadIdMarker,
        }),
      )
      for (const u of page.Uploads ?? []) {
        if (!u.Key || !u.UploadId || !u.Initiated || u.Initiated >= olderThan) continue
        await client.send(
          new AbortMultipartUploadCommand({ Bucket: bucket, Key: u.Key, UploadId: u.UploadId }),
        )
        removed += 1
      }
      keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined
      uploadIdMarker = page.IsTruncated ? page.NextUploadIdMarker : undefined
    } while (keyMarker)
  } catch (err) {
    if ((err as { name?: string }).name === 'NotImplemented') return removed
    throw err
  }
  return removed
}

/** Spooled copies a crashed process left (normally each is removed right after its PUT). */
export async function purgeSpool(spool: FileStore, olderThan: Date): Promise<number> {
  let removed = (await spool.purgeIncomplete?.(olderThan)) ?? 0
  for await (const f of spool.list()) {
    if (f.createdAt >= olderThan) continue
    await spool.remove(f.id)
    removed += 1
  }
  return removed
}
