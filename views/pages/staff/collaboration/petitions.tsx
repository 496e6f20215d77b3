import type { PetitionSummary } from '../../../../src/collaboration/petitions/petition-view.service.js'
import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import { RadioGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { TextArea, TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'
import { text } from './shared.js'

export function PetitionListPage(props: { petitions: PetitionSummary[]; mayAdd: boolean }) {
  return (
    <>
      <h1>涉执信访</h1>
      <p>
        本院收到或法院在信息交换中移交的涉及执行的信访，会同法院处理的情况、办理结果和《信访工作条例》规定的期限。
      </p>
      {props.mayAdd ? (
        <p>
          <a class="button" href="/staff/petitions/new">
            登记涉执信访
          </a>
        </p>
      ) : null}
      {props.petitions.length === 0 ? (
        <p>还没有登记涉执信访。</p>
      ) : (
        <div class="table-wrap">
          <table class="case-table">
            <caption>涉执信访（新的在前）</caption>
            <thead>
              <tr>
                <th scope="col">收到日期</th>
                <th scope="col">信访人</th>
                <th scope="col">渠道</th>
                <th scope="col">法院与案号</th>
                <th scope="col">结果或期限</th>
              </tr>
            </thead>
            <tbody>
              {props.petitions.map((p) => (
                <tr>
                  <td>
                    <a href={`/staff/petitions/${p.id}`}>{p.receivedOn}</a>
                  </td>
                  <td>{p.petitioner}</td>
                  <td>{p.channel}</td>
                  <td>{p.court}</td>
                  <td>
                    {p.outcome ??
                      p.clocks
                        .map((k) => `${k.label} ${k.on}${k.overdue ? '（已逾期）' : ''}`)
                        .join('；')}
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

const CHANNELS = [
  { value: 'visit', label: '来访' },
  { value: 'letter', label: '来信' },
  { value: 'phone', label: '来电' },
  { value: 'online', label: '网上信访' },
  { value: 'court', label: '法院移交（信息交换）' },
]

export function PetitionNewPage(props: {
  csrfToken: string
  values: FormValues
  errors: FormErrors
}) {
  const v = props.values
  const e = props.errors
  return (
    <>
      <a class="back-link" href="/staff/petitions">
        返回涉执信访
      </a>
      <ErrorSummary errors={e} />
      <h1>登记涉执信访</h1>
      <Form action="/staff/petitions/new" csrfToken={props.csrfToken}>
        <TextField
          name="petitionerName"
          label="信访人姓名"
          value={text(v.petitionerName)}
          error={e.petitionerName}
          maxlength={50}
        />
        <TextField
          name="petitionerPhone"
          label="信访人手机号码"
          inputmode="tel"
          value={text(v.petitionerPhone)}
          error={e.petitionerPhone}
        />
        <TextField
          name="petitionerId"
          label="信访人身份证号码"
          value={text(v.petitionerId)}
          error={e.petitionerId}
          optional
        />
        <RadioGroup
          name="channel"
          legend="信访渠道"
          options={CHANNELS}
          value={text(v.channel)}
          error={e.channel}
        />
        <TextField
          name="receivedOn"
          label="收到日期"
          type="date"
          hint="期限自这一天起算"
          value={text(v.receivedOn)}
          error={e.receivedOn}
        />
        <TextField
          name="courtName"
          label="执行法院"
          value={text(v.courtName)}
          error={e.courtName}
          maxlength={100}
        />
        <TextField
          name="courtCaseNumber"
          label="执行案号"
          value={text(v.courtCaseNumber)}
          error={e.courtCaseNumber}
          maxlength={60}
          optional
        />
        <TextArea
          name="complaint"
          label="信访诉求"
          rows={5}
          value={text(v.complaint)}
          error={e.complaint}
          maxlength={4000}
        />
        <Button>登记</Button>
      </Form>
    </>
  )
}
