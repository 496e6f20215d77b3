import { Checkbox } from '../../components/choices.js'
import { ErrorSummary } from '../../components/error-summary.js'
import type { FormErrors } from '../../../src/http/form.js'
import { cite } from '../../../src/kernel/legal-bases.js'
import { Button, Form } from '../../components/form.js'

/**
 * 撤回申请: a separate confirmation step. Before 受理 the withdrawal takes effect at once; after it,
 * it is a request the procuratorate decides on (规则 第七十三条第（二）项), and the page says both.
 */
export function WithdrawPage(props: {
  trackingCode: string
  afterAcceptance: boolean
  csrfToken: string
  errors: FormErrors
}) {
  const after = props.afterAcceptance
  return (
    <>
      <a class="back-link" href="/track/status">
        返回办理进度
      </a>
      <ErrorSummary errors={props.errors} />
      <h1>{after ? '申请撤回' : '撤回申请'}</h1>
      <p class="lead">您正在撤回查询码为 {props.trackingCode} 的执行监督申请。</p>
      <div class="notice">
        {after ? (
          <>
            <p>
              您的申请已经受理。受理后撤回，需要由本院审查决定（
              {cite({ key: 'rules73', item: 2 })}）：
            </p>
            <ul>
              <li>
                撤回不损害国家利益、社会公共利益或者他人合法权益的，本院准许撤回，作出终结审查决定，并把终结审查决定书发给您；
              </li>
              <li>不准许撤回的，本院会告诉您理由，案件继续审查。</li>
            </ul>
            <p>本院作出决定前，案件仍在审查中，您可以在办理进度页面看到结果。</p>
          </>
        ) : (
          <p>
            申请还没有受理，撤回后立即生效，本院不再审查这件申请。撤回后不能在网上恢复；如需监督，可以重新提交申请。
          </p>
        )}
      </div>
      <Form action="/track/withdraw" csrfToken={props.csrfToken}>
        <Checkbox name="confirm" label="我确认撤回这件申请" error={props.errors.confirm} />
        <div class="button-group">
          <Button variant="warning">{after ? '提交撤回申请' : '确认撤回'}</Button>
          <a class="button button--secondary" href="/track/status">
            不撤回，返回
          </a>
        </div>
      </Form>
    </>
  )
}
