import type { BatchPageProps } from '../../../views/pages/staff/exchange/exchange-batch.js'
import type { CourtCasePageProps } from '../../../views/pages/staff/exchange/exchange-court-case.js'
import type { ExchangeBatchItem } from '../../../views/pages/staff/exchange/exchange-index.js'
import { maskIdNumber } from '../../applications/validation/id-number.js'
import { formatChineseDateTime } from '../../kernel/china-time.js'
import { formatFileSize } from '../../kernel/file-size.js'
import { CASE_COLUMNS, historyText } from './court-case-fields.js'
import type { courtCaseData, batchPageData, exchangeIndexData } from './exchange-view.service.js'
import { FIELDS, fieldLabel, mappableFields, SHEET_LABEL } from './exchange-fields.js'
import type { ImportReport } from './exchange-confirm.service.js'
import type { ImportPreview } from './import-preview.js'
import { notEvaluableLines, reportLines } from './import-report.js'
import type { ImportMapping } from './sheet-layout.js'
import { VALUE_MAP_FIELDS, valueMapText } from './exchange-mapping.schema.js'
import { canonicalLabels } from './value-labels.js'

type Awaited2<T> = T extends Promise<infer U> ? U : T

export function batchItems(
  rows: Awaited2<ReturnType<typeof exchangeIndexData>>,
): ExchangeBatchItem[] {
  return rows.map((b) => {
    const r = b.report as ImportReport | null
    return {
      id: b.id,
      court: b.court_name,
      fileName: b.file_name,
      status: b.status === 'confirmed' ? '已导入' : '待确认',
      uploadedAt: formatChineseDateTime(b.uploaded_at),
      uploadedBy: b.display_name,
      summary: r ? `新增 ${r.newCases} 件，更新 ${r.updatedCases} 件，拒绝 ${r.rejected} 行` : '—',
    }
  })
}

export function batchPageModel(
  data: Awaited2<ReturnType<typeof batchPageData>>,
): Omit<BatchPageProps, 'csrfToken' | 'mayImport' | 'values' | 'errors' | 'notice'> {
  const { batch, profile, cases } = data
  const preview = batch.preview as ImportPreview
  const mapping = batch.mapping as ImportMapping
  const report = batch.report as ImportReport | null
  const counts: [string, number][] = report
    ? reportLines(report)
    : [
        ['读取的数据行', preview.rowsRead],
        ['将接受的记录', preview.accepted],
        ['将拒绝的行', preview.rejectedTotal],
        ['案件', preview.cases],
        ['其中新案件', preview.newCases],
        ['执行节点', preview.events],
        ['执行款台账', preview.ledgerRows],
      ]
  return {
    id: batch.id,
    court: batch.court_name,
    fileName: batch.file_name,
    fileSize: formatFileSize(batch.file_size),
    sha256: batch.file_sha256,
    format:
      batch.file_format === 'csv'
        ? `CSV，${batch.encoding === 'gb18030' ? 'GB18030/GBK' : 'UTF-8'} 编码`
        : batch.file_format.toUpperCase(),
    uploadedAt: formatChineseDateTime(batch.uploaded_at),
    confirmed: batch.status === 'confirmed',
    profileName: profile?.name,
    counts,
    notEvaluable: report ? notEvaluableLines(report) : [],
    otherSheets: preview.otherSheets,
    sheets: preview.sheets.map((s) => ({
      name: s.name,
      role: s.role,
      roleLabel: SHEET_LABEL[s.role],
      headerRows: s.headerRows,
      missing: s.missing,
      columns: s.columns,
      options: mappableFields(s.role).map((f) => ({ value: f.key, label: f.label })),
      sample: s.sample,
    })),
    rejected: preview.rejected.map((r) => ({ sheet: r.sheet, row: r.row, reason: r.reason })),
    rejectedTotal: report ? report.rejected : preview.rejectedTotal,
    valueMaps: VALUE_MAP_FIELDS.map((f) => ({
      name: f.name,
      label: f.label,
      value: valueMapText(mapping.valueMaps[f.kind]),
      hint: `每行一条，写成“法院的写法=标准名称”。标准名称：${canonicalLabels(f.kind).slice(0, 8).join('、')}${canonicalLabels(f.kind).length > 8 ? '等' : ''}`,
    })),
    cases: cases.map((c) => ({
      id: c.id,
      caseNo: c.case_no,
      closingMethod: c.closing_method ?? '未结',
    })),
  }
}

export function courtCaseModel(
  data: Awaited2<ReturnType<typeof courtCaseData>>,
  revealed: boolean,
): Omit<CourtCasePageProps, 'csrfToken' | 'mayReveal'> {
  const k = data.kase as unknown as Record<string, unknown>
  const fields: [string, string][] = Object.entries(CASE_COLUMNS).map(
    ([key, column]) =>
      [
        fieldLabel('cases', key === 'closingMethodRaw' ? 'closingMethod' : key) +
          (key === 'closingMethodRaw' ? '（原文）' : ''),
        historyText(k[column]) ?? '—',
      ] as [string, string],
  )
  const label = (key: string) => FIELDS.cases.find((f) => f.key === key)?.label ?? key
  return {
    id: data.kase.id,
    caseNo: data.kase.case_no,
    court: data.kase.court_code,
    fields,
    revealed,
    identifiers: data.identifiers.map((i) => ({
      kind: i.kind,
      value: revealed || i.kind === 'masked' ? i.value : maskIdNumber(i.value),
    })),
    events: data.events.map((e) => ({
      type: e.event_type,
      date: e.event_date,
      endDate: e.end_date ?? '',
      party: e.party ?? '',
      amount: e.amount ?? '',
    })),
    ledger: data.ledger.map((l) => ({
      direction: l.direction,
      date: l.txn_date,
      amount: l.amount,
      counterparty: l.counterparty ?? '',
    })),
    history: data.history.map((h) => ({
      field: h.field === 'respondentIds' ? '被执行人证件号码' : label(h.field),
      oldValue: h.old_value ?? '（空）',
      newValue: h.new_value ?? '（空）',
      at: formatChineseDateTime(h.changed_at),
      batchId: h.batch_id,
      fileName: h.file_name,
    })),
    source: `最近一次由批次文件第 ${data.kase.source_row} 行（工作表“${data.kase.source_sheet}”）写入。`,
  }
}
