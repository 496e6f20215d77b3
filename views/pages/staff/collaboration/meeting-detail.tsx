import type { MeetingDetail } from '../../../../src/collaboration/meetings/meeting-view.service.js'
import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import type { Option } from '../../../components/field.js'
import { RadioGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { SelectField, TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'
import { ActionItemsTable } from './meetings.js'
import { DoneNotice, Facts, text } from './shared.js'

const DONE = {
  created: '已登记这次会议。',
  action: '已添加议定事项。',
  closed: '议定事项已办结。',
}

export function MeetingDetailPage(props: {
  meeting: MeetingDetail
  csrfToken: string
  staff: Option[]
  mayWrite: boolean
  done: string | undefined
  values: FormValues
  errors: FormErrors
}) {
  const m = props.meeting
  return (
    <>
      <a class="back-link" href="/staff/meetings">
        返回联席会议
      </a>
      <ErrorSummary errors={props.errors} />
      <DoneNotice messages={DONE} done={props.done} />
      <h1>
        {m.kind}（{m.heldOn}）
      </h1>
      <Facts
        rows={[
          ['会议地点', m.place],
          ['主持人', m.chair],
          ['参会人员', m.participants.map((p) => `${p.organisation}：${p.people}`).join('\n')],
          ['会议议题', m.agenda],
          ['议定事项', m.decisions],
          ['涉及的检察建议', m.recommendationRefs],
          ['涉及案件', m.cases.map((c) => `${c.trackingCode}  ${c.caseNumber}`).join('\n')],
          ['信息交换', m.exchanges.map((x) => x.text).join('\n')],
          [
            '会议纪要',
            m.minutes ? (
              props.mayWrite ? (
                <a href={`/staff/meetings/${m.id}/minutes`}>
                  {m.minutes.name}（{m.minutes.size}）
                </a>
              ) : (
                `${m.minutes.name}（${m.minutes.size}）`
              )
            ) : (
              '未上传'
            ),
          ],
          ['登记人', m.recordedBy],
        ]}
      />
      <h2>议定事项</h2>
      {m.actions.length ? (
        <ActionItemsTable items={m.actions} caption="本次会议的议定事项" />
      ) : (
        <p>还没有议定事项。</p>
      )}
      {props.mayWrite ? <CloseForms {...props} /> : null}
      {props.mayWrite ? <AddActionForm {...props} /> : null}
    </>
  )
}

function CloseForms(props: { meeting: MeetingDetail; csrfToken: string }) {
  return (
    <>
      {props.meeting.actions
        .filter((a) => a.open)
        .map((a) => (
          <Form action={`/staff/meetings/actions/${a.id}/close`} csrfToken={props.csrfToken}>
            <RadioGroup
              name="status"
              legend={`办结：${a.description}`}
              options={[
                { value: 'done', label: '已完成' },
                { value: 'dropped', label: '撤销' },
              ]}
            />
            <TextField name="note" label="说明" maxlength={500} optional />
            <Button variant="secondary">办结</Button>
          </Form>
        ))}
    </>
  )
}

function AddActionForm(props: {
  meeting: MeetingDetail
  csrfToken: string
  staff: Option[]
  values: FormValues
  errors: FormErrors
}) {
  const v = props.values
  const e = props.errors
  return (
    <>
      <h2>添加议定事项</h2>
      <Form action={`/staff/meetings/${props.meeting.id}/actions`} csrfToken={props.csrfToken}>
        <TextField
          name="description"
          label="事项内容"
          value={text(v.description)}
          error={e.description}
          maxlength={500}
        />
        <SelectField
          name="ownerStaffId"
          label="承办人（本院）"
          hint="由本院人员承办的选这里；到期前会出现在其每日提醒邮件中"
          options={props.staff}
          value={text(v.ownerStaffId)}
          error={e.ownerStaffId}
          optional
        />
        <TextField
          name="ownerOrganisation"
          label="承办单位"
          hint="由法院或其他单位承办的填写单位名称"
          value={text(v.ownerOrganisation)}
          error={e.ownerOrganisation}
          maxlength={100}
          optional
        />
        <TextField
          name="dueOn"
          label="完成期限"
          type="date"
          hint="例如 2026-03-31"
          value={text(v.dueOn)}
          error={e.dueOn}
        />
        <Button>添加</Button>
      </Form>
    </>
  )
}
