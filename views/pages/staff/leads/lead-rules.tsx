export type RuleSummary = {
  id: string
  name: string
  fields: string
  thresholds: string[]
  basis: string
  raised: number
  unknown: number
  /** why the rule is not run at all (no list of the kind it compares with is imported) */
  notRun: string | null
}

export type RulesPageProps = {
  rules: RuleSummary[]
  leftOut: { id: string; name: string; reason: string }[]
}

/** Every rule with what it reads, its thresholds (value and default), basis and counts. */
export function LeadRulesPage(p: RulesPageProps) {
  return (
    <>
      <p>
        <a href="/staff/leads">返回线索列表</a>
      </p>
      <h1>线索规则</h1>
      <p>
        规则读取法院报送的数据，X05B、X09、X11–X13、X15、X16
        还比对管理员导入的对比名单。法院未报送规则所需的列或表、或尚未导入所需名单时，结果为“无法判断”，绝不据此认定违法。阈值由管理员在“线索规则设置”中调整，默认值为全国性规定或公开模型的数值。
      </p>
      <table>
        <caption class="visually-hidden">线索规则</caption>
        <thead>
          <tr>
            <th scope="col">规则</th>
            <th scope="col">读取的数据</th>
            <th scope="col">阈值（当前 / 默认）</th>
            <th scope="col">提示的案件</th>
            <th scope="col">无法判断</th>
          </tr>
        </thead>
        <tbody>
          {p.rules.map((r) => (
            <tr>
              <td>
                <a href={`/staff/leads/rules/${r.id}`}>
                  {r.id} {r.name}
                </a>
              </td>
              <td>{r.fields}</td>
              <td>{r.thresholds.length ? r.thresholds.join('；') : '—'}</td>
              <td>{r.raised}</td>
              <td>{r.notRun ?? r.unknown}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LeftOut leftOut={p.leftOut} />
    </>
  )
}

export function LeftOut(p: { leftOut: RulesPageProps['leftOut'] }) {
  return (
    <>
      <h2>尚未评估的规则</h2>
      <ul>
        {p.leftOut.map((r) => (
          <li>
            {r.id} {r.name}：{r.reason}
          </li>
        ))}
      </ul>
    </>
  )
}

export type RulePageProps = {
  rule: RuleSummary
  cases: {
    caseId: string
    caseNo: string
    evidence: string
    leadId: string | null
    leadStatus: string
  }[]
  nextAfter: string | undefined
  firstPage: boolean
  leftOut: RulesPageProps['leftOut']
}

/** One rule: its basis and thresholds, and the cases it raised with the evidence. */
export function LeadRulePage(p: RulePageProps) {
  const r = p.rule
  return (
    <>
      <p>
        <a href="/staff/leads/rules">返回规则列表</a>
      </p>
      <h1>
        {r.id} {r.name}
      </h1>
      <dl class="summary-list">
        <dt>读取的数据</dt>
        <dd>{r.fields}</dd>
        <dt>阈值（当前 / 默认）</dt>
        <dd>{r.thresholds.length ? r.thresholds.join('；') : '无'}</dd>
        <dt>依据</dt>
        <dd>{r.basis}</dd>
        <dt>提示 / 无法判断</dt>
        <dd>{r.notRun ?? `${r.raised} 件 / ${r.unknown} 件`}</dd>
      </dl>
      <h2>提示的案件</h2>
      {p.cases.length === 0 ? (
        <p>目前没有案件触发这条规则。</p>
      ) : (
        <table>
          <caption class="visually-hidden">提示的案件</caption>
          <thead>
            <tr>
              <th scope="col">执行案号</th>
              <th scope="col">证据</th>
              <th scope="col">线索</th>
            </tr>
          </thead>
          <tbody>
            {p.cases.map((c) => (
              <tr>
                <td>
                  <a href={`/staff/exchange/cases/${c.caseId}`}>{c.caseNo}</a>
                </td>
                <td>{c.evidence}</td>
                <td>{c.leadId ? <a href={`/staff/leads/${c.leadId}`}>{c.leadStatus}</a> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav class="pagination" aria-label="翻页">
        {p.firstPage ? null : <a href={`/staff/leads/rules/${r.id}`}>回到第一页</a>}
        {p.nextAfter ? (
          <a href={`/staff/leads/rules/${r.id}?after=${p.nextAfter}`}>下一页</a>
        ) : null}
      </nav>
      <LeftOut leftOut={p.leftOut} />
    </>
  )
}
