import type { CaseCollabView } from '../../../../src/collaboration/escalations/case-collab-view.js'

/** On the case page: 请示报告, crime leads and meetings about this application. */
export function CaseCollaboration(props: { c: CaseCollabView }) {
  const c = props.c
  return (
    <section aria-labelledby="collab-title">
      <h2 id="collab-title">上下联动与协作</h2>
      {c.escalations.length === 0 ? <p>没有向市院请示报告。</p> : null}
      {c.escalations.map((e) => (
        <p>
          请示报告 {e.number}（{e.sentOn}，{e.reason}）：{e.question}
          <br />
          {e.guidance ? `市院答复（${e.guidance.on}）：${e.guidance.text}` : '尚未收到市院的答复'}
        </p>
      ))}
      {c.referrals.map((r) => (
        <p>
          犯罪线索：<a href={`/staff/referrals/${r.id}`}>{r.text}</a>
        </p>
      ))}
      {c.meetings.map((m) => (
        <p>
          联席会议：<a href={`/staff/meetings/${m.id}`}>{m.text}</a>
        </p>
      ))}
      {c.mayWrite ? (
        <p class="button-group">
          <a
            class="button button--secondary"
            href={`/staff/applications/${c.applicationId}/escalations/new`}
          >
            向市院请示报告
          </a>
          <a class="button button--secondary" href={`/staff/referrals/new?code=${c.trackingCode}`}>
            登记犯罪线索
          </a>
        </p>
      ) : null}
    </section>
  )
}
