const KiB = 1024
const MiB = 1024 * 1024

/**
 * A file's size: "0.5 KB", "312.4 KB", "18.2 MB" — binary units, one decimal, as a person reads a
 * file size. The one format for a file the applicant or staff see (materials page, check page,
 * status page, case page and every PDF), so a file reads the same on screen and on its receipt.
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError('invalid file size')
  if (bytes === 0) return '0 KB'
  // below 1023.95 KB, so nothing prints as "1024.0 KB"
  if (bytes < 1023.95 * KiB) return `${Math.max(0.1, bytes / KiB).toFixed(1)} KB`
  return `${(bytes / MiB).toFixed(1)} MB`
}

/**
 * A limit or the room left under one: 20 MB, 100 MB; 2.5 MB; 300 KB. Rounded down, never promising
 * more room than there is, so it differs from formatFileSize on purpose.
 */
export function formatSizeLimit(bytes: number): string {
  if (bytes >= 10 * MiB) return `${Math.floor(bytes / MiB)} MB`
  if (bytes >= MiB) return `${Math.floor((bytes / MiB) * 10) / 10} MB`
  return `${Math.floor(bytes / KiB)} KB`
}
