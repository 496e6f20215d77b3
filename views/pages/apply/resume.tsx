import { ErrorSummary } from '../../components/error-summary.js'
import type { FormErrors } from '../../../src/http/form.js'
import { TextField } from '../../components/field.js'
import { Button, Form } from '../../components/form.js'

export type ResumeProps = {
  csrfToken: string
  token: string
  values: { email?: string }
  errors: FormErrors
}

/** 继续填写: the link alone is not enough, the person confirms the address it was sent to. */
export function ResumePage(props: ResumeProps) {
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <h1>继续填写申请</h1>
      <p class="lead">
        为确认是您本人继续填写，请输入收到这个链接的电子邮箱。确认后，这个链接即失效，请在本浏览器中继续填写。
      </p>
      <Form action="/apply/resume" csrfToken={props.csrfToken}>
        <input type="hidden" name="t" value={props.token} />
        <TextField
          name="email"
          label="电子邮箱"
          type="email"
          autocomplete="email"
          value={props.values.email}
          error={props.errors.email}
        />
        <div class="button-group">
          <Button>继续填写</Button>
        </div>
      </Form>
    </>
  )
}
