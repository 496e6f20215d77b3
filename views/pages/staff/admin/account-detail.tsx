import type { AccountView } from '../../../../src/staff/admin/accounts/account-view.js'
import { CheckboxGroup } from '../../../components/choices.js'
import { TextField } from '../../../components/field.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import type { FormErrors } from '../../../../src/http/form.js'
import { Button, Form } from '../../../components/form.js'
import { statusText } from './account-list.js'

export type AccountDetailProps = {
  csrfToken: string
  account: AccountView
  roleOptions: { value: string; label: string }[]
  /** the administrator looking at their own account: no disabling, admin role stays */
  self: boolean
  errors: FormErrors
  roleValues?: string[] | undefined
  legalTitleValue?: string | undefined
  notice?: string | undefined
}

export function AccountDetailPage(props: AccountDetailProps) {
  const { account: a } = props
  const base = `/staff/admin/accounts/${a.id}`
  return (
    <>
      <ErrorSummary errors={props.errors} />
      {props.notice ? (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      ) : null}
      <p>
        <a href="/staff/admin/accounts">返回账号列表</a>
      </p>
      <h1>
        {a.displayName}（{a.username}）
      </h1>
      <dl class="summary-list">
        <Row term="角色">{a.roleLabels.join('、') || '无'}</Row>
        <Row term="法律职务">{a.legalTitle}</Row>
        <Row term="动态验证码">{a.totpEnabled ? '已绑定' : '未绑定'}</Row>
        <Row term="状态">{statusText(a)}</Row>
        <Row term="最近登录">{a.lastLogin ?? '从未登录'}</Row>
      </dl>
      <h2>角色</h2>
      <Form action={`${base}/roles`} csrfToken={props.csrfToken}>
        <CheckboxGroup
          name="roles"
          legend="此账号的角色"
          hint={
            props.self
              ? '您不能取消自己的系统管理员角色'
              : '受理、审查、审批可以兼任；系统管理员、安全审计员只能单独担任（三员分立）'
          }
          options={props.roleOptions}
          values={props.roleValues ?? a.roles}
          error={props.errors.roles}
        />
        <div class="button-group">
          <Button>保存角色</Button>
        </div>
      </Form>
      <h2>法律职务</h2>
      <Form action={`${base}/legal-title`} csrfToken={props.csrfToken}>
        <TextField
          name="legalTitle"
          label="法律职务"
          hint="承办案件时，申请人会在办理进度页面看到姓名和法律职务（《人民检察院民事诉讼监督规则》第四十五条），例如“一级检察官”“检察官助理”“书记员”"
          value={props.legalTitleValue ?? a.legalTitle}
          error={props.errors.legalTitle}
          maxlength={30}
        />
        <div class="button-group">
          <Button>保存法律职务</Button>
        </div>
      </Form>
      <h2>重置密码</h2>
      <p>生成新的一次性密码，此人在所有设备上的登录立即失效，下次登录后须修改密码。</p>
      <Form action={`${base}/password-reset`} csrfToken={props.csrfToken}>
        <Button variant="warning">重置密码</Button>
      </Form>
      <h2>重置动态验证码</h2>
      <p>清除已绑定的动态验证码（例如手机丢失），此人下次登录后须重新绑定。</p>
      <Form action={`${base}/totp-reset`} csrfToken={props.csrfToken}>
        <Button variant="warning">重置动态验证码</Button>
      </Form>
      <StatusSection {...props} base={base} />
    </>
  )
}

function StatusSection(props: AccountDetailProps & { base: string }) {
  if (props.self) return null
  if (props.account.disabled)
    return (
      <>
        <h2>启用账号</h2>
        <Form action={`${props.base}/enable`} csrfToken={props.csrfToken}>
          <Button variant="secondary">重新启用</Button>
        </Form>
      </>
    )
  return (
    <>
      <h2>停用账号</h2>
      <p>停用后此人无法登录，已有的登录立即失效；账号和操作记录都会保留，可以重新启用。</p>
      <Form action={`${props.base}/disable`} csrfToken={props.csrfToken}>
        <Button variant="warning">停用账号</Button>
      </Form>
    </>
  )
}

function Row(props: { term: string; children: string }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  )
}
