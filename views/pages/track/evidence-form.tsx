import { TextField } from '../../components/field.js'
import { FileField } from '../../components/file-field.js'
import { Button, Form } from '../../components/form.js'

/** 补充证据材料 (规则 第四十四条): every upload gets a 证据材料收据 listed under 文书. */
export function EvidenceForm(props: { csrfToken: string }) {
  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">补充证据材料</h2>
      <p>审查期间可以补充证据材料。每次提交后，本院会出具证据材料收据，列在上方“文书”中。</p>
      <Form action="/track/evidence/upload" csrfToken={props.csrfToken} multipart>
        <FileField name="file" label="选择证据材料文件" multiple />
        <TextField
          name="description"
          label="证据说明"
          hint="例如：2024 年 5 月法院拍卖公告的照片"
        />
        <Button variant="secondary">提交证据材料</Button>
      </Form>
    </section>
  )
}
