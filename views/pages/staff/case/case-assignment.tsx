import { SelectField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

export type AssignmentView = {
  handler?: string | undefined
  /** null when the stage does not allow assignment, with the reason shown instead */
  form: { reviewers: { id: string; name: string }[]; canClaim: boolean } | null
  closedReason?: string | undefined
}

/** 承办检察官: the applicant is told this name (规则 第四十五条). */
export function CaseAssignment(props: {
  a: AssignmentView
  error?: string | undefined
  action: string
  version: number
  csrfToken: string
}) {
  const { a } = props
  return (
    <section aria-labelledby="assignment-title">
      <h2 id="assignment-title">承办检察官</h2>
      <p>{a.handler ? `当前承办：${a.handler}` : '尚未确定承办检察官。'}</p>
      <p class="hint">
        依照《人民检察院民事诉讼监督规则》第四十五条，承办检察官的姓名会告知申请人。
      </p>
      {a.form ? (
        <>
          {!a.form.canClaim ? null : (
            <Form action={props.action} csrfToken={props.csrfToken}>
              <input type="hidden" name="version" value={String(props.version)} />
              <input type="hidden" name="claim" value="yes" />
              <Button variant="secondary">认领（由我承办）</Button>
            </Form>
          )}
          <Form action={props.action} csrfToken={props.csrfToken}>
            <input type="hidden" name="version" value={String(props.version)} />
            <SelectField
              name="staffId"
              label="分派给"
              options={a.form.reviewers.map((r) => ({ value: r.id, label: r.name }))}
              placeholder="请选择民事检察部门的检察官"
              error={props.error}
            />
            <Button variant="secondary">分派</Button>
          </Form>
        </>
      ) : (
        <p class="hint">{a.closedReason}</p>
      )}
    </section>
  )
}
