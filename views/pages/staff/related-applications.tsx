import type { RelatedApplication } from '../../../src/queue/related.service.js'

/**
 * The open applications behind a 可能重复 flag, for the case page: each links to its own page, so
 * staff can compare before accepting a second application about the same enforcement case.
 */
export function RelatedApplications(props: { related: RelatedApplication[] }) {
  if (props.related.length === 0) return null
  return (
    <section aria-labelledby="related-applications-title" class="related-applications">
      <h2 id="related-applications-title">可能重复的申请（{props.related.length}）</h2>
      <ul class="link-list">
        {props.related.map((r) => (
          <li>
            <a href={`/staff/applications/${r.id}`}>{r.trackingCode}</a>
            <span>
              （{r.stageLabel}；{r.reasons.join('、')}）
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
