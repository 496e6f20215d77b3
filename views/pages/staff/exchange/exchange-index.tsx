import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { SelectField } from '../../../components/field.js'
import { FileField } from '../../../components/file-field.js'
import { Button, Form } from '../../../components/form.js'

export type ExchangeBatchItem = {
  id: string
  court: string
  fileName: string
  status: string
  uploadedAt: string
  uploadedBy: string
  summary: string
}

export type ExchangeIndexProps = {
  csrfToken: string
  courts: { code: string; name: string }[]
  mayImport: boolean
  batches: ExchangeBatchItem[]
  values: FormValues
  errors: FormErrors
}

/** 法检信息交换: the court's lists imported here, the exchange log and the outgoing list beside it. */
export function ExchangeIndexPage(p: ExchangeIndexProps) {
  return (
    <>
      <ErrorSummary errors={p.errors} />
      <h1>法检信息交换</h1>
      <p class="lead">
        导入法院定期提供的执行案件清单（执行案件表，以及可选的执行措施表和执行款台账）。上传后先核对各列的对应关系和被拒绝的行，确认后才会保存。导入的法院数据仅供本院内部使用，不在公众页面显示。
      </p>
      <ul>
        <li>
          <a href="/staff/exchange/log">交换记录</a>
        </li>
        <li>
          <a href="/staff/exchange/outgoing">向法院报送清单</a>
        </li>
      </ul>
      {p.mayImport ? (
        <section aria-labelledby="upload-title">
          <h2 id="upload-title">上传法院清单</h2>
          <Form action="/staff/exchange/batches" csrfToken={p.csrfToken} multipart>
            <SelectField
              name="court"
              label="提供清单的法院"
              options={p.courts.map((c) => ({ value: c.code, label: `${c.name}（${c.code}）` }))}
              value={String(p.values.court ?? (p.courts.length === 1 ? p.courts[0]!.code : ''))}
              error={p.errors.court}
            />
            <FileField
              name="file"
              label="清单文件"
              hint="支持 .xlsx、.xls（Excel 97–2003）和 .csv（UTF-8 或 GBK 编码均可，系统自动识别），每次一个文件"
              accept=".xlsx,.xls,.csv"
              error={p.errors.file}
            />
            <div class="button-group">
              <Button>上传并预览</Button>
            </div>
          </Form>
        </section>
      ) : null}
      <h2>导入批次</h2>
      {p.batches.length === 0 ? (
        <p>还没有导入过法院清单。</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>最近的导入批次（新的在前）</caption>
            <thead>
              <tr>
                <th scope="col">上传时间</th>
                <th scope="col">法院</th>
                <th scope="col">文件</th>
                <th scope="col">状态</th>
                <th scope="col">结果</th>
                <th scope="col">上传人</th>
              </tr>
            </thead>
            <tbody>
              {p.batches.map((b) => (
                <tr>
                  <td>{b.uploadedAt}</td>
                  <td>{b.court}</td>
                  <td>
                    <a href={`/staff/exchange/batches/${b.id}`}>{b.fileName}</a>
                  </td>
                  <td>{b.status}</td>
                  <td>{b.summary}</td>
                  <td>{b.uploadedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
