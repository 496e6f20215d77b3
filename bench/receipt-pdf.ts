/**
 * Receipt PDF render time (docs/product.md §14: < 40 ms median once warm). Renders the 收件回执 once cold
 * (font files read and parsed on first use) and then N times warm, in this process, one after
 * another. See bench/README.md.
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { parseCli, positiveInt } from './lib/cli.js'

const SPEC_MEDIAN_MS = 40

const argv = parseCli(
  'npx tsx bench/receipt-pdf.ts [--runs N=50] [--materials N=5] [--out receipt.pdf]',
  {
    runs: { type: 'string', default: '50' },
    materials: { type: 'string', default: '5' },
    out: { type: 'string' },
  },
)
const runs = positiveInt('runs', argv.runs)
const materialCount = positiveInt('materials', argv.materials)

const importStart = performance.now()
const { renderReceiptPdf } = await import('../views/documents/receipt.js')
const { receiptVerificationString } = await import('../src/applications/receipt-verification.js')
const importMs = performance.now() - importStart
type ReceiptData = Parameters<typeof renderReceiptPdf>[0]

const NAMES = [
  ['监督申请书', '监督申请书（签名版）.pdf'],
  ['身份证明', '居民身份证正反面.jpg'],
  ['相关法律文书', '执行裁定书（2023）豫0403执123号.pdf'],
  ['相关法律文书', '终结本次执行程序裁定书（2023）豫0403执123号之一.pdf'],
  ['证据材料', '被执行人名下车辆登记信息截图.png'],
]

function receipt(): ReceiptData {
  const materials = Array.from({ length: materialCount }, (_, i) => {
    const [slot, name] = NAMES[i] ?? ['证据材料', `证据材料第${i + 1}号（转账凭证）.jpg`]
    const sha256 = createHash('sha256').update(`file ${i}`).digest('hex')
    return { slot: slot!, name: name!, size: 180_000 + i * 1_234_567, sha256 }
  })
  const trackingCode = 'K7QM-3RWX-9TNH'
  const submittedAt = new Date('2026-11-26T02:00:00Z')
  const fileHashes = materials.map((m) => m.sha256)
  const facts = { trackingCode, submittedAt: submittedAt.toISOString(), fileHashes }
  return {
    procuratorateName: '平顶山市卫东区人民检察院',
    trackingCode,
    submittedAt,
    applicantName: '张建国',
    maskedIdNumber: '4104**********123X',
    enforcingCourt: '平顶山市卫东区人民法院',
    caseNumber: '（2023）豫0403执123号',
    matters: ['立案后超过六个月未采取执行措施（消极执行）', '有财产线索仍终结本次执行程序'],
    materials,
    nextStep: {
      text: '本院将审查您的申请，并书面告知是否受理。',
      due: '2026年12月7日',
      explanation: '本院应在收到申请之日起七个工作日内作出程序性答复；已扣除法定节假日和休息日。',
    },
    verifyUrl: 'https://zhijian.weidong.example.gov.cn/verify?c=K7QM3RWX9TNH',
    verificationString: receiptVerificationString('bench-secret-0123456789abcdef', facts),
    channel: '网上',
  }
}

async function timed(data: ReceiptData): Promise<{ ms: number; cpuMs: number; pdf: Buffer }> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const pdf = await renderReceiptPdf(data)
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { ms, cpuMs: (used.user + used.system) / 1000, pdf }
}

const data = receipt()
const cold = await timed(data)
const warm: { ms: number; cpuMs: number }[] = []
for (let i = 0; i < runs; i++) warm.push(await timed(data))

const wall = warm.map((w) => w.ms).sort((a, b) => a - b)
const cpu = warm.map((w) => w.cpuMs).sort((a, b) => a - b)
const median = quantile(wall, 0.5)
const load = os.loadavg()[0]?.toFixed(2) ?? 'n/a'
console.log(
  `zhijian bench:receipt-pdf — node ${process.version}, ${os.availableParallelism()} cores, ` +
    `load ${load}, ${materialCount} materials, ${runs} warm runs`,
)
console.log(`module import       ${importMs.toFixed(1)} ms`)
console.log(`first render (cold) ${cold.ms.toFixed(1)} ms (fonts read and parsed)`)
console.log(
  `warm wall           median ${median.toFixed(1)} ms, p95 ${quantile(wall, 0.95).toFixed(1)} ms, ` +
    `min ${wall[0]?.toFixed(1)} ms, max ${wall.at(-1)?.toFixed(1)} ms`,
)
console.log(
  `warm CPU            median ${quantile(cpu, 0.5).toFixed(1)} ms, p95 ${quantile(cpu, 0.95).toFixed(1)} ms`,
)
console.log(`size                ${(cold.pdf.length / 1024).toFixed(1)} KB`)
console.log()
console.log(
  `SPEC: receipt renders < ${SPEC_MEDIAN_MS} ms median once warm — ` +
    `${median < SPEC_MEDIAN_MS ? 'MET' : 'MISSED'} (${median.toFixed(1)} ms)`,
)
if (argv.out) {
  writeFileSync(argv.out, cold.pdf)
  console.log(`wrote ${argv.out}`)
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)
  return sorted[Math.max(0, index)] ?? Number.NaN
}
