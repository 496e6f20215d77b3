import type { Context } from 'hono'
import { Hono } from 'hono'
import { ExchangeBatchPage } from '../../../views/pages/staff/exchange/exchange-batch.js'
import { CourtCasePage } from '../../../views/pages/staff/exchange/exchange-court-case.js'
import { ExchangeIndexPage } from '../../../views/pages/staff/exchange/exchange-index.js'
import type { Deps } from '../../deps.js'
import { AppError } from '../../errors.js'
import { type FormErrors, type FormValues } from '../../http/form.js'
import { sendStoredFile } from '../../http/send-stored-file.js'
import { CASE_ROLES, mayAccess, staffRoute, type StaffRouteDef } from '../../staff/staff-access.js'
import type { StaffRole } from '../../staff/staff-account.table.js'
import { actorOf } from '../../staff/staff-actor.js'
import type { StaffEnv } from '../../staff/staff-env.js'
import { confirmBatch } from './exchange-confirm.service.js'
import { parseMappingForm } from './exchange-mapping.schema.js'
import { remapBatch, uploadBatch } from './exchange-upload.service.js'
import { batchItems, batchPageModel, courtCaseModel } from './exchange-view-models.js'
import {
  auditExchangeRead,
  batchPageData,
  courtCaseData,
  exchangeIndexData,
  getBatch,
} from './exchange-view.service.js'
import type { ImportPreview } from './import-preview.js'
import type { ImportReport } from './exchange-confirm.service.js'
import { importReportXlsx } from './import-report.js'

/** 民事检察 imports (reviewer, leader); 控告申诉 (intake) may read; admin and auditor see nothing (三员分立). */
const IMPORTERS: readonly StaffRole[] = ['reviewer', 'leader']
const BATCH = '/staff/exchange/batches/:batchId'

/** The upload POST, whose multipart body is streamed (src/app.ts). */
export const EXCHANGE_UPLOAD_PATH = '/staff/exchange/batches'

export const EXCHANGE_IMPORT_ROUTES = {
  index: { method: 'GET', path: '/staff/exchange', access: CASE_ROLES },
  upload: { method: 'POST', path: EXCHANGE_UPLOAD_PATH, access: IMPORTERS },
  batch: { method: 'GET', path: BATCH, access: CASE_ROLES },
  mapping: { method: 'POST', path: `${BATCH}/mapping`, access: IMPORTERS },
  confirm: { method: 'POST', path: `${BATCH}/confirm`, access: IMPORTERS },
  report: { method: 'GET', path: `${BATCH}/report.xlsx`, access: CASE_ROLES },
  original: { method: 'GET', path: `${BATCH}/original`, access: CASE_ROLES },
  courtCase: { method: 'GET', path: '/staff/exchange/cases/:caseId', access: CASE_ROLES },
  reveal: { method: 'POST', path: '/staff/exchange/cases/:caseId/reveal', access: IMPORTERS },
} as const satisfies Record<string, StaffRouteDef>

const R = EXCHANGE_IMPORT_ROUTES
const mayImport = (c: Context<StaffEnv>) => mayAccess(c.var.staff!.roles, IMPORTERS)

/** 法检信息交换, the import side (docs/product.md): batches, their mapping, preview and report. */
export function exchangeImportRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, R.index, (c) => renderIndex(deps, c, {}, {}))
  staffRoute(app, R.upload, async (c) => {
    const outcome = await uploadBatch(deps, actorOf(c, deps), c.req.raw)
    if (outcome.ok) return c.redirect(`/staff/exchange/batches/${outcome.batchId}`, 303)
    if (outcome.status === 400 || outcome.status === 413) {
      throw new AppError(
        outcome.status,
        outcome.status === 413 ? 'payload_too_large' : 'bad_request',
        Object.values(outcome.errors).join('；'),
      )
    }
    c.status(422)
    return renderIndex(deps, c, outcome.values, outcome.errors)
  })
  staffRoute(app, R.batch, (c) => renderBatch(deps, c, {}, {}))
  staffRoute(app, R.mapping, async (c) => {
    const batch = await getBatch(deps, c.req.param('batchId')!)
    if (batch.status !== 'pending')
      throw new AppError(409, 'conflict', '这个批次已经导入，不能再修改对应关系。')
    const body = await c.req.parseBody()
    const parsed = parseMappingForm(body, batch.preview as ImportPreview)
    const errors = parsed.ok
      ? await remapBatch(deps, actorOf(c, deps), batch, parsed.input)
      : parsed.errors
    if (Object.keys(errors).length > 0) {
      c.status(422)
      return renderBatch(deps, c, body as FormValues, errors)
    }
    const done = parsed.ok && parsed.input.profileName ? 'profile' : 'mapping'
    return c.redirect(`/staff/exchange/batches/${batch.id}?done=${done}`, 303)
  })
  staffRoute(app, R.confirm, async (c) => {
    const batch = await getBatch(deps, c.req.param('batchId')!)
    await confirmBatch(deps, actorOf(c, deps), batch.id)
    return c.redirect(`/staff/exchange/batches/${batch.id}?done=confirm`, 303)
  })
  staffRoute(app, R.report, async (c) => {
    const batch = await getBatch(deps, c.req.param('batchId')!)
    if (batch.status !== 'confirmed')
      throw new AppError(409, 'conflict', '确认导入后才有导入报告。')
    await auditExchangeRead(deps, actorOf(c, deps), 'exchange.report_download', {
      type: 'exchange_batch',
      id: batch.id,
    })
    const stream = importReportXlsx(deps.db, batch, batch.report as ImportReport)
    const name = `导入报告-${batch.file_name.replace(/\.[^.]+$/, '')}.xlsx`
    return sendStoredFile(
      c,
      {
        stream,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        name,
        asciiName: 'import-report.xlsx',
      },
      'attachment',
    )
  })
  staffRoute(app, R.original, async (c) => {
    const batch = await getBatch(deps, c.req.param('batchId')!)
    await auditExchangeRead(deps, actorOf(c, deps), 'exchange.original_download', {
      type: 'exchange_batch',
      id: batch.id,
    })
    const type = {
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      xls: 'application/vnd.ms-excel',
      csv: 'text/csv',
    }[batch.file_format]
    return sendStoredFile(
      c,
      {
        stream: deps.fileStore.open(batch.file_key),
        type,
        name: batch.file_name,
        size: batch.file_size,
      },
      'attachment',
    )
  })
  staffRoute(app, R.courtCase, (c) => renderCase(deps, c, false))
  staffRoute(app, R.reveal, (c) => renderCase(deps, c, true))
  return app
}

async function renderIndex(
  deps: Deps,
  c: Context<StaffEnv>,
  values: FormValues,
  errors: FormErrors,
) {
  const batches = await exchangeIndexData(deps, actorOf(c, deps))
  return c.render(
    <ExchangeIndexPage
      csrfToken={c.var.csrfToken()}
      courts={deps.siteSettings.current().courts}
      mayImport={mayImport(c)}
      batches={batchItems(batches)}
      values={values}
      errors={errors}
    />,
    { title: '法检信息交换', invalid: Object.keys(errors).length > 0 },
  )
}

const NOTICES: Record<string, string> = {
  mapping: '已按新的对应关系重新预览。',
  profile: '映射方案已保存，该法院下次上传的文件将自动使用。已按新的对应关系重新预览。',
  confirm: '已导入，并已登记交换记录。',
}

async function renderBatch(
  deps: Deps,
  c: Context<StaffEnv>,
  values: FormValues,
  errors: FormErrors,
) {
  const data = await batchPageData(deps, actorOf(c, deps), c.req.param('batchId')!)
  const model = batchPageModel(data)
  return c.render(
    <ExchangeBatchPage
      {...model}
      csrfToken={c.var.csrfToken()}
      mayImport={mayImport(c)}
      notice={NOTICES[c.req.query('done') ?? '']}
      values={values}
      errors={errors}
    />,
    {
      title: `${model.confirmed ? '导入报告' : '核对导入'}：${model.fileName}`,
      invalid: Object.keys(errors).length > 0,
    },
  )
}

async function renderCase(deps: Deps, c: Context<StaffEnv>, reveal: boolean) {
  const data = await courtCaseData(deps, actorOf(c, deps), c.req.param('caseId')!, reveal)
  const model = courtCaseModel(data, reveal)
  return c.render(
    <CourtCasePage {...model} csrfToken={c.var.csrfToken()} mayReveal={mayImport(c)} />,
    { title: `法院案件 ${model.caseNo}` },
  )
}
