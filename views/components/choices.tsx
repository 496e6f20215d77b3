import { describedBy, fieldId } from './field-ids.js'
import { FieldHintAndError, type Option } from './field.js'

type GroupProps = {
  name: string
  legend: string
  hint?: string
  error?: string | undefined
  options: Option[]
  optional?: boolean
}

/** The first option carries the field's id, so an error-summary link lands on the group. */
function optionId(name: string, index: number): string {
  return index === 0 ? fieldId(name) : `${fieldId(name)}-${index + 1}`
}

function ChoiceGroup(
  props: GroupProps & { type: 'radio' | 'checkbox'; checked: (value: string) => boolean },
) {
  const id = fieldId(props.name)
  return (
    <div class={props.error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset class="fieldset" aria-describedby={describedBy(id, props.hint, props.error)}>
        <legend class="fieldset__legend">
          {props.legend}
          {props.optional ? <span class="optional">（选填）</span> : null}
        </legend>
        <FieldHintAndError id={id} hint={props.hint} error={props.error} />
        <div class="choices">
          {props.options.map((o, i) => {
            const inputId = optionId(props.name, i)
            return (
              <div class="choice">
                <input
                  id={inputId}
                  name={props.name}
                  type={props.type}
                  value={o.value}
                  checked={props.checked(o.value)}
                  aria-describedby={o.hint ? `${inputId}-item-hint` : undefined}
                />
                <label for={inputId}>{o.label}</label>
                {o.hint ? (
                  <span class="field-hint choice__hint" id={`${inputId}-item-hint`}>
                    {o.hint}
                  </span>
                ) : null}
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

export function RadioGroup(props: GroupProps & { value?: string | undefined }) {
  return <ChoiceGroup {...props} type="radio" checked={(v) => v === props.value} />
}

export function CheckboxGroup(props: GroupProps & { values?: string[] | undefined }) {
  return (
    <ChoiceGroup {...props} type="checkbox" checked={(v) => props.values?.includes(v) ?? false} />
  )
}

/** A single yes-box, such as the declaration on the check-answers page. */
export function Checkbox(props: {
  name: string
  label: string
  checked?: boolean
  error?: string | undefined
}) {
  const id = fieldId(props.name)
  return (
    <div class={props.error ? 'form-group form-group--error' : 'form-group'}>
      <FieldHintAndError id={id} error={props.error} />
      <div class="choice">
        <input
          id={id}
          name={props.name}
          type="checkbox"
          value="yes"
          checked={props.checked ?? false}
          aria-describedby={describedBy(id, undefined, props.error)}
          aria-invalid={props.error ? 'true' : undefined}
        />
        <label for={id}>{props.label}</label>
      </div>
    </div>
  )
}
