import type { FormValues } from '../../../src/http/form.js'
import { Checkbox } from '../../components/choices.js'
import { TextArea, TextField, DateField } from '../../components/field.js'
import { ActionFrame, type ActionFormProps } from './review-action.js'

const str = (v: FormValues[string]) => (typeof v === 'string' ? v : undefined)

/** 规则 第三十三条: the other party's 受理通知书, printed and sent with the copy of the application. */
export function OtherPartyNoticePage(props: ActionFormProps) {
  return (
    <ActionFrame
      {...props}
      title="向其他当事人发出受理通知书"
      action="issue_other_party_notice"
      submit="生成受理通知书（其他当事人）"
      lead={
        <p>
          《人民检察院民事诉讼监督规则》第三十三条：决定受理之日起三日内，在向申请人发出受理通知书的同时，将受理通知书和监督申请书副本发送其他当事人，并告知其权利义务；其他当事人可以在收到监督申请书副本之日起十五日内提出书面意见。每位其他当事人生成一份，编号各不相同；请打印后连同监督申请书副本一并送达。
        </p>
      }
    >
      <TextField
        name="partyName"
        label="其他当事人的姓名或者名称"
        hint="写入通知书的称呼，例如“张三”或“某某有限公司”"
        value={str(props.values.partyName)}
        error={props.errors.partyName}
        maxlength={60}
      />
    </ActionFrame>
  )
}

/** A written answer received from another party; kept as an internal note for the reviewer. */
export function OtherPartyCommentsPage(props: ActionFormProps) {
  return (
    <ActionFrame
      {...props}
      title="登记其他当事人的书面意见"
      action="record_other_party_comments"
      submit="登记书面意见"
      lead={
        <p>
          登记后在内部备注中可见，承办检察官审查时一并参考（《人民检察院民事诉讼监督规则》第三十四条：收到其他当事人提交的书面意见等材料，应当及时移送负责民事检察的部门）。申请人看不到。
        </p>
      }
    >
      <TextField
        name="partyName"
        label="提出意见的当事人"
        value={str(props.values.partyName)}
        error={props.errors.partyName}
        maxlength={60}
      />
      <DateField
        name="receivedOn"
        label="收到日期"
        value={str(props.values.receivedOn)}
        error={props.errors.receivedOn}
      />
      <TextArea
        name="summary"
        label="意见要点"
        hint="原件请附卷；这里写明要点，至少 5 个字"
        rows={5}
        value={str(props.values.summary)}
        error={props.errors.summary}
      />
      <Checkbox
        name="allReceived"
        label="其他当事人的书面意见已全部收到（十五日意见期不再列为待办）"
        checked={props.values.allReceived === 'yes'}
        error={props.errors.allReceived}
      />
    </ActionFrame>
  )
}
