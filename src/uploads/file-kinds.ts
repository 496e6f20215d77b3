/**
 * What a refused file "is", in words an applicant recognises, keyed by file-type's extension. Only
 * used for messages: the decision itself is the allow-list in file-checks.ts.
 */
const LABELS: Record<string, string> = {
  exe: 'Windows 可执行文件',
  msi: 'Windows 安装包',
  elf: 'Linux 可执行文件',
  macho: 'macOS 可执行文件',
  apk: 'Android 安装包',
  zip: 'ZIP 压缩包',
  rar: 'RAR 压缩包',
  '7z': '7z 压缩包',
  gz: 'gzip 压缩包',
  bz2: 'bzip2 压缩包',
  xz: 'xz 压缩包',
  tar: 'TAR 归档文件',
  cab: 'CAB 压缩包',
  docx: 'Word 文档',
  doc: 'Word 文档',
  xlsx: 'Excel 表格',
  xls: 'Excel 表格',
  pptx: 'PowerPoint 演示文稿',
  ppt: 'PowerPoint 演示文稿',
  cfb: 'Office 文档',
  odt: 'OpenDocument 文档',
  ods: 'OpenDocument 表格',
  odp: 'OpenDocument 演示文稿',
  rtf: 'RTF 文档',
  epub: '电子书',
  ofd: 'OFD 电子文件',
  gif: 'GIF 动图',
  webp: 'WebP 图片',
  bmp: 'BMP 图片',
  tif: 'TIFF 图片',
  heic: 'HEIC 照片',
  avif: 'AVIF 图片',
  jxl: 'JPEG XL 图片',
  jp2: 'JPEG 2000 图片',
  ico: '图标文件',
  psd: 'Photoshop 文件',
  ai: 'Illustrator 文件',
  ps: 'PostScript 文件',
  eps: 'PostScript 文件',
  xml: 'XML 文件',
  svg: 'SVG 矢量图',
  html: '网页（HTML）文件',
  txt: '纯文本文件',
  sqlite: '数据库文件',
  swf: 'Flash 文件',
}

const VIDEO = new Set(['mp4', 'm4v', 'mov', 'qt', 'webm', 'avi', 'mkv', '3gp', '3g2', 'flv', 'mpg'])
const AUDIO = new Set(['mp3', 'm4a', 'wav', 'amr', 'ogg', 'oga', 'opus', 'aac', 'flac', 'wma'])

/** "Windows 可执行文件" for exe; "XYZ 文件" for a known but unlisted kind. */
export function kindLabel(ext: string): string {
  if (VIDEO.has(ext)) return '视频文件'
  if (AUDIO.has(ext)) return '音频文件'
  return LABELS[ext] ?? `${ext.toUpperCase()} 文件`
}

/**
 * Text formats file-type does not name (or names only as "xml"): an SVG or an HTML page can carry
 * script, so both are refused even when renamed .jpg; plain text is refused as "not a scan".
 */
export function sniffTextKind(head: Uint8Array): 'svg' | 'html' | 'xml' | 'txt' | undefined {
  if (!looksLikeText(head)) return undefined
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\ufeff/, '')
    .trimStart()
    .toLowerCase()
  if (text.startsWith('<')) {
    if (/<svg[\s>/]/.test(text)) return 'svg'
    if (/^<!doctype html|<(html|head|body|script|iframe|meta)[\s>/]/.test(text)) return 'html'
    if (text.startsWith('<?xml')) return 'xml'
  }
  return 'txt'
}

/** No binary control bytes (NUL, most C0) in the sample: UTF-8 or GBK text, not a binary format. */
function looksLikeText(head: Uint8Array): boolean {
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) {
      if (byte !== 0x1b) return false
    }
  }
  return head.byteLength > 0
}

/** OFD (GB/T 33190, the Chinese e-document format of e-invoices) is a ZIP whose entries name it. */
export function looksLikeOfd(head: Uint8Array): boolean {
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength).includes('OFD.xml')
}
