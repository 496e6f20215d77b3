import { Button, Form } from '../../../components/form.js'

export type CourtCasePageProps = {
  csrfToken: string
  id: string
  caseNo: string
  court: string
  fields: [string, string][]
  identifiers: { kind: string; value: string }[]
  revealed: boolean
  mayReveal: boolean
  events: { type: string; date: string; endDate: string; party: string; amount: string }[]
  ledger: { direction: string; date: string; amount: string; counterparty: string }[]
  history: {
    field: string
    oldValue: string
    newValue: string
    at: string
    batchId: string
    fileName: string
  }[]
  source: string
}

/** One imported court case: its fields, identifiers masked unless revealed, events, ledger, history. */
export function CourtCasePage(p: CourtCasePageProps) {
  return (
    <>
      <p>
        <a href="/staff/exchange">返回法检信息交换</a>
      </p>
      <h1>法院案件 {p.caseNo}</h1>
      <p>{p.source}</p>
      <dl class="summary-list">
        <dt>法院</dt>
        <dd>{p.court}</dd>
        {p.fields.map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </>
        ))}
        <dt>被执行人证件号码</dt>
        <dd>{p.identifiers.length === 0 ? '—' : p.identifiers.map((i) => i.value).join('、')}</dd>
      </dl>
      {p.identifiers.length > 0 && !p.revealed && p.mayReveal ? (
        <Form action={`/staff/exchange/cases/${p.id}/reveal`} csrfToken={p.csrfToken}>
          <Button variant="secondary">显示完整证件号码（将记入审计日志）</Button>
        </Form>
      ) : null}
      <h2>执行措施（节点）</h2>
      {p.events.length === 0 ? (
        <p>无。</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">执行措施（节点）</caption>
            <thead>
              <tr>
                <th scope="col">日期</th>
                <th scope="col">措施</th>
                <th scope="col">届满或解除</th>
                <th scope="col">对象</th>
                <th scope="col">金额（元）</th>
              </tr>
            </thead>
            <tbody>
              {p.events.map((e) => (
                <tr>
                  <td>{e.date}</td>
                  <td>{e.type}</td>
                  <td>{e.endDate}</td>
                  <td>{e.party}</td>
                  <td>{e.amount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>执行款台账</h2>
      {p.ledger.length === 0 ? (
        <p>无。</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">执行款台账</caption>
            <thead>
              <tr>
                <th scope="col">日期</th>
                <th scope="col">类别</th>
                <th scope="col">金额（元）</th>
                <th scope="col">交款人或领款人</th>
              </tr>
            </thead>
            <tbody>
              {p.ledger.map((l) => (
                <tr>
                  <td>{l.date}</td>
                  <td>{l.direction}</td>
                  <td>{l.amount}</td>
                  <td>{l.counterparty}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>变更记录</h2>
      {p.history.length === 0 ? (
        <p>自首次导入以来没有变更。</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">字段变更记录</caption>
            <thead>
              <tr>
                <th scope="col">时间</th>
                <th scope="col">字段</th>
                <th scope="col">原值</th>
                <th scope="col">新值</th>
                <th scope="col">批次</th>
              </tr>
            </thead>
            <tbody>
              {p.history.map((h) => (
                <tr>
                  <td>{h.at}</td>
                  <td>{h.field}</td>
                  <td>{h.oldValue}</td>
                  <td>{h.newValue}</td>
                  <td>
                    <a href={`/staff/exchange/batches/${h.batchId}`}>{h.fileName}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
