import type { Context } from 'hono'
import { Hono } from 'hono'
import { SealPage } from '../../../../views/pages/staff/admin/seal.js'
import type { Deps } from '../../../deps.js'
import { findSealImage } from '../../../documents/signing/seal.repository.js'
import { AppError } from '../../../errors.js'
import { receiveUploads, UPLOAD_LIMITS } from '../../../uploads/multipart.js'
import { uploadProblem } from '../../../uploads/upload-errors.js'
import { staffRoute, type StaffRouteDef } from '../../staff-access.js'
import { actorOf } from '../../staff-actor.js'
import type { StaffEnv } from '../../staff-env.js'
import { SEAL_MAX_BYTES } from './seal-png.js'
import { replaceSeal, sealView } from './seal.service.js'

const PATH = '/staff/admin/seal'

/** Matches the seal upload, whose multipart body is streamed (src/app.ts). */
export const SEAL_UPLOAD_PATH = PATH

export const SEAL_ROUTES = {
  page: { method: 'GET', path: PATH, access: ['admin'] },
  upload: { method: 'POST', path: PATH, access: ['admin'] },
  image: { method: 'GET', path: `${PATH}/image`, access: ['admin'] },
} as const satisfies Record<string, StaffRouteDef>

const SEAL_LIMITS = { ...UPLOAD_LIMITS, maxFiles: 1, maxFileBytes: SEAL_MAX_BYTES }

/** 院印: the image drawn on every formal notice (docs/decisions/043-seal-and-pdf-signature.md). */
export function sealRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, SEAL_ROUTES.page, (c) =>
    render(
      deps,
      c,
      undefined,
      c.req.query('saved') ? '院印已更新，此后出具的文书使用新的院印。' : undefined,
    ),
  )
  staffRoute(app, SEAL_ROUTES.image, async (c) => {
    const png = await findSealImage(deps.db)
    if (!png) throw new AppError(404, 'not_found', '尚未上传院印。')
    c.header('Content-Type', 'image/png')
    c.header('Cache-Control', 'no-store')
    c.header('X-Content-Type-Options', 'nosniff')
    return c.body(new Uint8Array(png))
  })
  staffRoute(app, SEAL_ROUTES.upload, async (c) => {
    const error = await receiveSeal(deps, c)
    if (!error) return c.redirect(`${PATH}?saved=1`, 303)
    c.status(422)
    return render(deps, c, error)
  })
  return app
}

/** The PNG through the streamed, checked upload pipeline, read back and removed from the store. */
async function receiveSeal(deps: Deps, c: Context<StaffEnv>): Promise<string | undefined> {
  let received
  try {
    received = await receiveUploads(c.req.raw, deps.fileStore, SEAL_LIMITS, {
      fileFields: ['seal'],
    })
  } catch (err) {
    const problem = uploadProblem(err)
    if (!problem) throw err
    return problem.message
  }
  const [file] = received.files
  if (!file) return '请选择院印图片（PNG，带透明背景）'
  try {
    if (file.detectedType !== 'image/png') return '院印图片必须是 PNG 格式'
    const chunks: Buffer[] = []
    for await (const chunk of deps.fileStore.open(file.storedId)) chunks.push(chunk as Buffer)
    return await replaceSeal(deps, actorOf(c, deps), Buffer.concat(chunks))
  } finally {
    await deps.fileStore.remove(file.storedId).catch(() => undefined)
  }
}

async function render(deps: Deps, c: Context<StaffEnv>, error?: string, notice?: string) {
  const view = await sealView(deps)
  return c.render(
    <SealPage csrfToken={c.var.csrfToken()} view={view} error={error} notice={notice} />,
    { title: '院印和电子签名', invalid: error !== undefined },
  )
}
