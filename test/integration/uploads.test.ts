import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { fixedClock } from '../../src/clock.js'
import { createLocalFileStore, type FileStore } from '../../src/uploads/file-store.js'
import {
  receiveUploads,
  UPLOAD_LIMITS,
  type ReceivedUploads,
  type ReceiveOptions,
  type UploadLimits,
} from '../../src/uploads/multipart.js'
import { ORPHAN_AGE_MS, sweepOrphans } from '../../src/uploads/orphan-sweep.js'
import type { UploadProblem } from '../../src/uploads/upload-errors.js'
import {
  createUploadApp,
  encryptedPdfBytes,
  exeBytes,
  fileOf,
  filesUnder,
  htmlBytes,
  jpegBytes,
  lazyMultipart,
  pdfBytes,
  pngBytes,
  sha256,
  svgBytes,
} from '../helpers/upload-fixtures.js'

const MiB = 1024 * 1024
let dir: string
let store: FileStore
let pdf: Buffer
let encrypted: Buffer

beforeAll(async () => {
  pdf = await pdfBytes()
  encrypted = await encryptedPdfBytes()
})
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-uploads-'))
  store = createLocalFileStore(dir)
})
afterEach(() => fs.rm(dir, { recursive: true, force: true }))

async function post(
  body: FormData,
  options: { limits?: UploadLimits; receive?: ReceiveOptions } = {},
): Promise<{ status: number; json: ReceivedUploads & { problems: UploadProblem[] } }> {
  const res = await createUploadApp(store, options).request('/upload', { method: 'POST', body })
  return { status: res.status, json: (await res.json()) as never }
}

function form(...files: (readonly [field: string, bytes: Uint8Array, name: string])[]): FormData {
  const data = new FormData()
  for (const [field, bytes, name] of files) data.append(field, fileOf(bytes, name))
  return data
}

describe('receiveUploads: accepted files', () => {
  it('stores a PDF, a JPEG and a PNG with their sizes and SHA-256, byte for byte', async () => {
    const png = pngBytes(16, 16)
    const body = form(
      ['相关法律文书', pdf, '执行裁定书（2023）豫0403执123号.pdf'],
      ['身份证明', jpegBytes(), '身份证正面.jpg'],
      ['证据材料', png, '现场照片.png'],
    )
    body.append('描述', '查封清单')
    const { status, json } = await post(body)
    expect(status).toBe(200)
    expect(json.fields).toEqual({ 描述: '查封清单' })
    const originals = [pdf, jpegBytes(), png]
    expect(json.files.map((f) => [f.fieldName, f.originalName, f.detectedType, f.size])).toEqual([
      ['相关法律文书', '执行裁定书（2023）豫0403执123号.pdf', 'application/pdf', pdf.length],
      ['身份证明', '身份证正面.jpg', 'image/jpeg', jpegBytes().length],
      ['证据材料', '现场照片.png', 'image/png', png.length],
    ])
    for (const [i, file] of json.files.entries()) {
      const original = originals[i]!
      expect(file.sha256).toBe(sha256(original))
      expect(file.extensionMismatch).toBe(false)
      const onDisk = await fs.readFile(path.join(dir, file.storedId.slice(0, 2), file.storedId))
      expect(onDisk.equals(original)).toBe(true)
      expect((await buffer(store.open(file.storedId))).equals(original)).toBe(true)
    }
    expect(await filesUnder(dir)).toHaveLength(3)
  })

  it('accepts a PNG named .jpg as a PNG and notes the mismatch', async () => {
    const { status, json } = await post(form(['证据材料', pngBytes(), '照片.JPG']))
    expect(status).toBe(200)
    expect(json.files[0]).toMatchObject({
      detectedType: 'image/png',
      extension: 'jpg',
      extensionMismatch: true,
      originalName: '照片.JPG',
    })
  })

  it('ignores a file input left empty, and never uses a path from the file name', async () => {
    const body = form(['身份证明', pngBytes(), 'C:\\Users\\张三\\..\\身份证.png'])
    body.append('证据材料', new File([], ''))
    const { status, json } = await post(body)
    expect(status).toBe(200)
    expect(json.files).toHaveLength(1)
    expect(json.files[0]!.originalName).toBe('身份证.png')
    expect(await filesUnder(dir)).toEqual([
      `${json.files[0]!.storedId.slice(0, 2)}/${json.files[0]!.storedId}`,
    ])
  })

  it('returns fields, repeated ones as arrays, without touching prototypes', async () => {
    const body = new FormData()
    body.append('说明', '一')
    body.append('说明', '二')
    body.append('__proto__', 'x')
    const result = await receiveUploads(
      new Request('http://x/upload', { method: 'POST', body }),
      store,
    )
    expect(result.fields.说明).toEqual(['一', '二'])
    expect(Object.getPrototypeOf(result.fields)).toBe(Object.prototype)
    expect(Object.hasOwn(result.fields, '__proto__')).toBe(true)
    expect(result.files).toEqual([])
  })

  it('only stores files of the given fields', async () => {
    const body = form(['身份证明', pngBytes(), 'a.png'], ['other', pngBytes(), 'b.png'])
    const { json } = await post(body, { receive: { fileFields: ['身份证明'] } })
    expect(json.files.map((f) => f.fieldName)).toEqual(['身份证明'])
    expect(await filesUnder(dir)).toHaveLength(1)
  })
})

describe('receiveUploads: refusals leave nothing behind', () => {
  it.each([
    [
      'an .exe renamed .pdf',
      () => exeBytes(),
      '证据1.pdf',
      'wrong_type',
      '文件“证据1.pdf”的实际内容不是 PDF、JPG 或 PNG（识别为 Windows 可执行文件），请上传扫描件或照片',
    ],
    [
      'an SVG',
      () => svgBytes(),
      '图表.svg',
      'wrong_type',
      '文件“图表.svg”的实际内容不是 PDF、JPG 或 PNG（识别为 SVG 矢量图），请上传扫描件或照片',
    ],
    [
      'an HTML page named .jpg',
      () => htmlBytes(),
      '照片.jpg',
      'wrong_type',
      '文件“照片.jpg”的实际内容不是 PDF、JPG 或 PNG（识别为 网页（HTML）文件），请上传扫描件或照片',
    ],
    [
      'an empty file',
      () => Buffer.alloc(0),
      '空白.pdf',
      'empty',
      '文件“空白.pdf”是空文件（0 字节），请重新选择后上传',
    ],
    [
      'a password-protected PDF',
      () => encrypted,
      '判决书.pdf',
      'encrypted',
      '文件“判决书.pdf”设有密码，无法查看，请上传未加密的版本',
    ],
    [
      'a PDF that runs JavaScript on opening (F23)',
      () => activePdf('/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>'),
      '裁定书.pdf',
      'active_content',
      '文件“裁定书.pdf”含有脚本、启动程序或内嵌文件等可自动运行的内容，为安全起见不能接收；请将其打印为新的 PDF 或扫描后再上传',
    ],
    [
      'a PDF with a Launch action spelled with #-escapes (F23)',
      () => activePdf('/AA << /O << /S /L#61unch /F (cmd.exe) >> >>'),
      '证据.pdf',
      'active_content',
      '文件“证据.pdf”含有脚本、启动程序或内嵌文件等可自动运行的内容，为安全起见不能接收；请将其打印为新的 PDF 或扫描后再上传',
    ],
  ])('refuses %s with a Chinese message', async (_label, bytes, name, code, message) => {
    const { status, json } = await post(form(['证据材料', bytes(), name]))
    expect(status).toBe(422)
    expect(json.problems).toEqual([{ code, fieldName: '证据材料', fileName: name, message }])
    expect(await filesUnder(dir)).toEqual([])
  })

  it('lists every bad file at once and removes the good ones stored before', async () => {
    const body = form(
      ['监督申请书', pdf, '申请书.pdf'],
      ['证据材料', exeBytes(), '证据1.pdf'],
      ['身份证明', jpegBytes(), '身份证.jpg'],
      ['相关法律文书', encrypted, '判决书.pdf'],
    )
    const recording = recordingStore(store)
    store = recording
    const { status, json } = await post(body)
    expect(recording.stored).toHaveLength(2)
    expect(recording.removed.sort()).toEqual(recording.stored.sort())
    expect(status).toBe(422)
    expect(json.problems.map((p) => [p.code, p.fileName])).toEqual([
      ['wrong_type', '证据1.pdf'],
      ['encrypted', '判决书.pdf'],
    ])
    expect(await filesUnder(dir)).toEqual([])
  })

  it('accepts 30 files and refuses 31 without keeping any', async () => {
    const png = pngBytes()
    const files = (n: number) =>
      Array.from({ length: n }, (_, i) => ['证据材料', png, `证据${i + 1}.png`] as const)
    const ok = await post(form(...files(30)))
    expect(ok.status).toBe(200)
    expect(ok.json.files).toHaveLength(30)
    await fs.rm(dir, { recursive: true })

    const { status, json } = await post(form(...files(31)))
    expect(status).toBe(413)
    expect(json.problems).toEqual([
      {
        code: 'too_many_files',
        fieldName: null,
        fileName: null,
        message: '一次申请最多上传 30 个文件',
      },
    ])
    expect(await filesUnder(dir)).toEqual([])
  })

  it('counts the files the application already holds', async () => {
    const body = form(
      ['a', pngBytes(), '1.png'],
      ['a', pngBytes(), '2.png'],
      ['a', pngBytes(), '3.png'],
    )
    const { status, json } = await post(body, {
      receive: { remaining: { files: 2, bytes: 50 * MiB } },
    })
    expect(status).toBe(413)
    expect(json.problems[0]!.message).toBe('一次申请最多上传 30 个文件，本申请还能再上传 2 个')
    expect(await filesUnder(dir)).toEqual([])
  })

  it('counts the bytes the application already holds', async () => {
    const body = form(['a', pngBytes(), '1.png'], ['a', pdf, '大.pdf'])
    const remaining = { files: 10, bytes: pngBytes().length + 100 }
    const { status, json } = await post(body, { receive: { remaining } })
    expect(status).toBe(413)
    expect(json.problems).toEqual([
      {
        code: 'application_too_large',
        fieldName: 'a',
        fileName: '大.pdf',
        message:
          '一份申请的材料合计不能超过 100 MB，本申请还能再上传 0 KB；文件“大.pdf”超出了剩余额度，请压缩后再上传',
      },
    ])
    expect(await filesUnder(dir)).toEqual([])
  })

  it('refuses a request whose files together exceed the per-request total', async () => {
    const limits = { ...UPLOAD_LIMITS, maxFileBytes: 300 * 1024, maxTotalBytes: 500 * 1024 }
    const head = pdf.subarray(0, 1024)
    const upload = lazyMultipart([
      { field: 'a', name: 'one.pdf', head, size: 300 * 1024 },
      { field: 'a', name: 'two.pdf', head, size: 300 * 1024 },
    ])
    const app = createUploadApp(store, { limits })
    const res = await app.request('/upload', lazyInit(upload))
    expect(res.status).toBe(413)
    const { problems } = (await res.json()) as { problems: UploadProblem[] }
    expect(problems.map((p) => [p.code, p.message])).toEqual([
      [
        'request_too_large',
        '本次上传的文件合计超过 500 KB（到文件“two.pdf”时超出），请压缩后分几次上传',
      ],
    ])
    expect(await filesUnder(dir)).toEqual([])
  })

  it('refuses a body that is not multipart/form-data', async () => {
    const res = await createUploadApp(store).request('/upload', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { problems: UploadProblem[] }).problems[0]!.code).toBe(
      'malformed',
    )
  })

  it('refuses a multipart body cut short, keeping nothing', async () => {
    const body = new TextEncoder().encode(
      '--b\r\nContent-Disposition: form-data; name="a"; filename="x.png"\r\n\r\n',
    )
    const res = await createUploadApp(store).request('/upload', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      body: Buffer.concat([body, pngBytes()]),
    })
    expect(res.status).toBe(400)
    expect(await filesUnder(dir)).toEqual([])
  })
})

describe('receiveUploads: large and interrupted uploads', () => {
  it('refuses a 25 MB file after reading about 20 MB of it, not the whole body', async () => {
    const upload = lazyMultipart([
      { field: '证据材料', name: '监控录像截图.pdf', head: pdf.subarray(0, 2048), size: 25 * MiB },
    ])
    const res = await createUploadApp(store).request('/upload', lazyInit(upload))
    expect(res.status).toBe(413)
    expect(((await res.json()) as { problems: UploadProblem[] }).problems).toEqual([
      {
        code: 'file_too_large',
        fieldName: '证据材料',
        fileName: '监控录像截图.pdf',
        message: '文件“监控录像截图.pdf”超过 20 MB，请压缩或分成几个文件上传',
      },
    ])
    expect(upload.state.total).toBeGreaterThan(25 * MiB)
    expect(upload.state.pulled).toBeGreaterThan(20 * MiB)
    expect(upload.state.pulled).toBeLessThan(21 * MiB)
    expect(upload.state.cancelled).toBe(true)
    expect(await filesUnder(dir)).toEqual([])
  })

  it('keeps nothing when the connection is lost in the middle of the second file', async () => {
    const png = pngBytes()
    const upload = lazyMultipart(
      [
        { field: '身份证明', name: '身份证.png', head: png, size: png.length },
        { field: '证据材料', name: '证据.pdf', head: pdf.subarray(0, 2048), size: 5 * MiB },
      ],
      { failAfter: 2 * MiB },
    )
    let outcome: unknown
    const recording = recordingStore(store)
    const app = createUploadApp(recording, { onOutcome: (o) => (outcome = o) })
    const res = await app.request('/upload', lazyInit(upload))
    expect(res.status).toBe(400)
    expect(outcome).toMatchObject({ ok: false, err: { problems: [{ code: 'aborted' }] } })
    // the ID card had been stored in full before the connection broke, and was removed again
    expect(recording.stored).toHaveLength(1)
    expect(recording.removed).toEqual(recording.stored)
    expect(await filesUnder(dir)).toEqual([])
  })
})

/** The store, noting which ids it completed and which it was asked to remove. */
function recordingStore(inner: FileStore): FileStore & { stored: string[]; removed: string[] } {
  const stored: string[] = []
  const removed: string[] = []
  return {
    ...inner,
    stored,
    removed,
    put: async (source, options) => {
      const saved = await inner.put(source, options)
      stored.push(saved.id)
      return saved
    },
    remove: async (id) => {
      removed.push(id)
      await inner.remove(id)
    },
  }
}

function lazyInit(upload: ReturnType<typeof lazyMultipart>): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': upload.contentType },
    body: upload.body,
    duplex: 'half',
  } as RequestInit
}

describe('sweepOrphans', () => {
  it('removes unreferenced files older than the cutoff and keeps referenced and fresh ones', async () => {
    const clock = fixedClock(new Date('2026-03-01T08:00:00Z'))
    const timed = createLocalFileStore(dir, { clock })
    const orphan = await timed.put(Readable.from([pngBytes()]), { maxBytes: MiB })
    const referenced = await timed.put(Readable.from([pdf]), { maxBytes: MiB })
    clock.advance(ORPHAN_AGE_MS + 60_000)
    const fresh = await timed.put(Readable.from([jpegBytes()]), { maxBytes: MiB })
    const rows = new Set([referenced.id])
    const asked: string[] = []

    const result = await sweepOrphans(
      timed,
      async (id) => {
        asked.push(id)
        return rows.has(id)
      },
      new Date(clock.now().getTime() - ORPHAN_AGE_MS),
    )

    expect(result).toEqual({ checked: 3, removed: 1, kept: 2, incomplete: 0 })
    expect(await timed.stat(orphan.id)).toBeUndefined()
    expect(await timed.stat(referenced.id)).toBeDefined()
    expect(await timed.stat(fresh.id)).toBeDefined()
    expect(asked.sort()).toEqual([orphan.id, referenced.id].sort()) // a fresh file costs no query
  })
})

/** A minimal PDF whose catalog carries `entry` (security review F23's js.pdf, by hand). */
function activePdf(entry: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${entry} >>\nendobj\n` +
      '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  )
}
