import { ErrorSummary } from '../../components/error-summary.js'
import type { FormErrors } from '../../../src/http/form.js'
import { TextField } from '../../components/field.js'
import { Button, Form } from '../../components/form.js'

export type StaffLoginProps = {
  csrfToken: string
  username?: string | undefined
  next?: string | undefined
  errors: FormErrors
  notice?: string | undefined
}

/** docs/product.md §8: password plus a one-time code from an authenticator app; generic failure message. */
export function StaffLoginPage(props: StaffLoginProps) {
  const action = props.next ? `/staff/login?next=${encodeURIComponent(props.next)}` : '/staff/login'
  return (
    <>
      <ErrorSummary errors={props.errors} />
      {props.notice ? (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      ) : null}
      <h1>工作人员登录</h1>
      <Form action={action} csrfToken={props.csrfToken}>
        <TextField
          name="username"
          label="用户名"
          value={props.username}
          error={props.errors.username}
          autocomplete="username"
        />
        <TextField
          name="password"
          label="密码"
          type="password"
          error={props.errors.password}
          autocomplete="current-password"
        />
        <TextField
          name="totp"
          label="动态验证码"
          hint="身份验证器应用中显示的 6 位数字；尚未绑定的账号可不填"
          error={props.errors.totp}
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength={6}
          short
        />
        <div class="button-group">
          <Button>登录</Button>
        </div>
      </Form>
      <p class="hint">连续 5 次登录失败，账号将被锁定 15 分钟。忘记密码请联系系统管理员重置。</p>
    </>
  )
}
