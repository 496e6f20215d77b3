/** One 回避 request as the case page lists it. */
export type RecusalItem = {
  id: string
  /** 姓名（法律职务）, or 姓名（身份） for a person who is not a staff member */
  person: string
  reason: string
  requestedAt: string
  /** what was decided so far, each with who decided, when and why */
  outcomes: string[]
  /** waiting for the decision or the 复议 decision: when it is due (规则 第十七条: three days) */
  waiting?: { what: '决定' | '复议决定'; decideBy: string; overdue: boolean } | undefined
}

/**
 * 回避 requests the applicant filed on the status page, their decisions and 复议 (规则 第十四条、
 * 第十六条、第十七条). A leader records the decision through the 作出回避决定 action.
 */
export function CaseRecusals(props: { items: RecusalItem[]; decideHref?: string | undefined }) {
  if (props.items.length === 0) return null
  return (
    <section aria-labelledby="recusals-title">
      <h2 id="recusals-title">回避申请</h2>
      <ul class="case-recusals">
        {props.items.map((r) => (
          <li>
            <p>
              {r.requestedAt} 申请人申请 {r.person} 回避
              {r.waiting ? (
                <span class="tag tag--warning">待{r.waiting.what}</span>
              ) : (
                <span class="tag">已决定</span>
              )}
            </p>
            <p class="preserve-lines">理由：{r.reason}</p>
            {r.outcomes.map((o) => (
              <p>{o}</p>
            ))}
            {r.waiting ? (
              <p data-testid="recusal-due">
                应于 {r.waiting.decideBy} 前作出{r.waiting.what}并通知申请人（规则第十七条）
                {r.waiting.overdue ? <span class="tag tag--warning">已逾期</span> : null}；
                {r.waiting.what === '决定'
                  ? '决定前，被申请回避的人员暂停参与本案工作（规则第十四条第二款）。'
                  : '复议期间，被申请回避的人员不停止参与本案工作（规则第十七条）。'}
              </p>
            ) : null}
            {r.waiting && props.decideHref ? (
              <p>
                <a class="button button--secondary" href={props.decideHref}>
                  作出{r.waiting.what}
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
