import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { TextArea, TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'
import { MappingSheet, type MappingSheetView } from './exchange-mapping.js'

export type BatchPageProps = {
  csrfToken: string
  id: string
  court: string
  fileName: string
  fileSize: string
  sha256: string
  format: string
  uploadedAt: string
  confirmed: boolean
  mayImport: boolean
  profileName?: string | undefined
  counts: [string, number][]
  /** after confirmation: the flag rules this batch could not feed, with the missing columns */
  notEvaluable: string[]
  sheets: MappingSheetView[]
  otherSheets: string[]
  rejected: { sheet: string; row: number; reason: string }[]
  rejectedTotal: number
  valueMaps: { name: string; label: string; value: string; hint: string }[]
  cases: { id: string; caseNo: string; closingMethod: string }[]
  notice?: string | undefined
  values: FormValues
  errors: FormErrors
}

/** One batch: before confirmation its preview and mapping, afterwards its report. */
export function ExchangeBatchPage(p: BatchPageProps) {
  const base = `/staff/exchange/batches/${p.id}`
  return (
    <>
      <ErrorSummary errors={p.errors} />
      {p.notice ? (
        <div class="notice" role="status">
          <p>{p.notice}</p>
        </div>
      ) : null}
      <p>
        <a href="/staff/exchange">返回法检信息交换</a>
      </p>
      <h1>
        {p.confirmed ? '导入报告' : '核对后确认导入'}：{p.fileName}
      </h1>
      <dl class="summary-list">
        <dt>法院</dt>
        <dd>{p.court}</dd>
        <dt>文件</dt>
        <dd>
          <a href={`${base}/original`}>{p.fileName}</a>（{p.format}，{p.fileSize}）
        </dd>
        <dt>SHA-256</dt>
        <dd>
          <code>{p.sha256}</code>
        </dd>
        <dt>上传时间</dt>
        <dd>{p.uploadedAt}</dd>
        <dt>映射方案</dt>
        <dd>{p.profileName ?? '未使用（按表头自动识别）'}</dd>
      </dl>
      <h2>{p.confirmed ? '导入结果' : '预计导入结果'}</h2>
      <table>
        <caption class="visually-hidden">{p.confirmed ? '导入结果' : '预计导入结果'}</caption>
        <tbody>
          {p.counts.map(([label, n]) => (
            <tr>
              <th scope="row">{label}</th>
              <td>{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.confirmed && p.notEvaluable.length > 0 ? (
        <section aria-labelledby="not-evaluable">
          <h3 id="not-evaluable">无法评估的规则（缺少的列）</h3>
          <p>以下规则对本批次的案件只能给出“无法判断”，可请法院在下次报送时补充这些列：</p>
          <ul>
            {p.notEvaluable.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {p.confirmed ? (
        <p>
          <a href="/staff/leads">查看监督线索</a>
        </p>
      ) : null}
      {p.confirmed ? (
        <p>
          <a class="button button--secondary" href={`${base}/report.xlsx`}>
            下载导入报告（Excel，含被拒绝行及原因）
          </a>
        </p>
      ) : null}
      {p.otherSheets.length > 0 ? <p>未识别、不导入的工作表：{p.otherSheets.join('、')}</p> : null}
      {!p.confirmed ? <Pending {...p} base={base} /> : <Cases cases={p.cases} />}
      <Rejected rows={p.rejected} total={p.rejectedTotal} />
    </>
  )
}

function Pending(p: BatchPageProps & { base: string }) {
  if (!p.mayImport) {
    return <p>此批次尚未确认导入。确认导入需要民事检察或院领导账号。</p>
  }
  return (
    <>
      <h2>各列对应的字段</h2>
      <Form action={`${p.base}/mapping`} csrfToken={p.csrfToken}>
        {p.sheets.map((s) => (
          <MappingSheet sheet={s} />
        ))}
        <h3>值对照</h3>
        {p.valueMaps.map((v) => (
          <TextArea
            name={v.name}
            label={v.label}
            hint={v.hint}
            optional
            rows={3}
            value={String(p.values[v.name] ?? v.value)}
            error={p.errors[v.name]}
          />
        ))}
        <TextField
          name="profileName"
          label="保存为该法院的映射方案"
          optional
          maxlength={60}
          hint="填写方案名称后保存；该法院下次上传的文件将自动使用此方案"
          value={String(p.values.profileName ?? '')}
          error={p.errors.profileName}
        />
        <div class="button-group">
          <Button variant="secondary">按此对应关系重新预览</Button>
        </div>
      </Form>
      <h2>确认导入</h2>
      <p>
        确认后，上述接受的记录将保存为法院数据，同一案号以本次内容更新并保留变更记录；同时自动登记一条“法院→本院”的交换记录。
      </p>
      <Form action={`${p.base}/confirm`} csrfToken={p.csrfToken}>
        <div class="button-group">
          <Button>确认导入</Button>
        </div>
      </Form>
    </>
  )
}

function Cases(p: { cases: BatchPageProps['cases'] }) {
  if (p.cases.length === 0) return null
  return (
    <>
      <h2>本批次新增或更新的案件</h2>
      <ul>
        {p.cases.map((c) => (
          <li>
            <a href={`/staff/exchange/cases/${c.id}`}>{c.caseNo}</a>（{c.closingMethod}）
          </li>
        ))}
      </ul>
    </>
  )
}

function Rejected(p: { rows: BatchPageProps['rejected']; total: number }) {
  if (p.total === 0) return <p>没有被拒绝的行。</p>
  return (
    <>
      <h2>被拒绝的行（共 {p.total} 行）</h2>
      {p.total > p.rows.length ? <p>此处列出前 {p.rows.length} 行，全部见导入报告。</p> : null}
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">被拒绝的行及原因</caption>
          <thead>
            <tr>
              <th scope="col">工作表</th>
              <th scope="col">行号</th>
              <th scope="col">原因</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr>
                <td>{r.sheet}</td>
                <td>{r.row}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
