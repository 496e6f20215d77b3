export type HandedDownQueueItem = {
  id: string
  /** the organ, 交办 or 移送, and the document's number */
  source: string
  party: string
  courtCaseNo: string
  due: string
  overdue: boolean
  /** 规则 第一百零七条: decided here (提请上级院监督 or 不支持) */
  article107: boolean
}

/** Open 交办 and 移送 cases, listed with their source and the limit their document sets. */
export function HandedDownSection(props: { items: HandedDownQueueItem[]; mayEnter: boolean }) {
  if (props.items.length === 0 && !props.mayEnter) return null
  return (
    <section aria-labelledby="handed-down-heading">
      <h2 id="handed-down-heading">交办、移送案件（{props.items.length}）</h2>
      {props.mayEnter ? (
        <p>
          <a href="/staff/handed-down/new">登记交办、移送案件</a>
        </p>
      ) : null}
      {props.items.length > 0 ? (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">来源</th>
                <th scope="col">申请人</th>
                <th scope="col">执行案号</th>
                <th scope="col">办理期限</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((i) => (
                <tr>
                  <td>
                    <a href={`/staff/handed-down/${i.id}`}>{i.source}</a>
                    {i.article107 ? <span class="tag">第一百零七条</span> : null}
                  </td>
                  <td>{i.party}</td>
                  <td>{i.courtCaseNo}</td>
                  <td>
                    {i.due}
                    {i.overdue ? <span class="tag tag--warning">已逾期</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  )
}
