import { raw } from 'hono/html'
import type { ChartView } from '../../../../src/stats/stats-charts.js'

/**
 * A chart as a figure: its title and text summary as the caption, the server-drawn SVG (role="img"
 * with an accessible name, no script or inline style), and the same data as a table.
 */
export function Chart(props: { chart: ChartView; query: string }) {
  const { chart } = props
  const t = chart.table
  return (
    <figure class="stats-chart" aria-labelledby={`chart-${chart.id}`}>
      <figcaption id={`chart-${chart.id}`}>
        <strong>{chart.title}</strong>
        <span class="stats-chart__summary">{chart.summary}</span>
      </figcaption>
      <div class="stats-chart__svg">{raw(chart.svg)}</div>
      <div class="table-wrap">
        <table class="case-table" data-table={t.id}>
          <caption class="visually-hidden">{t.title}（数据表）</caption>
          <thead>
            <tr>
              {t.header.map((h) => (
                <th scope="col">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {t.rows.map((row) => (
              <tr>
                <th scope="row">{row[0]}</th>
                {row.slice(1).map((cell) => (
                  <td>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href={`/staff/stats/export.csv?table=${t.id}&${props.query}`}>
          下载本表（CSV）<span class="visually-hidden">：{t.title}</span>
        </a>
      </p>
    </figure>
  )
}
