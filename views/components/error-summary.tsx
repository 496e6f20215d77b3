import { fieldId } from './field-ids.js'
import type { FormErrors } from '../../src/http/form.js'

/**
 * Lists every problem at the top of the form, each linking to its field; `autofocus` puts the
 * keyboard there after a refused post, without JavaScript. role="alert" makes
 * screen readers announce it on the re-rendered page without JavaScript.
 */
export function ErrorSummary(props: { errors: FormErrors; title?: string }) {
  const entries = Object.entries(props.errors)
  if (entries.length === 0) return null
  return (
    <div
      class="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabindex={-1}
      autofocus
    >
      <h2 class="error-summary__title" id="error-summary-title">
        {props.title ?? '请修改以下问题后再提交'}
      </h2>
      <ul class="error-summary__list">
        {entries.map(([name, message]) => (
          <li>
            <a href={`#${fieldId(name)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
