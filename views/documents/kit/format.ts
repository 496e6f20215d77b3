/** "0.5 KB", "312.4 KB", "18.2 MB" — binary units, one decimal, as a person reads a file size. */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError('invalid file size')
  if (bytes === 0) return '0 KB'
  // below 1023.95 KB, so nothing prints as "1024.0 KB"
  if (bytes < 1023.95 * 1024) return `${Math.max(0.1, bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
