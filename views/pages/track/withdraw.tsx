import { Checkbox } from '../../components/choices.js'
import { ErrorSummary } from '../../components/error-summary.js'
import type { FormErrors } from '../../../src/http/form.js'
import { Button, Form } from '../../components/form.js'

/** 撤回申请: a separate confirmation step, because it cannot be undone online. */
export function WithdrawPage(props: {
  trackingCode: string
  afterAcceptance: boolean
  csrfToken: string
  errors: FormErrors
}) {
  return (
    <>
      <a class="back-link" href="/track/status">
        返回办理进度
      </a>
      <ErrorSummary errors={props.errors} />
      <h1>撤回申请</h1>
      <p class="lead">您正在撤回查询码为 {props.trackingCode} 的执行监督申请。</p>
      <div class="notice">
        <p>
          {props.afterAcceptance
            ? '申请已经受理：撤回后，本院将依法终结审查并书面告知您。'
            : '撤回后，本院将不再审查这件申请。'}
          撤回后不能在网上恢复；如需监督，可以重新提交申请。
        </p>
      </div>
      <Form action="/track/withdraw" csrfToken={props.csrfToken}>
        <Checkbox name="confirm" label="我确认撤回这件申请" error={props.errors.confirm} />
        <div class="button-group">
          <Button variant="warning">确认撤回</Button>
          <a class="button button--secondary" href="/track/status">
            不撤回，返回
          </a>
        </div>
      </Form>
    </>
  )
}
