import type { AccountView } from '../../../../src/staff/admin/accounts/account-view.js'
import { CheckboxGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import type { FormErrors } from '../../../../src/http/form.js'
import { TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

type RoleOption = { value: string; label: string }

export type NewAccountProps = {
  csrfToken: string
  roleOptions: RoleOption[]
  values: { username?: string; displayName?: string; roles?: string[] }
  errors: FormErrors
}

export function NewAccountPage(props: NewAccountProps) {
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <p>
        <a href="/staff/admin/accounts">返回账号列表</a>
      </p>
      <h1>新建账号</h1>
      <Form action="/staff/admin/accounts" csrfToken={props.csrfToken}>
        <TextField
          name="username"
          label="用户名"
          hint="登录时使用；以英文字母开头，可含小写字母、数字、点、下划线、连字符，2 至 32 个字符"
          value={props.values.username}
          error={props.errors.username}
          autocomplete="off"
          maxlength={32}
        />
        <TextField
          name="displayName"
          label="姓名"
          value={props.values.displayName}
          error={props.errors.displayName}
          autocomplete="off"
          maxlength={50}
        />
        <CheckboxGroup
          name="roles"
          legend="角色"
          hint="受理、审查、审批可以兼任；系统管理员、安全审计员只能单独担任（三员分立）"
          options={props.roleOptions}
          values={props.values.roles}
          error={props.errors.roles}
        />
        <p>创建后系统会生成一次性初始密码，只显示一次；此人首次登录时须修改密码。</p>
        <div class="button-group">
          <Button>创建账号</Button>
        </div>
      </Form>
    </>
  )
}

/** The one time a generated password is ever shown; it is stored nowhere but as a hash. */
export function OneTimePasswordPage(props: {
  heading: string
  username: string
  displayName: string
  password: string
  accountId: string
}) {
  return (
    <>
      <div class="notice" role="status">
        <h1>{props.heading}</h1>
        <p>
          账号 {props.username}（{props.displayName}）的一次性密码：
        </p>
        <p>
          <code class="secret-key" data-testid="one-time-password">
            {props.password}
          </code>
        </p>
        <p>
          此密码只显示这一次，离开本页后无法再次查看。请当面或通过安全渠道交给本人；本人登录后须立即修改密码。
        </p>
      </div>
      <ul class="link-list">
        <li>
          <a href={`/staff/admin/accounts/${props.accountId}`}>查看该账号</a>
        </li>
        <li>
          <a href="/staff/admin/accounts">返回账号列表</a>
        </li>
      </ul>
    </>
  )
}

export type { AccountView }
