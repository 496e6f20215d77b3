/** The case's legal hold (保留): whether the daily purge must skip it, and the leader's link. */
export type LegalHoldItem = {
  /** the active hold, if any */
  held?: { at: string; by: string; reason: string } | undefined
  /** set_legal_hold or lift_legal_hold for a leader; undefined for other roles */
  href?: string | undefined
}

export function CaseLegalHold({ h }: { h: LegalHoldItem }) {
  if (!h.held && !h.href) return null
  return (
    <section aria-labelledby="legal-hold-title">
      <h2 id="legal-hold-title">保留</h2>
      {h.held ? (
        <p data-testid="legal-hold">
          {h.held.at} 由{h.held.by}设置保留，保存期限届满后也不清除。理由：{h.held.reason}
        </p>
      ) : (
        <p class="hint">未设置保留：保存期限届满后，系统按期清除个人信息和材料。</p>
      )}
      {h.href ? (
        <p class="no-print">
          <a class="button button--secondary" href={h.href}>
            {h.held ? '解除保留' : '设置保留'}
          </a>
        </p>
      ) : null}
    </section>
  )
}
