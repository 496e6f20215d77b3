import * as echarts from 'echarts'

export type ChartSeries = { name: string; data: number[] }

export type ChartSpec = {
  id: string
  title: string
  categories: string[]
  series: ChartSeries[]
}

const WIDTH = 640
const HEIGHT = 320
/** Dark enough for 4.5:1 text contrast on white, distinct for the common colour-vision deficiencies. */
const COLORS = ['#1f5fa8', '#c0392b', '#2e7d32', '#8e5a00', '#6a3d9a']

/**
 * A bar chart as SVG, drawn on the server by ECharts (docs/decisions/067-statistics-echarts.md). The
 * page's CSP allows no inline styles, so ECharts' <style> block (hover effects only) is dropped and its
 * style attributes become presentation attributes; the root gets role="img" and a <title>.
 */
export function renderBarChart(spec: ChartSpec, summary: string): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: WIDTH,
    height: HEIGHT,
  })
  try {
    chart.setOption({
      animation: false,
      color: COLORS,
      textStyle: { fontFamily: 'sans-serif', fontSize: 13 },
      legend: { top: 4, data: spec.series.map((s) => s.name) },
      grid: { left: 48, right: 16, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: spec.categories, axisLabel: { color: '#333' } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#333' } },
      series: spec.series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: s.data,
        label: { show: true, position: 'top', color: '#222' },
      })),
    })
    return cspSafe(chart.renderToSVGString({ useViewBox: true }), spec.title, summary)
  } finally {
    chart.dispose()
  }
}

function cspSafe(svg: string, title: string, summary: string): string {
  const safe = svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_m, css: string) => styleToAttributes(css))
    .replace(/ class="zr\d+-cls-\d+"/g, '')
  const label = escapeXml(`${title}。${summary}`)
  return safe
    .replace(/^<svg /, `<svg role="img" aria-label="${label}" focusable="false" `)
    .replace(/(<svg [^>]*>)/, `$1<title>${escapeXml(title)}</title>`)
}

function styleToAttributes(css: string): string {
  return css
    .split(';')
    .map((d) => d.split(':').map((x) => x.trim()))
    .filter(([k, v]) => k && v && /^[a-z-]+$/.test(k))
    .map(([k, v]) => ` ${k}="${escapeXml(v!.replace(/px$/, ''))}"`)
    .join('')
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
