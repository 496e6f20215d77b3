export type ServiceDocumentItem = {
  title: string
  number: string
  issuedAt: string
  status: { code: 'served' | 'sending' | 'pending'; label: string }
  /** one line per recorded service */
  services: string[]
  envelopeHref: string
  returnReceiptHref: string
}

export type ServiceSectionView = {
  /** the applicant's answer on electronic service (民诉法 第九十条) */
  consent: string
  /** masked; the full address is printed only on the envelope sheet */
  address: string
  documents: ServiceDocumentItem[]
  /** e.g. 补正通知书尚未送达 */
  warning?: string
  recordHref: string
}

/** 送达 (规则 第一百二十八条): how each notice reached the applicant, or that it has not yet. */
export function CaseService(props: { s: ServiceSectionView }) {
  const { s } = props
  return (
    <section aria-labelledby="service-title">
      <h2 id="service-title">送达</h2>
      {s.warning ? (
        <div class="notice" role="status" data-testid="service-warning">
          <p>{s.warning}</p>
        </div>
      ) : null}
      <dl class="summary-list">
        <div>
          <dt>电子送达</dt>
          <dd data-testid="service-consent">{s.consent}</dd>
        </div>
        <div>
          <dt>送达地址</dt>
          <dd>{s.address}</dd>
        </div>
      </dl>
      {s.documents.length === 0 ? (
        <p class="hint">本案尚未出具需要送达的法律文书。</p>
      ) : (
        <table class="table">
          <caption class="visually-hidden">文书送达情况</caption>
          <thead>
            <tr>
              <th scope="col">文书</th>
              <th scope="col">送达情况</th>
              <th scope="col">打印</th>
            </tr>
          </thead>
          <tbody>
            {s.documents.map((d) => (
              <tr>
                <td>
                  {d.title}
                  <br />
                  <span class="hint">
                    {d.number} · {d.issuedAt}出具
                  </span>
                </td>
                <td data-testid="service-status">
                  <strong>{d.status.label}</strong>
                  {d.services.map((line) => (
                    <p>{line}</p>
                  ))}
                </td>
                <td>
                  {d.status.code === 'served' ? null : (
                    <>
                      <a href={d.envelopeHref}>信封（邮寄单）</a>
                      <br />
                    </>
                  )}
                  <a href={d.returnReceiptHref}>送达回证</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a class="button button--secondary" href={s.recordHref}>
          登记送达
        </a>
      </p>
    </section>
  )
}
