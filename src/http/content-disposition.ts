/**
 * A Content-Disposition header for a stored name (RFC 6266 with RFC 5987 `filename*`): an ASCII
 * fallback for old clients (`asciiName` when the caller has a better one than the name itself), the
 * UTF-8 name for the rest. Names were sanitised on upload; quotes, backslashes and anything outside
 * printable ASCII are still replaced in the fallback, so no name can break out of the header.
 */
export function contentDisposition(
  kind: 'inline' | 'attachment',
  name: string,
  asciiName: string = name,
): string {
  const fallback = asciiName.replace(/[^\x20-\x7e]|["\\%;]/g, '_').trim() || 'file'
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`
}

/** attr-char of RFC 5987: encodeURIComponent leaves ' ( ) * unescaped, which it does not allow. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}
