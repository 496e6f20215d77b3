import { TextArea } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

export type NoteItem = { author: string; at: string; body: string }

/** Internal notes: staff only, never on the applicant's pages (docs/product.md §7). */
export function CaseNotes(props: {
  notes: NoteItem[]
  maxChars: number
  action: string
  csrfToken: string
  value?: string | undefined
  error?: string | undefined
}) {
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">内部备注</h2>
      <p class="hint">备注仅供本院工作人员查看，不会向申请人显示。</p>
      {props.notes.length === 0 ? (
        <p>暂无备注。</p>
      ) : (
        <ul class="case-notes">
          {props.notes.map((n) => (
            <li>
              <p class="hint">
                {n.author}，{n.at}
              </p>
              <p class="preserve-lines">{n.body}</p>
            </li>
          ))}
        </ul>
      )}
      <Form action={props.action} csrfToken={props.csrfToken}>
        <TextArea
          name="body"
          label="添加备注"
          hint={`不超过 ${props.maxChars} 字`}
          rows={4}
          maxlength={props.maxChars}
          value={props.value}
          error={props.error}
        />
        <Button variant="secondary">保存备注</Button>
      </Form>
    </section>
  )
}
