import type { FormErrors } from '../../../../src/http/form.js'
import type {
  ReferenceKindView,
  ReferenceListView,
} from '../../../../src/staff/admin/reference-lists/reference-lists.service.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { SelectField, TextArea, TextField } from '../../../components/field.js'
import { FileField } from '../../../components/file-field.js'
import { Button, Form } from '../../../components/form.js'

export type ReferenceListsProps = {
  csrfToken: string
  lists: ReferenceListView[]
  kinds: ReferenceKindView[]
  values: Record<string, string>
  errors: FormErrors
  problems: string[]
  notice?: string | undefined
}

const ACCEPT = '.xlsx,.xls,.csv'

/** 对比名单: upload with source, date and basis; the lists in use; how each must be laid out. */
export function ReferenceListsPage(p: ReferenceListsProps) {
  return (
    <>
      <ErrorSummary errors={p.errors} />
      {p.notice ? (
        <div class="notice" role="status">
          <p>{p.notice}</p>
        </div>
      ) : null}
      <h1>对比名单</h1>
      <p>
        部分线索规则需要把法院的执行案件与其他名单比对（失信、限制消费、死亡、破产、出行、财产变动）。名单只在工作人员端使用，证件号码加密保存；按姓名或名称加证件号码比对，遮蔽的号码只比对可见的数字，不单凭号码认定同一人。导入或停用名单后，全部已导入案件立即重新评估，操作记入审计日志。
      </p>
      {p.problems.length ? (
        <div class="notice notice--error">
          <h2>文件中的问题</h2>
          <ul>
            {p.problems.map((x) => (
              <li>{x}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <UploadForm {...p} />
      <h2>已导入的名单</h2>
      {p.lists.length === 0 ? <p>尚未导入名单。</p> : <ListTable {...p} />}
      <h2>各类名单应有的列</h2>
      <ColumnTable kinds={p.kinds} />
    </>
  )
}

function UploadForm(p: ReferenceListsProps) {
  return (
    <Form action="/staff/admin/reference-lists" csrfToken={p.csrfToken} multipart>
      <h2>导入名单</h2>
      <SelectField
        name="kind"
        label="名单类别"
        options={p.kinds.map((k) => ({ value: k.kind, label: k.label }))}
        placeholder="请选择"
        value={p.values.kind}
        error={p.errors.kind}
      />
      <TextField
        name="source"
        label="来源"
        hint="例如：中国执行信息公开网；区公安分局（调查核实）"
        value={p.values.source}
        error={p.errors.source}
      />
      <TextField
        name="obtainedOn"
        label="获取日期"
        hint="例如：2026-11-20"
        value={p.values.obtainedOn}
        error={p.errors.obtainedOn}
        short
      />
      <TextArea
        name="legalBasis"
        label="取得和使用的合法依据"
        hint="例如：人民检察院依法履行民事执行活动监督职责（个人信息保护法关于国家机关履行法定职责的规定）"
        rows={2}
        value={p.values.legalBasis}
        error={p.errors.legalBasis}
      />
      <FileField
        name="file"
        label="名单文件"
        hint="Excel（.xlsx、.xls）或 CSV，第一行或前几行中的一行为表头"
        accept={ACCEPT}
        error={p.errors.file}
      />
      <Button>导入并重新评估</Button>
    </Form>
  )
}

function ListTable(p: ReferenceListsProps) {
  return (
    <table class="table">
      <thead>
        <tr>
          <th scope="col">类别</th>
          <th scope="col">来源、获取日期与依据</th>
          <th scope="col">条数</th>
          <th scope="col">导入</th>
          <th scope="col">状态</th>
        </tr>
      </thead>
      <tbody>
        {p.lists.map((l) => (
          <tr>
            <td>
              {l.kindLabel}
              <br />
              <small>规则：{l.rules}</small>
            </td>
            <td>
              {l.source}，{l.obtainedOn} 获取
              <br />
              <small>依据：{l.legalBasis}</small>
            </td>
            <td>{l.entries}</td>
            <td>
              {l.fileName}
              <br />
              <small>{l.uploaded}</small>
            </td>
            <td>{l.active ? <Withdraw list={l} {...p} /> : <span>已停用：{l.withdrawn}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Withdraw(p: ReferenceListsProps & { list: ReferenceListView }) {
  const name = `reason-${p.list.id}`
  return (
    <Form action={`/staff/admin/reference-lists/${p.list.id}/withdraw`} csrfToken={p.csrfToken}>
      <TextField name="reason" id={name} label="停用原因" error={p.errors[name]} />
      <Button>停用（使用中）</Button>
    </Form>
  )
}

function ColumnTable(p: { kinds: ReferenceKindView[] }) {
  return (
    <table class="table">
      <thead>
        <tr>
          <th scope="col">名单</th>
          <th scope="col">必需的列</th>
          <th scope="col">可选的列</th>
        </tr>
      </thead>
      <tbody>
        {p.kinds.map((k) => (
          <tr>
            <td>{k.label}</td>
            <td>{k.required}</td>
            <td>{k.optional}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
