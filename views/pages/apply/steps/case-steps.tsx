import { CheckboxGroup, RadioGroup } from '../../../components/choices.js'
import { SelectField, TextArea, TextField } from '../../../components/field.js'
import { str, type StepViewProps } from '../wizard-page.js'

const PARTY_ROLES = ['申请执行人', '被执行人', '利害关系人', '案外人', '其他']

/** Repeatable without JavaScript: the page's "添加一位当事人" button posts back with one more row. */
export function PartiesStep({ values, errors, rows }: StepViewProps & { rows: number }) {
  return (
    <>
      <p>请填写执行案件中的其他当事人，通常是执行案件的另一方（例如被执行人或申请执行人）。</p>
      {Array.from({ length: rows }, (_, i) => {
        const v = (f: string) => str(values[`parties.${i}.${f}`])
        return (
          <fieldset class="fieldset panel">
            <legend class="fieldset__legend">第 {i + 1} 位当事人</legend>
            <TextField
              name={`parties.${i}.name`}
              label="当事人姓名或名称"
              value={v('name')}
              error={errors[`parties.${i}.name`]}
            />
            <SelectField
              name={`parties.${i}.role`}
              label="当事人身份"
              value={v('role')}
              error={errors[`parties.${i}.role`]}
              options={PARTY_ROLES.map((r) => ({ value: r, label: r }))}
            />
            <TextField
              name={`parties.${i}.contact`}
              label="联系方式"
              value={v('contact')}
              error={errors[`parties.${i}.contact`]}
              optional
              hint="电话或地址，知道的可以填写"
            />
          </fieldset>
        )
      })}
      <input type="hidden" name="rows" value={String(rows)} />
    </>
  )
}

export function CaseStep({ values, errors, courts, today }: StepViewProps) {
  const v = (k: string) => str(values[k])
  return (
    <>
      <SelectField
        name="court"
        label="执行法院"
        value={v('court')}
        error={errors.court}
        options={[
          ...courts.map((c) => ({ value: c.code, label: c.name })),
          { value: 'other', label: '其他法院' },
        ]}
      />
      <TextField
        name="otherCourtName"
        label="其他法院名称"
        value={v('otherCourtName')}
        error={errors.otherCourtName}
        optional
        hint="上面选择“其他法院”的，请填写法院全称"
      />
      <TextField
        name="caseNumber"
        label="执行案号"
        value={v('caseNumber')}
        error={errors.caseNumber}
        hint="在执行通知书或执行裁定书上，例如（2023）豫0403执123号"
        autocomplete="off"
      />
      <TextField
        name="basisCaseNumber"
        label="判决书/调解书的案号（执行依据）"
        value={v('basisCaseNumber')}
        error={errors.basisCaseNumber}
        optional
        hint="被执行的判决书、调解书等的案号，例如（2022）豫0403民初456号"
        autocomplete="off"
      />
      <TextField
        name="knownDate"
        label="您是哪天知道法院这样做的"
        type="date"
        value={v('knownDate')}
        error={errors.knownDate}
        hint={`不清楚具体日期的，填写大概日期；不晚于 ${today}`}
        short
      />
    </>
  )
}

export function ComplaintStep({ values, errors, matters: options }: StepViewProps) {
  const v = (k: string) => str(values[k])
  const matters = values.matters === undefined ? [] : [values.matters].flat()
  return (
    <>
      <CheckboxGroup
        name="matters"
        legend="申请监督事项"
        hint="可以选择多项"
        values={matters}
        error={errors.matters}
        options={options.map((m) => ({ value: m, label: m }))}
      />
      <TextArea
        name="facts"
        label="事实与理由"
        value={v('facts')}
        error={errors.facts}
        maxlength={5000}
        rows={10}
        hint="请按时间顺序写清楚法院做了什么、没做什么，以及您认为违法的理由（20 至 5000 字）"
      />
      <TextArea
        name="request"
        label="您希望检察院做什么"
        value={v('request')}
        error={errors.request}
        maxlength={1000}
        rows={4}
        hint="希望检察院做什么，例如：依法监督法院及时发放执行款（10 至 1000 字）"
      />
      <RadioGroup
        name="courtRemedy"
        legend="是否已向法院提出执行异议、复议或提起诉讼"
        value={v('courtRemedy')}
        error={errors.courtRemedy}
        options={[
          { value: '未提出', label: '未提出' },
          { value: '已提出，法院正在处理', label: '已提出，法院正在处理' },
          { value: '已作出裁定', label: '已作出裁定' },
        ]}
      />
      <div class="conditional conditional--remedy-made">
        <TextField
          name="remedyCaseNumber"
          label="异议、复议或诉讼的案号"
          value={v('remedyCaseNumber')}
          error={errors.remedyCaseNumber}
          optional
          hint="已提出的填写，例如（2024）豫0403执异7号"
        />
        <TextField
          name="remedyDate"
          label="提出异议的日期（已裁定的填裁定日期）"
          type="date"
          value={v('remedyDate')}
          error={errors.remedyDate}
          optional
          short
        />
      </div>
      <div class="conditional conditional--remedy-none">
        <TextArea
          name="noRemedyReason"
          label="未提出的理由"
          value={v('noRemedyReason')}
          error={errors.noRemedyReason}
          optional
          rows={3}
          maxlength={1000}
          hint="未提出的请说明理由；只反映拖延执行的可以不填"
        />
      </div>
    </>
  )
}
