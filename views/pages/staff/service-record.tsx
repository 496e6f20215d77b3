import type { FormValues } from '../../../src/http/form.js'
import { RadioGroup } from '../../components/choices.js'
import { SelectField, TextArea, TextField, type Option, DateField } from '../../components/field.js'
import { FileField } from '../../components/file-field.js'
import { ActionFrame, type ActionFormProps } from './review-action.js'

const str = (v: FormValues[string]) => (typeof v === 'string' ? v : undefined)

/**
 * 登记送达: how a notice reached the applicant by post or by hand (民诉法 第八十七条, 第八十八条,
 * 第九十一条, applied by 规则 第一百二十八条). Electronic service is recorded by the system itself.
 */
export function ServiceRecordPage(
  props: ActionFormProps & { documents: Option[]; methods: Option[]; today: string },
) {
  return (
    <ActionFrame
      {...props}
      title="登记送达"
      action="record_service"
      submit="登记送达"
      multipart
      lead={
        <p>
          依照《人民检察院民事诉讼监督规则》第一百二十八条，送达参照《中华人民共和国民事诉讼法》的规定。补正期限自补正通知书送达之日起计算，登记后按送达日期计算。
        </p>
      }
    >
      <SelectField
        name="documentId"
        label="送达的文书"
        value={str(props.values.documentId)}
        error={props.errors.documentId}
        options={props.documents}
      />
      <RadioGroup
        name="method"
        legend="送达方式"
        options={props.methods}
        value={str(props.values.method)}
        error={props.errors.method}
      />
      <DateField
        name="servedOn"
        label="送达日期"
        hint={`受送达人签收的日期，例如 ${props.today}`}
        value={str(props.values.servedOn)}
        error={props.errors.servedOn}
      />
      <TextField
        name="trackingNumber"
        label="邮件号码"
        optional
        hint="邮寄送达的，填写 EMS 等邮件的单号"
        value={str(props.values.trackingNumber)}
        error={props.errors.trackingNumber}
      />
      <TextField
        name="signedBy"
        label="签收人"
        optional
        hint="送达回证上签收人的姓名；直接送达的必须填写"
        value={str(props.values.signedBy)}
        error={props.errors.signedBy}
      />
      <FileField
        name="file"
        label="送达回证扫描件"
        hint="签收的送达回证或者邮件签收记录，PDF 或照片（JPG、PNG），不超过 20 MB；直接送达的必须上传"
        error={props.errors.file}
        optional
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
