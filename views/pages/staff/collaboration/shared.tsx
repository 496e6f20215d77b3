import type { Child } from 'hono/jsx'
import type { FormValues } from '../../../../src/http/form.js'

/** A typed value back into its field. */
export const text = (v: FormValues[string]) => (typeof v === 'string' ? v : undefined)
export const list = (v: FormValues[string]) => (v === undefined ? [] : [v].flat())

export function DoneNotice(props: { messages: Record<string, string>; done: string | undefined }) {
  const message = props.done ? props.messages[props.done] : undefined
  return message ? (
    <div class="notice" role="status">
      <p>{message}</p>
    </div>
  ) : null
}

/** Label–value rows of a record. */
export function Facts(props: { rows: [string, Child][] }) {
  return (
    <dl class="summary-list">
      {props.rows
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => (
          <div>
            <dt>{k}</dt>
            <dd style="white-space: pre-wrap">{v}</dd>
          </div>
        ))}
    </dl>
  )
}
