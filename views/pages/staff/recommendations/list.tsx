import type { FormErrors } from '../../../../src/http/form.js'
import type { RegisterView } from '../../../../src/recommendations/register-view.service.js'
import type { SupervisedCourt } from '../../../../src/site/site-view.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { SelectField, TextField } from '../../../components/field.js'

export type RegisterPageProps = {
  values: Record<string, string | undefined>
  errors: FormErrors
  courts: SupervisedCourt[]
  /** undefined when the filters were refused */
  register: RegisterView | undefined
  mayDraft: boolean
  mayExport: boolean
  done: string | undefined
}

const VIEWS = [
  { value: 'all', label: '全部检察建议' },
  { value: 'due_soon', label: '法院回复将在 N 日内到期（含已逾期）' },
  { value: 'overdue', label: '法院回复已逾期' },
  { value: 'awaiting_service', label: '待送达法院' },
  { value: 'follow_up', label: '需要跟进监督' },
]

/** Every 检察建议 in one list (issue 16): number, kind, addressee, cases, decision, status, clock. */
export function RegisterPage(props: RegisterPageProps) {
  return (
    <>
      <ErrorSummary errors={props.errors} />
      {props.done === 'drafted' ? (
        <div class="notice" role="status">
          <p>检察建议稿已保存，等待院领导审批。</p>
        </div>
      ) : null}
      <h1>检察建议台账</h1>
      <p>
        本院提出的每一份检察建议：在案件审查中决定提出的个案检察建议会自动列入；类案检察建议、社会治理检察建议和依职权监督案件的检察建议在这里登记。
      </p>
      {props.mayDraft ? (
        <p class="button-group">
          <a class="button" href="/staff/recommendations/new">
            登记检察建议
          </a>
          <a class="button button--secondary" href="/staff/recommendations/backfill">
            补录系统上线前的检察建议
          </a>
        </p>
      ) : null}
      <Filters {...props} />
      {props.register ? <Figures figures={props.register.figures} /> : null}
      {props.mayExport && props.register ? <ExportLinks values={props.values} /> : null}
      {!props.register ? null : props.register.entries.length === 0 ? (
        <p>没有符合条件的检察建议。</p>
      ) : (
        <EntriesTable register={props.register} />
      )}
    </>
  )
}

function Filters(props: RegisterPageProps) {
  const v = props.values
  const courts = props.courts.map((c) => ({ value: c.name, label: c.name }))
  return (
    <form method="get" action="/staff/recommendations" class="filter-form" novalidate>
      <SelectField
        name="view"
        label="清单"
        options={VIEWS}
        value={v.view}
        placeholder="全部检察建议"
        error={props.errors.view}
        optional
      />
      <TextField
        name="days"
        label="到期天数 N"
        hint="选择“将在 N 日内到期”时使用，默认 30 日"
        value={v.days}
        error={props.errors.days}
        inputmode="numeric"
        short
        optional
      />
      <SelectField
        name="court"
        label="接收法院"
        options={courts}
        value={v.court}
        placeholder="全部法院"
        error={props.errors.court}
        optional
      />
      <SelectField
        name="outcome"
        label="法院处理结果"
        options={[
          { value: 'adopted', label: '采纳' },
          { value: 'partly_adopted', label: '部分采纳' },
          { value: 'not_adopted', label: '不采纳' },
        ]}
        value={v.outcome}
        placeholder="全部"
        error={props.errors.outcome}
        optional
      />
      <div class="button-group">
        <button class="button" type="submit">
          筛选
        </button>
        <a class="button button--secondary" href="/staff/recommendations">
          清除筛选
        </a>
      </div>
    </form>
  )
}

function EntriesTable(props: { register: RegisterView }) {
  return (
    <div class="table-wrap">
      <table class="case-table">
        <caption>检察建议（今天是 {props.register.today}）</caption>
        <thead>
          <tr>
            <th scope="col">文号</th>
            <th scope="col">类别</th>
            <th scope="col">被建议单位</th>
            <th scope="col">所涉案件</th>
            <th scope="col">决定日期</th>
            <th scope="col">状态</th>
            <th scope="col">期限</th>
          </tr>
        </thead>
        <tbody>
          {props.register.entries.map((e) => (
            <tr>
              <td>
                <a href={`/staff/recommendations/${e.id}`}>{e.number}</a>
              </td>
              <td>{e.kind}</td>
              <td>{e.addressee}</td>
              <td>{e.caseNumbers}</td>
              <td>{e.decidedOn}</td>
              <td>{e.status}</td>
              <td>
                {e.followUp ? <span class="tag tag--warning">跟进监督：{e.followUp}</span> : null}
                {e.clock ? (
                  <span class={e.clock.overdue ? 'tag tag--warning' : undefined}>
                    {e.clock.text}
                  </span>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function ExportLinks(props: { values: Record<string, string | undefined> }) {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(props.values)) if (v?.trim()) params.set(k, v.trim())
  const q = params.toString() ? `?${params.toString()}` : ''
  return (
    <p class="button-group">
      <a class="button button--secondary" href={`/staff/recommendations/export/xlsx${q}`}>
        导出当前清单（Excel）
      </a>
      <a class="button button--secondary" href={`/staff/recommendations/export/csv${q}`}>
        导出当前清单（CSV）
      </a>
    </p>
  )
}

/** 采纳 and 落实 over the decided 检察建议 (to the chosen court, if one is chosen). */
function Figures(props: { figures: RegisterView['figures'] }) {
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">办理成效</h2>
      <dl class="summary-list">
        {props.figures.map((f) => (
          <div>
            <dt>{f.label}</dt>
            <dd>
              {f.value} <span class="hint">{f.basis}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
