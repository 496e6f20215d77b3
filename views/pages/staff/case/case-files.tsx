export type MaterialItem = {
  slot: string
  name: string
  description?: string | undefined
  size: string
  sha256: string
  uploadedAt: string
  uploadedBy: string
  viewHref: string
  downloadHref: string
}

export type DocumentItem = {
  title: string
  size: string
  sha256: string
  issuedAt: string
  href: string
  /** the 文书编号 of a numbered notice */
  number?: string | undefined
}

/** Materials with their full hashes; each opens inline or downloads (both are audited). */
export function CaseMaterials(props: { materials: MaterialItem[]; documents: DocumentItem[] }) {
  return (
    <section aria-labelledby="materials-title">
      <h2 id="materials-title">材料</h2>
      <p class="hint">查看和下载都会记入审计日志。</p>
      <div class="table-wrap" role="region" tabindex={0} aria-labelledby="case-materials-caption">
        <table class="case-table">
          <caption id="case-materials-caption">申请人和工作人员提交的材料</caption>
          <thead>
            <tr>
              <th scope="col">类别</th>
              <th scope="col">文件名</th>
              <th scope="col">大小</th>
              <th scope="col">SHA-256</th>
              <th scope="col">上传时间</th>
              <th scope="col">上传人</th>
              <th scope="col" class="no-print">
                操作
              </th>
            </tr>
          </thead>
          <tbody>
            {props.materials.map((m) => (
              <tr>
                <td>{m.slot}</td>
                <td>
                  {m.name}
                  {m.description ? <span class="hint">（{m.description}）</span> : null}
                </td>
                <td>{m.size}</td>
                <td>
                  <code class="hash">{m.sha256}</code>
                </td>
                <td>{m.uploadedAt}</td>
                <td>{m.uploadedBy}</td>
                <td class="no-print">
                  <a href={m.viewHref}>
                    查看<span class="visually-hidden">{m.name}</span>
                  </a>{' '}
                  <a href={m.downloadHref}>
                    下载<span class="visually-hidden">{m.name}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>本院出具的文书</h3>
      {props.documents.length === 0 ? (
        <p>尚未出具文书（收件回执随申请生成，不在此列）。</p>
      ) : (
        <ul class="case-documents">
          {props.documents.map((d) => (
            <li>
              <a href={d.href}>{d.title}</a>（{d.number ? `${d.number}，` : ''}
              {d.issuedAt}，{d.size}）
              <br />
              <code class="hash">{d.sha256}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
