import { renderStatsReport } from '../../views/documents/stats-report.js'
import type { Deps } from '../deps.js'
import { formatChineseDate } from '../kernel/china-time.js'
import type { Period } from './period.js'
import { reportParagraphs } from './report-sentences.js'
import { auditExport, buildStats, type StatsViewer } from './stats.service.js'

/** The printable 工作情况报告 for the period, audited like every export. */
export async function statsReportPdf(
  deps: Deps,
  viewer: StatsViewer,
  period: Period,
): Promise<Buffer> {
  const report = await buildStats(deps, viewer.roles, period)
  const site = deps.siteSettings.current()
  const court = site.courts.length === 1 ? site.courts[0]!.name : '法院'
  const texts = reportParagraphs(report.areas, court)
  const now = deps.clock.now()
  const pdf = await renderStatsReport({
    procuratorate: site.name,
    periodLabel: period.label,
    previousLabel: report.previous.label,
    producedOn: formatChineseDate(now),
    paragraphs: report.areas.map((a, i) => ({ heading: a.label, text: texts[i]! })),
    charts: report.charts,
    tables: report.tables,
    generatedAt: now,
  })
  await auditExport(deps, viewer, 'pdf', period)
  return pdf
}
