/** What staff recorded with the review decisions (grounds, reasons, notes), staff only. */
export type ReviewHistoryView = {
  records: {
    at: string
    action: string
    staffName: string
    ground?: string | undefined
    detail?: string | undefined
    explanation?: string | undefined
  }[]
  draft?: { statusLabel: string; draftedBy: string; courtName: string } | undefined
  courtReply?: { repliedOn: string; outcome: string; note?: string | undefined } | undefined
}

export function CaseReview(props: { review: ReviewHistoryView | undefined }) {
  const r = props.review
  if (!r || (r.records.length === 0 && !r.draft && !r.courtReply)) return null
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">审查记录</h2>
      {r.draft ? (
        <p>
          检察建议稿（致{r.draft.courtName}）：{r.draft.statusLabel}，起草人 {r.draft.draftedBy}
        </p>
      ) : null}
      {r.courtReply ? (
        <p>
          法院回复：{r.courtReply.repliedOn}，{r.courtReply.outcome}
          {r.courtReply.note ? `。${r.courtReply.note}` : ''}
        </p>
      ) : null}
      <ol class="review-records">
        {r.records.map((x) => (
          <li>
            <strong>{x.action}</strong>（{x.staffName}，{x.at}）
            {x.ground ? <p>{x.ground}</p> : null}
            {x.detail ? <p class="preserve-lines">{x.detail}</p> : null}
            {x.explanation ? <p class="preserve-lines">{x.explanation}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
