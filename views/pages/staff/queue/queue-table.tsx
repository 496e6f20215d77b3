import type { QueueItem } from '../../../../src/queue/queue-view.js'

/** One row per application; due-soon and overdue rows carry a worded tag, not only a colour. */
export function QueueTable(props: { items: QueueItem[]; caption: string }) {
  return (
    <div class="table-wrap">
      <table class="queue-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">查询码</th>
            <th scope="col">申请人</th>
            <th scope="col">监督事项</th>
            <th scope="col">法院与执行案号</th>
            <th scope="col">阶段</th>
            <th scope="col">提示</th>
            <th scope="col">承办人</th>
            <th scope="col">期限</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <Row item={item} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Row({ item }: { item: QueueItem }) {
  const rowClass =
    item.due.state === 'overdue'
      ? 'queue-row--overdue'
      : item.due.state === 'soon'
        ? 'queue-row--soon'
        : undefined
  return (
    <tr class={rowClass}>
      <th scope="row">
        <a href={`/staff/applications/${item.id}`} class="queue-code">
          {item.trackingCode}
        </a>
      </th>
      <td>{item.applicantName}</td>
      <td>{item.matters.join('；')}</td>
      <td>
        {item.courtName}
        <br />
        <span class="queue-case-number">{item.caseNumber}</span>
      </td>
      <td>{item.stageLabel}</td>
      <td>
        {item.flags.map((f) => (
          <span class="tag queue-flag">{f}</span>
        ))}
      </td>
      <td>{item.assigneeName ?? '未分派'}</td>
      <td>
        <DueCell due={item.due} />
      </td>
    </tr>
  )
}

function DueCell({ due }: { due: QueueItem['due'] }) {
  if (!due.date) return <span class="queue-due--none">{due.text}</span>
  return (
    <>
      {due.state === 'overdue' ? <span class="tag tag--overdue">已逾期</span> : null}
      {due.state === 'soon' ? <span class="tag tag--soon">即将到期</span> : null}
      <time datetime={due.date}>{due.date}</time>
      <br />
      {due.text}
    </>
  )
}
