import { Form } from '../../../components/form.js'

export type RevealField = 'id_number' | 'mobile' | 'agent_id_number' | 'agent_mobile'

export type AnswerRow = {
  term: string
  value: string
  /** long free text keeps the applicant's line breaks */
  long?: boolean
  /** a number shown masked until 显示 is pressed (each reveal is audited) */
  reveal?: { field: RevealField; revealed: boolean }
}

export type AnswerSection = { title: string; rows: AnswerRow[] }

/** Every answer, section by section; the ID and mobile numbers masked unless revealed. */
export function CaseAnswers(props: {
  sections: AnswerSection[]
  revealAction: string
  csrfToken: string
}) {
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title">申请内容</h2>
      {props.sections.map((s) => (
        <>
          <h3>{s.title}</h3>
          {s.rows.length === 0 ? (
            <p>（无）</p>
          ) : (
            <dl class="summary-list">
              {s.rows.map((r) => (
                <div>
                  <dt>{r.term}</dt>
                  <dd class={r.long ? 'preserve-lines' : undefined}>
                    {r.reveal ? <Revealable row={r} {...props} /> : r.value}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </>
      ))}
    </section>
  )
}

function Revealable(props: { row: AnswerRow; revealAction: string; csrfToken: string }) {
  const { row } = props
  if (row.reveal?.revealed)
    return (
      <>
        <span data-testid={`revealed-${row.reveal.field}`}>{row.value}</span>{' '}
        <span class="hint">（已显示完整号码，本次查看已记录）</span>
      </>
    )
  return (
    <div class="reveal">
      <span data-testid={`masked-${row.reveal!.field}`}>{row.value}</span>
      <Form action={props.revealAction} csrfToken={props.csrfToken}>
        <input type="hidden" name="field" value={row.reveal!.field} />
        <button class="button button--secondary button--small" type="submit">
          显示<span class="visually-hidden">完整{row.term}</span>
        </button>
      </Form>
    </div>
  )
}
