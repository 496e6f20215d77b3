import type { FigureCasesView } from '../../../../src/stats/stats-cases.service.js'

export function StatsCasesPage(props: { view: FigureCasesView; back: string }) {
  const { view } = props
  return (
    <>
      <p>
        <a href={props.back}>返回统计与报告</a>
      </p>
      <h1>
        {view.figure.label}：{view.period.label}
      </h1>
      <p>口径：{view.figure.basis}</p>
      <p>
        共 {view.shown} 条{view.truncated ? '（只显示前 500 条，请缩短统计期间）' : ''}。
        {view.figure.subject === 'application'
          ? '申请人姓名已遮蔽。'
          : '当事人、信访人姓名已遮蔽。'}
      </p>
      {view.shown === 0 ? (
        <p>这一期间没有对应的记录。</p>
      ) : view.figure.subject !== 'application' ? (
        <RecordTable view={view} />
      ) : (
        <div class="table-wrap">
          <table class="case-table">
            <caption class="visually-hidden">{view.figure.label}对应的案件</caption>
            <thead>
              <tr>
                <th scope="col">日期</th>
                <th scope="col">查询码</th>
                <th scope="col">申请人</th>
                <th scope="col">执行法院</th>
                <th scope="col">执行案号</th>
                <th scope="col">当前状态</th>
              </tr>
            </thead>
            <tbody>
              {view.cases.map((k) => (
                <tr>
                  <td>{k.day}</td>
                  <td>
                    <a href={`/staff/applications/${k.id}`}>{k.code}</a>
                  </td>
                  <td>{k.applicant}</td>
                  <td>{k.court}</td>
                  <td>{k.caseNumber}</td>
                  <td>{k.stage}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

function RecordTable(props: { view: FigureCasesView }) {
  const { view } = props
  return (
    <div class="table-wrap">
      <table class="case-table">
        <caption class="visually-hidden">{view.figure.label}对应的记录</caption>
        <thead>
          <tr>
            <th scope="col">日期</th>
            <th scope="col">记录</th>
            <th scope="col">说明</th>
            <th scope="col">当事人</th>
          </tr>
        </thead>
        <tbody>
          {view.records.map((r) => (
            <tr>
              <td>{r.day}</td>
              <td>
                <a href={r.href}>{r.title}</a>
              </td>
              <td>{r.detail}</td>
              <td>{r.person}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
