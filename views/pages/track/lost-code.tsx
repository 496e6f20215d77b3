import { ErrorSummary } from '../../components/error-summary.js'
import type { FormErrors } from '../../../src/http/form.js'
import { TextField } from '../../components/field.js'
import { Button, Form, Honeypot } from '../../components/form.js'

export type LostCodeProps = {
  csrfToken: string
  values: { mobile?: string; idNumber?: string }
  errors: FormErrors
  sent: boolean
}

/** 找回查询码: the code goes to the registered email, never onto this page. */
export function LostCodePage(props: LostCodeProps) {
  if (props.sent) {
    return (
      <>
        <h1>找回查询码</h1>
        <div class="panel" role="status">
          <p>
            如果您填写的信息与申请时登记的一致，查询码已发送到申请时填写的电子邮箱，请查收（也请查看垃圾邮件）。
          </p>
          <p>申请时没有填写电子邮箱的，请携带身份证件到本院控告申诉窗口查询，或拨打本院电话。</p>
        </div>
        <p>
          <a href="/track">返回查询办理进度</a>
        </p>
      </>
    )
  }
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <h1>找回查询码</h1>
      <p class="lead">
        填写申请时登记的手机号码和证件号码，我们会把查询码发送到申请时填写的电子邮箱。为保护您的信息，查询码不会显示在本页面上。
      </p>
      <Form action="/track/lost" csrfToken={props.csrfToken}>
        <Honeypot />
        <TextField
          name="mobile"
          label="手机号码"
          type="tel"
          inputmode="tel"
          value={props.values.mobile}
          error={props.errors.mobile}
        />
        <TextField
          name="idNumber"
          label="证件号码"
          value={props.values.idNumber}
          error={props.errors.idNumber}
          hint="申请人的居民身份证号码；单位填写统一社会信用代码"
          autocomplete="off"
        />
        <div class="button-group">
          <Button>发送查询码</Button>
        </div>
      </Form>
    </>
  )
}
