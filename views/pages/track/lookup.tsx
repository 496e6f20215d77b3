import { ErrorSummary } from '../../components/error-summary.js'
import type { FormErrors } from '../../../src/http/form.js'
import { TextField } from '../../components/field.js'
import { Button, Form, Honeypot } from '../../components/form.js'

export type LookupPageProps = {
  csrfToken: string
  values: { code?: string | undefined; digits?: string | undefined }
  errors: FormErrors
  notice?: string | undefined
}

/** docs/product.md §7: tracking code + last four digits of the registered mobile number. No CAPTCHA. */
export function LookupPage(props: LookupPageProps) {
  return (
    <>
      <ErrorSummary errors={props.errors} />
      {props.notice ? (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      ) : null}
      <h1>查询办理进度</h1>
      <p class="lead">请输入收件回执或确认邮件上的查询码，以及申请时填写的手机号码的后 4 位。</p>
      <Form action="/track" csrfToken={props.csrfToken}>
        <Honeypot />
        <TextField
          name="code"
          label="查询码"
          value={props.values.code}
          error={props.errors.code}
          hint="12 个字母或数字，例如 ABCD-EFGH-JKMN（横线可不输，不区分大小写）"
          autocomplete="off"
        />
        <TextField
          name="digits"
          label="手机号码后 4 位"
          value={props.values.digits}
          error={props.errors.digits}
          inputmode="numeric"
          maxlength={4}
          short
          autocomplete="off"
        />
        <div class="button-group">
          <Button>查询</Button>
        </div>
      </Form>
      <p>
        <a href="/track/lost">忘记查询码？</a>
      </p>
      <p class="hint">为保护您的信息，同一查询码连续 5 次核对失败后将暂停查询 30 分钟。</p>
    </>
  )
}
