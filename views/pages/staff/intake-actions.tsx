import type { Child } from 'hono/jsx'
import { CheckboxGroup, RadioGroup } from '../../components/choices.js'
import { ErrorSummary } from '../../components/error-summary.js'
import type { FormErrors } from '../../../src/http/form.js'
import { TextArea, TextField, type Option } from '../../components/field.js'
import { Form } from '../../components/form.js'
import { NoticeButtons } from '../../components/notice-preview.js'
import type { ActionFormProps } from './review-action.js'

type Common = ActionFormProps

const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined)
const arr = (v: string | string[] | undefined) =>
  v === undefined ? [] : ([] as string[]).concat(v)

/** The frame every intake action shares: which application, its current stage, the back link. */
function ActionPage(props: Common & { title: string; action: string; children: Child }) {
  const target = props.header
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <p class="hint">
        <a href={`/staff/applications/${target.id}`}>返回申请详情</a>
      </p>
      <h1>{props.title}</h1>
      <dl class="summary-list">
        <Row term="查询码">{target.trackingCode}</Row>
        <Row term="申请人">{target.applicantName}</Row>
        <Row term="执行法院">{target.courtName}</Row>
        <Row term="执行案号">{target.caseNumber}</Row>
        <Row term="当前状态">{target.stageLabel}</Row>
      </dl>
      <Form
        action={`/staff/applications/${target.id}/actions/${props.action}`}
        csrfToken={props.csrfToken}
      >
        <input type="hidden" name="version" value={String(target.version)} />
        {props.errors.version ? <p class="field-error">{props.errors.version}</p> : null}
        {props.children}
      </Form>
    </>
  )
}

function Row(props: { term: string; children: string }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  )
}

export type SupplementActionProps = Common & {
  items: Option[]
  freeItemCount: number
  /** the site setting (系统设置 → 默认补正期限) */
  defaultDays: number
}

export function SupplementActionPage(props: SupplementActionProps) {
  const v = props.values
  return (
    <ActionPage {...props} title="要求补正材料" action="request_supplement">
      <p>
        依照《人民检察院民事诉讼监督规则》第二十一条，须一次性告知申请人应补齐的全部材料。提交后将生成补正通知书并发送给申请人。
      </p>
      <CheckboxGroup
        name="items"
        legend="需要补正的材料"
        hint="请勾选全部缺少的材料；其他材料可在下方填写"
        options={props.items}
        values={arr(v.items)}
        error={props.errors.items}
      />
      <h2>各项材料的具体要求</h2>
      {props.items.map((item) => (
        <TextField
          name={`detail_${item.value}`}
          label={`${item.label}：具体要求`}
          optional
          value={str(v[`detail_${item.value}`])}
          error={props.errors[`detail_${item.value}`]}
          maxlength={200}
        />
      ))}
      <h2>其他材料</h2>
      {Array.from({ length: props.freeItemCount }, (_, i) => (
        <TextField
          name={`extra_${i + 1}`}
          label={`其他材料 ${i + 1}`}
          optional
          value={str(v[`extra_${i + 1}`])}
          error={props.errors[`extra_${i + 1}`]}
          maxlength={100}
        />
      ))}
      <TextField
        name="days"
        label="补正期限（日）"
        hint={`默认 ${props.defaultDays} 日，可填 1 至 60 日；自通知发出的次日起算，最后一日是节假日的顺延`}
        short
        inputmode="numeric"
        value={str(v.days) ?? String(props.defaultDays)}
        error={props.errors.days}
      />
      <NoticeButtons preview={props.preview} heading="补正通知书" issue="发出补正通知" />
    </ActionPage>
  )
}

export function AcceptActionPage(props: Common) {
  return (
    <ActionPage {...props} title="受理" action="accept">
      <p>
        确认该申请符合受理条件后提交。系统将生成受理通知书（载明申请人的权利义务）并发送给申请人，同时开始计算三个月的审查期限。
      </p>
      <NoticeButtons preview={props.preview} heading="受理通知书" issue="受理并发出受理通知书" />
    </ActionPage>
  )
}

export type NotAcceptActionProps = Common & { grounds: Option[] }

export function NotAcceptActionPage(props: NotAcceptActionProps) {
  return (
    <ActionPage {...props} title="不予受理" action="not_accept">
      <CheckboxGroup
        name="grounds"
        legend="不予受理的理由"
        options={props.grounds}
        values={arr(props.values.grounds)}
        error={props.errors.grounds}
      />
      <TextArea
        name="explanation"
        label="具体说明"
        hint="至少 10 个字。这段文字将原样写入不予受理通知书，请使用正式、客观的表述"
        value={str(props.values.explanation)}
        error={props.errors.explanation}
        rows={6}
        maxlength={2000}
      />
      <NoticeButtons
        preview={props.preview}
        heading="不予受理通知书"
        issue="决定不予受理并发出通知书"
        warning
      />
    </ActionPage>
  )
}

export function ReferActionPage(props: Common & { routes: Option[] }) {
  return (
    <ActionPage {...props} title="告知向有管辖权的机关反映" action="refer">
      <p>
        不属于本院管辖、或者不属于检察机关主管的申请，不作不予受理，而是书面告知申请人应当向哪里申请或者反映（《人民检察院民事诉讼监督规则》第三十二条第（二）项、第（三）项）。
      </p>
      <RadioGroup
        name="route"
        legend="告知的情形"
        options={props.routes}
        value={str(props.values.route)}
        error={props.errors.route}
      />
      <TextField
        name="organ"
        label="应当向哪个检察院或机关反映"
        hint="例如：平顶山市人民检察院"
        value={str(props.values.organ)}
        error={props.errors.organ}
        maxlength={100}
      />
      <TextArea
        name="reason"
        label="告知的理由"
        hint="至少 10 个字，将写入告知书。例如：该执行案件由平顶山市中级人民法院执行，依照同级管辖的规定应由平顶山市人民检察院办理。"
        value={str(props.values.reason)}
        error={props.errors.reason}
        rows={5}
        maxlength={2000}
      />
      <NoticeButtons preview={props.preview} heading="告知书" issue="发出告知书" />
    </ActionPage>
  )
}
