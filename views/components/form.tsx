import type { Child } from 'hono/jsx'

export const CSRF_FIELD = '_csrf'

/**
 * Every POST form: the CSRF token as the first field, and for uploads also in the action's query
 * string (multipart bodies are streamed and checked before the body is read). `novalidate` leaves
 * checking to the server, so every message is the same specific Chinese text.
 */
export function Form(props: {
  action: string
  csrfToken: string
  multipart?: boolean
  /** lets a button elsewhere on the page submit this form (its `form` attribute) */
  id?: string
  children: Child
}) {
  const action = props.multipart
    ? `${props.action}${props.action.includes('?') ? '&' : '?'}${CSRF_FIELD}=${encodeURIComponent(props.csrfToken)}`
    : props.action
  return (
    <form
      id={props.id}
      method="post"
      action={action}
      enctype={props.multipart ? 'multipart/form-data' : undefined}
      novalidate
    >
      <input type="hidden" name={CSRF_FIELD} value={props.csrfToken} />
      {props.children}
    </form>
  )
}

export function Button(props: {
  children: Child
  variant?: 'primary' | 'secondary' | 'warning'
  name?: string
  value?: string
}) {
  const variant = props.variant && props.variant !== 'primary' ? ` button--${props.variant}` : ''
  return (
    <button class={`button${variant}`} type="submit" name={props.name} value={props.value}>
      {props.children}
    </button>
  )
}

/**
 * A field people cannot see or reach but form-filling bots do; the server refuses any submission
 * where it is filled (instead of a CAPTCHA puzzle, docs/product.md §14).
 */
export function Honeypot(props: { name?: string }) {
  return (
    <div class="honeypot" aria-hidden="true">
      <label for="field-hp-website">网站（请勿填写）</label>
      <input
        id="field-hp-website"
        name={props.name ?? 'website'}
        type="text"
        tabindex={-1}
        autocomplete="off"
      />
    </div>
  )
}
