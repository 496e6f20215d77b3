import { ErrorSummary } from '../../components/error-summary.js'
import { TextField } from '../../components/field.js'
import { Button } from '../../components/form.js'

export type VerifyResult =
  | { kind: 'form'; code?: string; string?: string; error?: string }
  | {
      kind: 'genuine'
      code: string
      submittedAt: string
      materials: { slot: string; hash: string }[]
    }
  | { kind: 'not_genuine'; code: string }

/** docs/product.md §6: whether a receipt is genuine, without any personal data. A GET form: nothing changes. */
export function VerifyPage(props: { result: VerifyResult }) {
  const r = props.result
  if (r.kind === 'genuine') {
    return (
      <>
        <h1>回执真实有效</h1>
        <p class="lead">查询码 {r.code} 的收件回执与本院记录一致。</p>
        <dl class="summary-list">
          <div>
            <dt>提交时间</dt>
            <dd>{r.submittedAt}</dd>
          </div>
          <div>
            <dt>材料数量</dt>
            <dd>{r.materials.length} 份</dd>
          </div>
        </dl>
        <h2>文件编号（用于核对文件没有被改动）</h2>
        <ul>
          {r.materials.map((m) => (
            <li>
              {m.slot}：<code>{m.hash}</code>
            </li>
          ))}
        </ul>
        <p class="hint">本页不显示申请人的任何个人信息。查询办理进度请到“查询进度”。</p>
      </>
    )
  }
  if (r.kind === 'not_genuine') {
    return (
      <>
        <h1>无法核验此回执</h1>
        <p class="lead">
          查询码 {r.code}{' '}
          与核验码不匹配，或本院没有这份回执的记录。请核对回执上的查询码和核验码；如有疑问，请联系本院。
        </p>
        <p>
          <a href="/verify">重新核验</a>
        </p>
      </>
    )
  }
  return (
    <>
      <ErrorSummary errors={r.error ? { code: r.error } : {}} />
      <h1>核验收件回执</h1>
      <p class="lead">
        输入回执上的查询码和核验码，确认回执是否由本院出具。扫描回执上的二维码会自动填写。
      </p>
      <form method="get" action="/verify" novalidate>
        <TextField
          name="c"
          id="field-code"
          label="查询码"
          value={r.code}
          error={r.error}
          hint="例如 ABCD-EFGH-JKMN"
          autocomplete="off"
        />
        <TextField
          name="v"
          label="核验码"
          value={r.string}
          hint="回执上“核验码”后的 20 个字符"
          autocomplete="off"
        />
        <Button>核验</Button>
      </form>
    </>
  )
}
