import type { ExchangeEntryView } from '../../../../src/exchange/log/exchange-log.service.js'

/** The log's rows; the file column links to the audited download for those who may open it. */
export function EntriesTable(props: { entries: ExchangeEntryView[]; mayDownload: boolean }) {
  return (
    <div class="table-wrap">
      <table class="case-table">
        <caption>交换记录（新的在前）</caption>
        <thead>
          <tr>
            <th scope="col">交换日期</th>
            <th scope="col">方向</th>
            <th scope="col">交换单位</th>
            <th scope="col">内容</th>
            <th scope="col">条数</th>
            <th scope="col">附件与校验值</th>
            <th scope="col">经办人</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr>
              <td>{e.exchangedOn}</td>
              <td>{e.direction}</td>
              <td>{e.counterpart}</td>
              <td>
                {e.content}
                <br />
                <span class="hint">
                  {e.source}
                  {e.note ? `；备注：${e.note}` : ''}
                </span>
              </td>
              <td>{e.itemCount}</td>
              <td>
                <FileCell entry={e} mayDownload={props.mayDownload} />
              </td>
              <td>
                {e.handledBy}
                <br />
                <span class="hint">登记于 {e.recordedAt}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function FileCell(props: { entry: ExchangeEntryView; mayDownload: boolean }) {
  const f = props.entry.file
  if (!f) return <>无附件</>
  return (
    <>
      {props.mayDownload ? (
        <a href={`/staff/exchange/log/${props.entry.id}/file`} download>
          {f.name}
        </a>
      ) : (
        f.name
      )}
      （{f.size}）
      <br />
      <span class="hint">
        SHA-256：
        <code title={f.sha256} data-sha256={f.sha256}>
          {f.shortHash}…
        </code>
      </span>
    </>
  )
}
