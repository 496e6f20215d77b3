export type MappingSheetView = {
  name: string
  roleLabel: string
  role: string
  headerRows: number[]
  missing: string[]
  columns: {
    index: number
    header: string
    code?: string | undefined
    field: string
    auto: boolean
  }[]
  options: { value: string; label: string }[]
  sample: { row: number; values: string[] }[]
}

/** One sheet's columns, each with the field it maps to, and its first rows as they will be stored. */
export function MappingSheet(props: { sheet: MappingSheetView }) {
  const s = props.sheet
  return (
    <section>
      <h3>
        工作表“{s.name}”：{s.roleLabel}
      </h3>
      <p>表头在第 {s.headerRows.join('、')} 行。</p>
      {s.missing.length > 0 ? (
        <p class="field-error">
          缺少必需的列：{s.missing.join('、')}。请在下方指定对应的列，否则各行将被拒绝。
        </p>
      ) : null}
      <div class="table-wrap">
        <table>
          <caption>“{s.name}”各列对应的字段</caption>
          <thead>
            <tr>
              <th scope="col">列</th>
              <th scope="col">表头</th>
              <th scope="col">对应字段</th>
            </tr>
          </thead>
          <tbody>
            {s.columns.map((c) => (
              <tr>
                <td>{c.index + 1}</td>
                <td>
                  {c.header}
                  {c.code && c.code !== c.header ? <code>（{c.code}）</code> : null}
                </td>
                <td>
                  <select
                    class="select"
                    name={`col.${s.role}.${c.index}`}
                    aria-label={`“${c.header}”列对应的字段`}
                  >
                    <option value="ignore" selected={c.field === 'ignore'}>
                      未识别（不导入）
                    </option>
                    {s.options.map((o) => (
                      <option value={o.value} selected={o.value === c.field}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {s.sample.length > 0 ? (
        <div class="table-wrap">
          <table>
            <caption>
              “{s.name}”前 {s.sample.length} 行（按对应字段解析后的值）
            </caption>
            <thead>
              <tr>
                <th scope="col">行号</th>
                {s.columns.map((c) => (
                  <th scope="col">{c.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {s.sample.map((r) => (
                <tr>
                  <td>{r.row}</td>
                  {r.values.map((v) => (
                    <td>{v}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  )
}
