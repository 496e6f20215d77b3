import { RadioGroup } from '../../components/choices.js'
import { SelectField, TextArea, TextField, type Option, DateField } from '../../components/field.js'
import { FileField } from '../../components/file-field.js'
import { ActionFrame, Row, type ActionFormProps } from './review-action.js'

/** The latest 检察建议 draft as staff see it. */
export type DraftView = {
  courtName: string
  violations: string
  recommendation: string
  legalBasis: string
  statusLabel: string
  draftedBy: string
  draftedAt: string
  returnComment?: string | undefined
  decidedBy?: string | undefined
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined)

/**
 * `courts`: the courts this procuratorate supervises (site settings); 规则 第一百零六条 and
 * 第一百零八条 address the 检察建议 to the 同级人民法院 (legal review D25), so it is chosen, not typed.
 */
export function DraftPage(
  props: ActionFormProps & { draft?: DraftView | undefined; courts: string[] },
) {
  const returned = props.draft?.returnComment
  return (
    <ActionFrame
      {...props}
      title={props.draft ? '修改检察建议稿' : '起草检察建议'}
      action="draft_recommendation"
      submit="保存检察建议稿"
      lead={
        <p>
          检察建议稿保存后，须由院领导批准才算作出决定；起草人不能批准自己起草的检察建议。
          {returned ? `院领导退回意见：${returned}` : ''}
        </p>
      }
    >
      <SelectField
        name="courtName"
        label="接收检察建议的法院"
        hint="同级人民法院（本院监督的法院，由管理员在站点设置中维护）"
        options={props.courts.map((c) => ({ value: c, label: c }))}
        placeholder="请选择法院"
        value={str(props.values.courtName)}
        error={props.errors.courtName}
      />
      <TextArea
        name="violations"
        label="审查认定的违法情形"
        rows={6}
        value={str(props.values.violations)}
        error={props.errors.violations}
      />
      <TextArea
        name="recommendation"
        label="检察建议的内容"
        rows={6}
        value={str(props.values.recommendation)}
        error={props.errors.recommendation}
      />
      <TextArea
        name="legalBasis"
        label="法律依据"
        rows={3}
        value={str(props.values.legalBasis)}
        error={props.errors.legalBasis}
      />
    </ActionFrame>
  )
}

export function DecidePage(props: ActionFormProps & { draft: DraftView; decisions: Option[] }) {
  const d = props.draft
  return (
    <ActionFrame
      {...props}
      title="审批检察建议"
      action="decide_recommendation"
      submit="提交审批意见"
      lead={
        <p>
          批准后，检察建议书发送{d.courtName}
          ，并向申请人发送通知书；法院回复期限（三个月）开始计算。
        </p>
      }
    >
      <h2>检察建议稿</h2>
      <dl class="summary-list">
        <Row term="状态">{d.statusLabel}</Row>
        <Row term="起草人">{`${d.draftedBy}（${d.draftedAt}）`}</Row>
        <Row term="接收的法院">{d.courtName}</Row>
        <Row term="违法情形">
          <span class="preserve-lines">{d.violations}</span>
        </Row>
        <Row term="建议内容">
          <span class="preserve-lines">{d.recommendation}</span>
        </Row>
        <Row term="法律依据">
          <span class="preserve-lines">{d.legalBasis}</span>
        </Row>
      </dl>
      <RadioGroup
        name="decision"
        legend="审批意见"
        options={props.decisions}
        value={str(props.values.decision)}
        error={props.errors.decision}
      />
      <TextArea
        name="comment"
        label="意见说明"
        hint="退回修改的必须写明需要修改的地方"
        optional
        rows={4}
        value={str(props.values.comment)}
        error={props.errors.comment}
      />
    </ActionFrame>
  )
}

export function CourtReplyPage(props: ActionFormProps & { outcomes: Option[]; today: string }) {
  return (
    <ActionFrame
      {...props}
      title="登记法院回复"
      action="record_court_reply"
      submit="登记法院回复"
      multipart
      lead={<p>两高规定 第十三条：法院以回复意见函回复检察建议；不采纳的，应当说明理由。</p>}
    >
      <DateField
        name="repliedOn"
        label="法院回复的日期"
        value={str(props.values.repliedOn)}
        error={props.errors.repliedOn}
      />
      <RadioGroup
        name="outcome"
        legend="法院的处理结果"
        options={props.outcomes}
        value={str(props.values.outcome)}
        error={props.errors.outcome}
      />
      <FileField
        name="file"
        label="法院回复意见函"
        hint="PDF 或照片（JPG、PNG），不超过 20 MB"
        error={props.errors.file}
      />
      <TextArea
        name="note"
        label="补充说明"
        optional
        rows={3}
        value={str(props.values.note)}
        error={props.errors.note}
      />
    </ActionFrame>
  )
}
