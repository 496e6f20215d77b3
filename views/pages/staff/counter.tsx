import type { FormErrors, FormValues } from '../../../src/http/form.js'
import type { SiteView } from '../../../src/site/site-view.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { Button, Form } from '../../components/form.js'
import { SelfCheckQuestions } from '../apply/self-check.js'
import type { CounterPetition } from '../../../src/collaboration/petitions/petition-convert.js'
import { PetitionPanel } from './collaboration/petition-panel.js'

export type CounterPageProps = {
  site: SiteView
  csrfToken: string
  values: FormValues
  errors: FormErrors
  /** the self-check said this cannot be applied for here: what to tell the person */
  refusal?: { title: string; reason: string; nextSteps: string[] } | undefined
  /** the 涉执信访 being converted into an application, when the counter starts from one */
  petition?: CounterPetition | undefined
}

/**
 * docs/product.md §8 counter intake: staff ask the visitor or caller the same four questions, then fill in the
 * same wizard for them. The application records the channel (窗口) and who entered it.
 */
export function CounterPage(props: CounterPageProps) {
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <h1>窗口代为录入申请</h1>
      <p class="lead">
        为来访或来电的申请人录入民事执行监督申请。录入使用与网上申请相同的步骤和校验规则；提交后，申请人同样获得查询码、收件回执和电子邮件通知，提交方式记为“窗口提交”。
      </p>
      {props.refusal ? (
        <div class="notice" role="status">
          <h2>{props.refusal.title}</h2>
          <p>{props.refusal.reason}</p>
          <ul>
            {props.refusal.nextSteps.map((s) => (
              <li>{s}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h2>先与申请人核对以下问题</h2>
      {props.petition ? <PetitionPanel petition={props.petition} /> : null}
      <Form action="/staff/counter" csrfToken={props.csrfToken}>
        {props.petition ? <input type="hidden" name="petition" value={props.petition.id} /> : null}
        <SelfCheckQuestions site={props.site} values={props.values} errors={props.errors} />
        <p class="hint">
          点击“开始录入”后将进入申请填写页面。请在同一浏览器中完成全部步骤，核对并提交前请向申请人逐项确认。
        </p>
        <div class="button-group">
          <Button>开始录入</Button>
        </div>
      </Form>
    </>
  )
}
