import { Checkbox } from '../../components/choices.js'
import { ErrorSummary } from '../../components/error-summary.js'
import type { FormErrors } from '../../../src/http/form.js'
import { Button, Form } from '../../components/form.js'

export type CheckAnswersProps = {
  sections: { title: string; editHref: string; rows: [string, string][] }[]
  materials: { slot: string; name: string; size: string }[]
  generateLetter: boolean
  errors: FormErrors
  csrfToken: string
  stepNumber: number
}

export function CheckAnswersPage(props: CheckAnswersProps) {
  return (
    <>
      <a class="back-link" href="/apply/materials">
        返回上一步
      </a>
      <ErrorSummary errors={props.errors} />
      <p class="progress">
        第 {props.stepNumber} 步，共 {props.stepNumber} 步
      </p>
      <h1>核对并提交申请</h1>
      <p class="lead">请核对以下内容。需要修改的，点击该部分的“修改”。</p>
      {props.sections.map((s) => (
        <section>
          <h2>{s.title}</h2>
          <dl class="summary-list">
            {s.rows.map(([k, v]) => (
              <div>
                <dt>{k}</dt>
                <dd class="preserve-lines">{v}</dd>
              </div>
            ))}
          </dl>
          <p>
            <a href={s.editHref}>
              修改<span class="visually-hidden">{s.title}</span>
            </a>
          </p>
        </section>
      ))}
      <section>
        <h2>材料</h2>
        <ul>
          {props.materials.map((m) => (
            <li>
              {m.slot}：{m.name}（{m.size}）
            </li>
          ))}
          {props.generateLetter ? <li>监督申请书：提交时由系统根据您填写的内容生成</li> : null}
        </ul>
        <p>
          <a href="/apply/materials">
            修改<span class="visually-hidden">材料</span>
          </a>
        </p>
      </section>
      <h2>承诺并提交</h2>
      <Form action="/apply/submit" csrfToken={props.csrfToken}>
        <Checkbox
          name="declaration"
          label="本人承诺所填信息及所附材料真实"
          error={props.errors.declaration}
        />
        <div class="button-group">
          <Button>提交申请</Button>
        </div>
      </Form>
    </>
  )
}
