import type { ActionItemView } from '../../../../src/collaboration/meetings/action-item.service.js'
import type { MeetingSummary } from '../../../../src/collaboration/meetings/meeting-view.service.js'
import type { FormErrors } from '../../../../src/http/form.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { DoneNotice } from './shared.js'

/** Every 联席会议 and 会商, newest first. */
export function MeetingListPage(props: {
  meetings: MeetingSummary[]
  mayAdd: boolean
  done: string | undefined
}) {
  return (
    <>
      <DoneNotice messages={{}} done={props.done} />
      <h1>联席会议</h1>
      <p>法检“两长”联席会、信息交换联席会、市院–中院会商等会议的记录、纪要和议定事项。</p>
      <p class="button-group">
        {props.mayAdd ? (
          <a class="button" href="/staff/meetings/new">
            登记会议
          </a>
        ) : null}
        <a class="button button--secondary" href="/staff/meetings/actions">
          到期议定事项
        </a>
      </p>
      {props.meetings.length === 0 ? (
        <p>还没有登记会议。</p>
      ) : (
        <div class="table-wrap">
          <table class="case-table">
            <caption>会议（新的在前）</caption>
            <thead>
              <tr>
                <th scope="col">日期</th>
                <th scope="col">类型</th>
                <th scope="col">地点</th>
                <th scope="col">主持人</th>
              </tr>
            </thead>
            <tbody>
              {props.meetings.map((m) => (
                <tr>
                  <td>
                    <a href={`/staff/meetings/${m.id}`}>{m.heldOn}</a>
                  </td>
                  <td>{m.kind}</td>
                  <td>{m.place}</td>
                  <td>{m.chair}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

export function ActionItemsTable(props: {
  items: ActionItemView[]
  caption: string
  showMeeting?: boolean
}) {
  return (
    <div class="table-wrap">
      <table class="case-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.showMeeting ? <th scope="col">会议</th> : null}
            <th scope="col">事项</th>
            <th scope="col">承办</th>
            <th scope="col">完成期限</th>
            <th scope="col">状态</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((i) => (
            <tr>
              {props.showMeeting ? (
                <td>
                  <a href={`/staff/meetings/${i.meetingId}`}>{i.meeting}</a>
                </td>
              ) : null}
              <td>{i.description}</td>
              <td>{i.owner}</td>
              <td>
                {i.dueOn}
                {i.overdue ? <strong>（已逾期）</strong> : null}
              </td>
              <td>
                {i.status}
                {i.note ? `：${i.note}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Open action items overdue or due within the week. */
export function ActionDuePage(props: { items: ActionItemView[]; errors?: FormErrors }) {
  return (
    <>
      <a class="back-link" href="/staff/meetings">
        返回联席会议
      </a>
      <ErrorSummary errors={props.errors ?? {}} />
      <h1>到期议定事项</h1>
      <p>
        已逾期和 7 日内到期、尚未办结的会议议定事项。承办人是本院人员的，每日提醒邮件中也会列出。
      </p>
      {props.items.length === 0 ? (
        <p>没有到期的议定事项。</p>
      ) : (
        <ActionItemsTable items={props.items} caption="到期议定事项（期限近的在前）" showMeeting />
      )}
    </>
  )
}
