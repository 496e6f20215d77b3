import type { FormValues } from '../../../src/http/form.js'
import { Checkbox, RadioGroup } from '../../components/choices.js'
import { TextArea, TextField, type Option } from '../../components/field.js'
import { ActionFrame, type ActionFormProps } from './review-action.js'

const str = (v: FormValues[string]) => (typeof v === 'string' ? v : undefined)

/**
 * 中止审查 and 终结审查: a ground from the list, and the particulars (required for “其他”). 终结 on a
 * withdrawal or a settlement also asks staff to confirm the proviso of 规则 第七十三条第（二）（三）项
 * (and, for a settlement, the applicant's waiver in it): `confirmations` carries those labels.
 */
export function GroundPage(
  props: ActionFormProps & {
    kind: 'suspend' | 'terminate'
    grounds: Option[]
    confirmations?: { proviso: string; waiver: string }
  },
) {
  const suspend = props.kind === 'suspend'
  return (
    <ActionFrame
      {...props}
      title={suspend ? '中止审查' : '终结审查'}
      action={props.kind}
      submit={suspend ? '决定中止审查' : '决定终结审查'}
      notice={suspend ? '中止审查决定书' : '终结审查决定书'}
      warning
      lead={
        <p>
          {suspend
            ? '中止期间审查期限暂停计算；本院将向申请人发出中止审查决定书。'
            : '本院将向申请人发出终结审查决定书。终结审查后，本案只能办结。'}
        </p>
      }
    >
      <RadioGroup
        name="ground"
        legend={suspend ? '中止审查的原因' : '终结审查的理由'}
        options={props.grounds}
        value={str(props.values.ground)}
        error={props.errors.ground}
      />
      <TextArea
        name="detail"
        label="具体情形"
        hint="选择“其他”的必须填写；写入决定书，申请人可以看到"
        optional
        rows={4}
        value={str(props.values.detail)}
        error={props.errors.detail}
      />
      {props.confirmations ? (
        <>
          <p class="hint">
            以“申请人撤回监督申请”或者“和解协议中声明放弃申请监督权利”为由终结审查的，须勾选下面的确认；以撤回为由的，须申请人已经申请撤回。
          </p>
          <Checkbox
            name="proviso"
            label={props.confirmations.proviso}
            checked={props.values.proviso === 'yes'}
            error={props.errors.proviso}
          />
          <Checkbox
            name="waiver"
            label={props.confirmations.waiver}
            checked={props.values.waiver === 'yes'}
            error={props.errors.waiver}
          />
        </>
      ) : null}
    </ActionFrame>
  )
}

/** A single required text: 恢复审查, 办结, a court's extension. */
export function NotePage(
  props: ActionFormProps & {
    title: string
    action: string
    name: string
    label: string
    hint?: string
    submit: string
    lead?: string
  },
) {
  return (
    <ActionFrame
      {...props}
      lead={props.lead ? <p>{props.lead}</p> : undefined}
      title={props.title}
      action={props.action}
      submit={props.submit}
    >
      <TextArea
        name={props.name}
        label={props.label}
        hint={props.hint}
        rows={5}
        value={str(props.values[props.name])}
        error={props.errors[props.name]}
      />
    </ActionFrame>
  )
}

export function EscalatePage(props: ActionFormProps & { reasons: Option[] }) {
  return (
    <ActionFrame
      {...props}
      title="报请上级院办理"
      action="escalate"
      submit="决定报请上级院办理"
      warning
      lead={
        <p>
          规则
          第四十一条：需要由上级人民检察院办理的，可以报请上级人民检察院办理。审查期限停止计算。
        </p>
      }
    >
      <RadioGroup
        name="reason"
        legend="报请的理由"
        options={props.reasons}
        value={str(props.values.reason)}
        error={props.errors.reason}
      />
      <TextArea
        name="explanation"
        label="具体说明"
        hint="内部记录，申请人看不到"
        rows={5}
        value={str(props.values.explanation)}
        error={props.errors.explanation}
      />
    </ActionFrame>
  )
}

export function NotSupportedPage(props: ActionFormProps) {
  return (
    <ActionFrame
      {...props}
      title="作出不支持监督申请决定"
      action="decide_not_supported"
      submit="作出不支持监督申请决定"
      notice="不支持监督申请决定书"
      warning
      lead={
        <p>
          两高规定
          第十六条：法院执行活动不存在违法情形的，作出不支持监督申请的决定，十五日内将决定书发送申请人，并做好释法说理工作。
        </p>
      }
    >
      <TextArea
        name="reasons"
        label="不支持的理由"
        hint="审查认定的事实和理由，写入决定书"
        rows={6}
        value={str(props.values.reasons)}
        error={props.errors.reasons}
      />
      <TextArea
        name="explanation"
        label="释法说理"
        hint="用申请人能看懂的话解释法律规定和本院的考虑，至少 20 个字，写入决定书"
        rows={6}
        value={str(props.values.explanation)}
        error={props.errors.explanation}
      />
    </ActionFrame>
  )
}

/**
 * 暂停计算审查期限 for an excluded period of 规则 第五十二条 (调卷、鉴定、评估、审计、专家咨询): the case
 * stays under review, only the clock stands still.
 */
export function ReviewClockPausePage(props: ActionFormProps & { reasons: Option[] }) {
  return (
    <ActionFrame
      {...props}
      title="暂停计算审查期限"
      action="pause_review_clock"
      submit="暂停计算审查期限"
      lead={
        <p>
          《人民检察院民事诉讼监督规则》第五十二条：调卷、鉴定、评估、审计、专家咨询等期间不计入审查期限。暂停期间案件仍在审查中；事项结束后请“恢复计算审查期限”，期限按暂停的天数顺延。申请人会在办理进度页面看到暂停的原因。
        </p>
      }
    >
      <RadioGroup
        name="reason"
        legend="暂停的原因"
        options={props.reasons}
        value={str(props.values.reason)}
        error={props.errors.reason}
      />
      <TextField
        name="detail"
        label="具体事项"
        hint="选择“其他”的必须填写，例如“勘验”；申请人可以看到"
        optional
        value={str(props.values.detail)}
        error={props.errors.detail}
        maxlength={100}
      />
    </ActionFrame>
  )
}
