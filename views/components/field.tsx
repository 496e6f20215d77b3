import type { Child } from 'hono/jsx'
import { describedBy, fieldId } from './field-ids.js'
import { DATE_EXAMPLES } from '../../src/kernel/typed-date.js'

type Common = {
  name: string
  label: string
  hint?: Child
  error?: string | undefined
  /** shows （选填） after the label; fields are required unless marked */
  optional?: boolean
  id?: string
}

/** Label, hint and error message around one control; the error sits above the control. */
export function FieldShell(props: Common & { id: string; children: Child }) {
  return (
    <div class={props.error ? 'form-group form-group--error' : 'form-group'}>
      <label class="label" for={props.id}>
        {props.label}
        {props.optional ? <span class="optional">（选填）</span> : null}
      </label>
      <FieldHintAndError id={props.id} hint={props.hint} error={props.error} />
      {props.children}
    </div>
  )
}

export function FieldHintAndError(props: { id: string; hint?: Child; error?: string | undefined }) {
  return (
    <>
      {props.hint ? (
        <span class="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span class="field-error" id={`${props.id}-error`}>
          <span class="visually-hidden">错误：</span>
          {props.error}
        </span>
      ) : null}
    </>
  )
}

export type TextFieldProps = Common & {
  value?: string | undefined
  type?: 'text' | 'tel' | 'email' | 'date' | 'password'
  autocomplete?: string
  inputmode?: 'text' | 'numeric' | 'tel' | 'email'
  maxlength?: number
  short?: boolean
}

export function TextField(props: TextFieldProps) {
  const id = props.id ?? fieldId(props.name)
  return (
    <FieldShell {...props} id={id}>
      <input
        class={props.short ? 'input input--short' : 'input'}
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        maxlength={props.maxlength}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </FieldShell>
  )
}

export function TextArea(
  props: Common & { value?: string | undefined; rows?: number; maxlength?: number },
) {
  const id = props.id ?? fieldId(props.name)
  return (
    <FieldShell {...props} id={id}>
      <textarea
        class="textarea"
        id={id}
        name={props.name}
        rows={props.rows ?? 8}
        maxlength={props.maxlength}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.value ?? ''}
      </textarea>
    </FieldShell>
  )
}

export type Option = { value: string; label: string; hint?: string }

export function SelectField(
  props: Common & { options: Option[]; value?: string | undefined; placeholder?: string },
) {
  const id = props.id ?? fieldId(props.name)
  return (
    <FieldShell {...props} id={id}>
      <select
        class="select"
        id={id}
        name={props.name}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        <option value="">{props.placeholder ?? '请选择'}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  )
}

/**
 * A date a person types (issue 13): a text field that takes 2026-12-03, 2026/12/3 or 2026年12月3日
 * (src/kernel/typed-date.ts reads them), never the browser's date control, whose format follows the
 * browser's language and which turned 19900307 into 0307-12-09 in the UX review.
 */
export function DateField(props: Common & { value?: string | undefined }) {
  const example = `可以写成 ${DATE_EXAMPLES}`
  const hint = props.hint ? (
    <>
      {props.hint}；{example}
    </>
  ) : (
    example
  )
  return <TextField {...props} hint={hint} type="text" autocomplete="off" maxlength={20} short />
}
