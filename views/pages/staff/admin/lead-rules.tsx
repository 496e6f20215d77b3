import type { FormErrors } from '../../../../src/http/form.js'
import type { SettingsView } from '../../../../src/staff/admin/lead-rules/lead-rules.service.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

export type LeadRulesAdminProps = {
  csrfToken: string
  settings: SettingsView[]
  values: Record<string, string>
  errors: FormErrors
  notice?: string | undefined
}

/** The flag rules' thresholds and weights, each with its national default beside it. */
export function LeadRulesAdminPage(p: LeadRulesAdminProps) {
  const thresholds = p.settings.filter((s) => !s.key.startsWith('weight.'))
  const weights = p.settings.filter((s) => s.key.startsWith('weight.'))
  return (
    <>
      <ErrorSummary errors={p.errors} />
      {p.notice ? (
        <div class="notice" role="status">
          <p>{p.notice}</p>
        </div>
      ) : null}
      <h1>线索规则设置</h1>
      <p>
        阈值默认取全国性规定或公开模型的数值（见<a href="/staff/leads/rules">规则说明</a>
        ）。本地法院有更严的内部期限的，可以在此调整。保存后立即用新的设置重新评估全部已导入案件，修改记入审计日志。
      </p>
      <Form action="/staff/admin/lead-rules" csrfToken={p.csrfToken}>
        <h2>阈值</h2>
        {thresholds.map((s) => (
          <SettingField s={s} value={p.values[s.key]} error={p.errors[s.key]} />
        ))}
        <h2>严重程度权重</h2>
        <p>线索的严重程度为其触发规则的权重之和：6 及以上为“高”，3 至 5 为“中”，其余为“低”。</p>
        {weights.map((s) => (
          <SettingField s={s} value={p.values[s.key]} error={p.errors[s.key]} />
        ))}
        <Button>保存并重新评估</Button>
      </Form>
    </>
  )
}

function SettingField(props: {
  s: SettingsView
  value: string | undefined
  error?: string | undefined
}) {
  const { s } = props
  const unit = s.unit ? `（${s.unit}）` : ''
  return (
    <TextField
      name={s.key}
      label={`${s.label}${unit}`}
      hint={`默认值 ${s.default}${s.unit}；可填 ${s.min} 至 ${s.max}${s.note ? `。${s.note}` : ''}`}
      value={props.value ?? String(s.value)}
      error={props.error}
      inputmode="numeric"
      short
    />
  )
}
