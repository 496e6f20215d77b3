import { describedBy, fieldId } from './field-ids.js'
import { FieldShell } from './field.js'

export type FileFieldProps = {
  name: string
  label: string
  hint?: string
  error?: string | undefined
  optional?: boolean
  multiple?: boolean
  /** a hint to the picker only; the server decides the type from the file's bytes */
  accept?: string
}

export function FileField(props: FileFieldProps) {
  const id = fieldId(props.name)
  return (
    <FieldShell {...props} id={id}>
      <input
        class="file-input"
        id={id}
        name={props.name}
        type="file"
        multiple={props.multiple ?? false}
        accept={props.accept ?? '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </FieldShell>
  )
}
