import { ErrorSummary } from '../../components/error-summary.js'
import type { FormErrors } from '../../../src/http/form.js'
import { TextField } from '../../components/field.js'
import { Button, Form } from '../../components/form.js'

export type AccountPageProps = {
  csrfToken: string
  displayName: string
  username: string
  roleLabels: string[]
  totpEnabled: boolean
  /** for the daily digest of due-soon and overdue items */
  email: string
  errors: FormErrors
  notice?: string | undefined
}

export function AccountPage(props: AccountPageProps) {
  return (
    <>
      <ErrorSummary errors={props.errors} />
      {props.notice ? (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      ) : null}
      <h1>我的账号</h1>
      <dl class="summary-list">
        <Row term="姓名">{props.displayName}</Row>
        <Row term="用户名">{props.username}</Row>
        <Row term="角色">{props.roleLabels.join('、') || '无'}</Row>
        <Row term="动态验证码">{props.totpEnabled ? '已绑定' : '未绑定'}</Row>
      </dl>
      <ul class="link-list">
        <li>
          <a href="/staff/account/password">修改密码</a>
        </li>
        <li>
          <a href="/staff/account/totp">
            {props.totpEnabled ? '重新绑定动态验证码' : '绑定动态验证码'}
          </a>
        </li>
      </ul>
      <h2>到期提醒邮箱</h2>
      <p>每天早上 7 点后，系统会把即将到期和已逾期的办件发送到这个邮箱。不填写则不发送。</p>
      <Form action="/staff/account/email" csrfToken={props.csrfToken}>
        <TextField
          name="email"
          label="电子邮箱"
          type="email"
          optional
          value={props.email}
          error={props.errors.email}
          autocomplete="email"
        />
        <div class="button-group">
          <Button>保存邮箱</Button>
        </div>
      </Form>
      <h2>退出所有设备</h2>
      <p>如果您在其他电脑上登录后忘记退出，或怀疑密码已泄露，可以让所有设备上的登录立即失效。</p>
      <Form action="/staff/logout-everywhere" csrfToken={props.csrfToken}>
        <Button variant="warning">退出所有设备</Button>
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

export type PasswordPageProps = {
  csrfToken: string
  forced: boolean
  errors: FormErrors
}

export function ChangePasswordPage(props: PasswordPageProps) {
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <h1>修改密码</h1>
      {props.forced ? (
        <p class="lead">这是您第一次登录，或密码已被管理员重置。请先设置一个只有您知道的新密码。</p>
      ) : null}
      <Form action="/staff/account/password" csrfToken={props.csrfToken}>
        <TextField
          name="current"
          label="当前密码"
          type="password"
          error={props.errors.current}
          autocomplete="current-password"
        />
        <TextField
          name="password"
          label="新密码"
          type="password"
          hint="至少 10 个字符，不能是常见密码，也不能包含用户名"
          error={props.errors.password}
          autocomplete="new-password"
        />
        <TextField
          name="confirm"
          label="再次输入新密码"
          type="password"
          error={props.errors.confirm}
          autocomplete="new-password"
        />
        <div class="button-group">
          <Button>保存新密码</Button>
        </div>
      </Form>
    </>
  )
}

export type TotpPageProps = {
  csrfToken: string
  required: boolean
  /** an authenticator is bound already: replacing it needs the password and a current code */
  replacing: boolean
  qrSvg: string
  secret: string
  errors: FormErrors
}

/** Enrolment: scan the QR code (or type the key), then prove it works with one code. */
export function TotpEnrolPage(props: TotpPageProps) {
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <h1>绑定动态验证码</h1>
      {props.required ? (
        <p class="lead">按照安全要求，工作人员登录必须使用动态验证码。请先完成绑定。</p>
      ) : null}
      <ol class="steps">
        <li>在手机上打开身份验证器应用（如“腾讯身份验证器”“Microsoft Authenticator”）。</li>
        <li>扫描下方二维码；无法扫描时，手动输入密钥。</li>
        <li>输入应用中显示的 6 位数字，完成绑定。</li>
      </ol>
      <figure class="qr-code">
        <span dangerouslySetInnerHTML={{ __html: props.qrSvg }} />
        <figcaption>
          密钥：<code class="secret-key">{props.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
        </figcaption>
      </figure>
      <Form action="/staff/account/totp" csrfToken={props.csrfToken}>
        {props.replacing ? (
          <>
            <p>更换验证器前，请先确认是您本人：输入当前密码和原验证器中显示的 6 位数字。</p>
            <TextField
              name="current"
              label="当前密码"
              type="password"
              error={props.errors.current}
              autocomplete="current-password"
            />
            <TextField
              name="currentCode"
              label="原验证器中的动态验证码"
              inputmode="numeric"
              autocomplete="off"
              maxlength={6}
              short
            />
          </>
        ) : null}
        <TextField
          name="code"
          label={props.replacing ? '新验证器中的动态验证码' : '动态验证码'}
          error={props.errors.code}
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength={6}
          short
        />
        <div class="button-group">
          <Button>完成绑定</Button>
        </div>
      </Form>
    </>
  )
}
