import type { ReferralSummary } from '../../../../src/collaboration/referrals/referral-view.service.js'
import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import { RadioGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { TextArea, TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'
import { text } from './shared.js'

export function ReferralListPage(props: { referrals: ReferralSummary[]; mayAdd: boolean }) {
  return (
    <>
      <h1>涉嫌犯罪线索移送</h1>
      <p>拒不执行判决、裁定，妨害作证，虚假诉讼等犯罪线索的联合研判、移送公安机关和立案监督。</p>
      {props.mayAdd ? (
        <p>
          <a class="button" href="/staff/referrals/new">
            登记犯罪线索
          </a>
        </p>
      ) : null}
      {props.referrals.length === 0 ? (
        <p>还没有登记犯罪线索。</p>
      ) : (
        <div class="table-wrap">
          <table class="case-table">
            <caption>犯罪线索（新的在前）</caption>
            <thead>
              <tr>
                <th scope="col">罪名</th>
                <th scope="col">涉嫌人</th>
                <th scope="col">移送函文号</th>
                <th scope="col">进展</th>
                <th scope="col">期限</th>
              </tr>
            </thead>
            <tbody>
              {props.referrals.map((r) => (
                <tr>
                  <td>
                    <a href={`/staff/referrals/${r.id}`}>{r.crime}</a>
                    {r.trackingCode ? <span class="hint"> {r.trackingCode}</span> : null}
                  </td>
                  <td>{r.suspect}</td>
                  <td>{r.letterNumber ?? '—'}</td>
                  <td>
                    {r.stage}
                    {r.prompt ? <strong>（应当开展立案监督）</strong> : null}
                  </td>
                  <td>{r.due ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

const CRIME_OPTIONS = [
  { value: 'refusal_to_execute', label: '拒不执行判决、裁定罪' },
  { value: 'obstructing_testimony', label: '妨害作证罪' },
  { value: 'false_litigation', label: '虚假诉讼罪' },
]

export function ReferralNewPage(props: {
  csrfToken: string
  values: FormValues
  errors: FormErrors
}) {
  const v = props.values
  const e = props.errors
  return (
    <>
      <a class="back-link" href="/staff/referrals">
        返回犯罪线索
      </a>
      <ErrorSummary errors={e} />
      <h1>登记犯罪线索</h1>
      <Form action="/staff/referrals/new" csrfToken={props.csrfToken}>
        <RadioGroup
          name="crime"
          legend="涉嫌罪名"
          options={CRIME_OPTIONS}
          value={text(v.crime)}
          error={e.crime}
        />
        <TextField
          name="trackingCode"
          label="来源申请的查询码"
          hint="线索来自某件监督申请的，填写其查询码；手工登记的留空"
          value={text(v.trackingCode)}
          error={e.trackingCode}
          optional
        />
        <TextField
          name="courtCaseNumber"
          label="执行案号"
          value={text(v.courtCaseNumber)}
          error={e.courtCaseNumber}
          maxlength={60}
          optional
        />
        <TextField
          name="suspectName"
          label="涉嫌人姓名或名称"
          value={text(v.suspectName)}
          error={e.suspectName}
          maxlength={100}
        />
        <RadioGroup
          name="suspectType"
          legend="涉嫌人类型"
          options={[
            { value: 'person', label: '自然人' },
            { value: 'organisation', label: '单位' },
          ]}
          value={text(v.suspectType)}
          error={e.suspectType}
        />
        <TextArea
          name="facts"
          label="线索事实"
          rows={6}
          value={text(v.facts)}
          error={e.facts}
          maxlength={4000}
        />
        <RadioGroup
          name="foundBy"
          legend="发现线索的单位"
          options={[
            { value: 'procuratorate', label: '本院' },
            { value: 'court', label: '人民法院' },
          ]}
          value={text(v.foundBy)}
          error={e.foundBy}
        />
        <Button>登记</Button>
      </Form>
    </>
  )
}
