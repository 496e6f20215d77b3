export type DeadlineItem = {
  label: string
  due: string
  explanation: string
  state?: string | undefined
}

export type TimelineItem = {
  at: string
  text: string
  actor: string
  /** what the applicant was told on their own timeline */
  publicNote?: string | undefined
  detail?: string | undefined
}

/** Every clock with its due date and how it was computed (docs/product.md §9). */
export function CaseDeadlines(props: { deadlines: DeadlineItem[] }) {
  return (
    <section aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">期限</h2>
      {props.deadlines.length === 0 ? (
        <p>当前没有进行中的期限。</p>
      ) : (
        <ul class="case-deadlines">
          {props.deadlines.map((d) => (
            <li>
              {d.label}：<strong>{d.due}</strong>
              {d.state ? <span class="tag">{d.state}</span> : null}
              <details>
                <summary>这个日期是怎么算的</summary>
                <p>{d.explanation}</p>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** The internal timeline: stage changes and every audited act on this application, with names. */
export function CaseTimeline(props: { items: TimelineItem[] }) {
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">办理经过（内部）</h2>
      <ol class="timeline">
        {props.items.map((e) => (
          <li>
            <strong>{e.at}</strong> {e.text}
            <span class="hint">（{e.actor}）</span>
            {e.detail ? <p class="hint">{e.detail}</p> : null}
            {e.publicNote ? <p class="preserve-lines">告知申请人：{e.publicNote}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
