import type { SelfCheckResult } from '../../../src/applications/self-check.js'
import type { SelfCheckAnswers } from '../../../src/applications/self-check.schema.js'
import { Button, Form } from '../../components/form.js'

export type SelfCheckResultPageProps = {
  result: SelfCheckResult
  answers: SelfCheckAnswers
  csrfToken: string
}

/** The self-check's answer; the application goes on unless the matter is plainly out of scope. */
export function SelfCheckResultPage(props: SelfCheckResultPageProps) {
  const { result } = props
  const stopped = !result.canContinue
  return (
    <>
      <p class="hint">第 1 步，共 10 步：申请前自查结果</p>
      <h1>{result.title}</h1>
      <p class="lead">{result.reason}</p>
      <h2>{stopped ? '您可以这样办' : '下一步'}</h2>
      <ul>
        {result.nextSteps.map((step) => (
          <li>{step}</li>
        ))}
      </ul>
      {result.legalBasis ? (
        <p>
          <strong>依据：</strong>
          {result.legalBasis}
        </p>
      ) : null}
      {result.links?.length ? <Links links={result.links} stopped={stopped} /> : null}
      <div class="panel">
        <p>
          这只是根据您的回答作出的初步提示，不是本院的决定。是否受理，由本院工作人员审查后决定。
        </p>
      </div>
      {stopped ? null : <ContinueForm answers={props.answers} csrfToken={props.csrfToken} />}
      <p>
        <a href="/apply">返回修改</a>
      </p>
    </>
  )
}

function Links(props: { links: NonNullable<SelfCheckResult['links']>; stopped: boolean }) {
  return (
    <>
      <h2>{props.stopped ? '可以去哪里办理' : '了解更多'}</h2>
      <ul>
        {props.links.map((link) => (
          <li>
            <a href={link.href}>{link.text}</a>
          </li>
        ))}
      </ul>
    </>
  )
}

/** Carries the answers on to the first wizard step, which records them with the draft. */
function ContinueForm(props: { answers: SelfCheckAnswers; csrfToken: string }) {
  const { answers } = props
  return (
    <Form action="/apply/start" csrfToken={props.csrfToken}>
      <input type="hidden" name="role" value={answers.role} />
      <input type="hidden" name="court" value={answers.court} />
      <input type="hidden" name="about" value={answers.about} />
      <input type="hidden" name="remedy" value={answers.remedy} />
      <div class="button-group">
        <Button>继续填写申请</Button>
      </div>
    </Form>
  )
}
