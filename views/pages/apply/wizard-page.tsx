import type { Child } from 'hono/jsx'
import { ErrorSummary } from '../../components/error-summary.js'
import type { FormErrors, FormValues } from '../../../src/http/form.js'
import { Button, Form } from '../../components/form.js'

/** What every wizard step view receives. */
export type StepViewProps = {
  values: FormValues
  errors: FormErrors
  courts: { code: string; name: string }[]
  /** e.g. 2026-11-26, the latest date a date field accepts */
  today: string
  /** the acts that can be complained of (docs/product.md §3), from the domain module */
  matters: readonly string[]
}

export type WizardPageProps = {
  title: string
  stepNumber: number
  totalSteps: number
  backHref: string
  action: string
  csrfToken: string
  errors: FormErrors
  intro?: Child
  children: Child
  buttonText?: string
  /** a second submit button (name=action, value=value), after the main one so Enter still saves */
  secondary?: { value: string; label: string }
}

/** One topic per page (docs/product.md §4): progress, back link, error summary, the questions, continue. */
export function WizardPage(props: WizardPageProps) {
  return (
    <>
      <WizardHeader {...props} />
      {props.intro}
      <Form action={props.action} csrfToken={props.csrfToken}>
        {props.children}
        <div class="button-group">
          <Button>{props.buttonText ?? '保存并继续'}</Button>
          {props.secondary ? (
            <Button variant="secondary" name="action" value={props.secondary.value}>
              {props.secondary.label}
            </Button>
          ) : null}
        </div>
      </Form>
      <p class="hint">您填写的内容会在每一步保存，30 天内可以继续填写。</p>
    </>
  )
}

/** Back link, error summary, progress and heading: the top of every page of the wizard. */
export function WizardHeader(props: {
  backHref: string
  errors: FormErrors
  stepNumber: number
  totalSteps: number
  title: string
}) {
  return (
    <>
      <a class="back-link" href={props.backHref}>
        返回上一步
      </a>
      <ErrorSummary errors={props.errors} />
      <p class="progress">
        第 {props.stepNumber} 步，共 {props.totalSteps} 步
      </p>
      <h1>{props.title}</h1>
    </>
  )
}

export const str = (v: string | string[] | undefined): string | undefined =>
  Array.isArray(v) ? v[0] : v

/** Options whose value is their own label (Chinese enum values such as 居民身份证). */
export const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }))
