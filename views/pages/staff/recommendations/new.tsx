import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import type { SupervisedCourt } from '../../../../src/site/site-view.js'
import { RadioGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { SelectField, TextArea, TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

export type NewRecommendationPageProps = {
  csrfToken: string
  courts: SupervisedCourt[]
  values: FormValues
  errors: FormErrors
  /** a 检察建议 issued before the system existed, entered with its paper number and days */
  backfill?: boolean
}

const text = (v: FormValues[string]) => (typeof v === 'string' ? v : undefined)

const KINDS = [
  { value: 'similar_cases', label: '类案检察建议', hint: '针对多个执行案件中的同类问题' },
  { value: 'individual', label: '个案检察建议（依职权监督案件）', hint: '只涉及一个执行案件' },
  {
    value: 'social_governance',
    label: '社会治理检察建议',
    hint: '向有关国家机关提出，例如不依法履行协助执行义务的单位',
  },
]

/**
 * The reviewer's draft of a 检察建议 entered in the register (a leader approves it before it counts),
 * or, with `backfill`, one issued before the system existed, entered with its number and days.
 */
export function NewRecommendationPage(props: NewRecommendationPageProps) {
  const v = props.values
  const e = props.errors
  return (
    <>
      <a class="back-link" href="/staff/recommendations">
        返回检察建议台账
      </a>
      <ErrorSummary errors={e} />
      <h1>{props.backfill ? '补录系统上线前的检察建议' : '登记检察建议'}</h1>
      {props.backfill ? (
        <p>
          按纸质台账补录本系统上线前已经提出的检察建议，填写当时的文号和日期；补录的检察建议在台账、统计和审计记录中标明“补录”。已送达法院的，法院回复期限自送达之日起计算。
        </p>
      ) : (
        <p>
          申请监督案件中的检察建议在审查页面起草、审批，会自动列入台账，不必在这里登记。保存后由其他院领导审批，批准时编号。
        </p>
      )}
      <Form
        action={props.backfill ? '/staff/recommendations/backfill' : '/staff/recommendations/new'}
        csrfToken={props.csrfToken}
      >
        {props.backfill ? <PaperFacts {...props} /> : null}
        <RadioGroup
          name="kind"
          legend="检察建议的类别"
          options={KINDS}
          value={text(v.kind)}
          error={e.kind}
        />
        <SelectField
          name="court"
          label="接收检察建议的同级人民法院"
          hint="个案、类案检察建议向本院监督的同级人民法院提出（规则 第一百零六条、第一百零八条）"
          options={props.courts.map((c) => ({ value: c.code, label: c.name }))}
          value={text(v.court)}
          error={e.court}
          optional
        />
        <TextField
          name="organ"
          label="被建议单位"
          hint="社会治理检察建议填写被建议单位的全称"
          value={text(v.organ)}
          error={e.organ}
          maxlength={100}
          optional
        />
        <TextArea
          name="caseNumbers"
          label="所涉执行案件的案号"
          hint="每行一个，例如（2025）豫0402执1234号"
          value={text(v.caseNumbers)}
          error={e.caseNumbers}
          rows={4}
        />
        <TextArea
          name="violations"
          label="审查认定的违法情形或者存在的问题"
          value={text(v.violations)}
          error={e.violations}
          maxlength={5000}
        />
        <TextArea
          name="recommendation"
          label="检察建议的内容"
          value={text(v.recommendation)}
          error={e.recommendation}
          maxlength={5000}
        />
        <TextArea
          name="legalBasis"
          label="法律依据"
          value={text(v.legalBasis)}
          error={e.legalBasis}
          rows={3}
          maxlength={2000}
        />
        <Button>{props.backfill ? '补录检察建议' : '保存并提交院领导审批'}</Button>
      </Form>
    </>
  )
}

/** The number and days a 检察建议 was given on paper, and its service if any. */
function PaperFacts(props: NewRecommendationPageProps) {
  const v = props.values
  const e = props.errors
  return (
    <>
      <TextField
        name="number"
        label="检察建议书的文号"
        hint="按原文书填写，例如 卫东检民执监建议〔2025〕7号"
        value={text(v.number)}
        error={e.number}
        maxlength={60}
      />
      <TextField
        name="decidedOn"
        label="决定提出检察建议的日期"
        type="date"
        value={text(v.decidedOn)}
        error={e.decidedOn}
      />
      <TextField
        name="servedOn"
        label="法院收到检察建议书的日期"
        type="date"
        hint="尚未送达的不填"
        value={text(v.servedOn)}
        error={e.servedOn}
        optional
      />
      <RadioGroup
        name="method"
        legend="送达方式"
        hint="已送达的选择"
        options={[
          { value: 'direct', label: '直接送达' },
          { value: 'mail', label: '邮寄送达' },
          { value: 'electronic', label: '电子送达' },
        ]}
        value={text(v.method)}
        error={e.method}
        optional
      />
    </>
  )
}
