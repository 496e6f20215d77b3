import { describe, expect, it } from 'vitest'
import {
  APPLICANT_CAN_WITHDRAW,
  describeStage,
  isOpen,
  OPEN_STAGES,
  type Stage,
  STAGE_TEXT,
  STAGES,
  TERMINAL_STAGES,
} from '../../../src/workflow/stages.js'

// docs/product.md §9, the applicant-visible label in brackets, copied character for character.
const SPEC_LABELS: Record<Stage, string> = {
  submitted: '已收件，待受理',
  supplement_requested: '待补正',
  accepted: '已受理',
  under_review: '审查中',
  suspended: '中止审查',
  escalated: '已报请上级院办理',
  decided_recommendation: '已决定提出检察建议',
  court_replied: '法院已回复',
  decided_not_supported: '不支持监督申请',
  terminated: '终结审查',
  not_accepted: '不予受理',
  referred: '已告知向有管辖权机关反映',
  withdrawn: '已撤回',
  deemed_withdrawn: '视为撤回',
  closed: '已办结',
}
const SPEC_TERMINAL: Stage[] = [
  'not_accepted',
  'referred',
  'withdrawn',
  'deemed_withdrawn',
  'closed',
]

describe('stage text', () => {
  it('covers exactly the stages of the applications table', () => {
    expect(Object.keys(STAGE_TEXT).sort()).toEqual([...STAGES].sort())
  })

  it.each(STAGES.map((s) => [s, SPEC_LABELS[s]] as const))('%s is labelled %s', (stage, label) => {
    expect(STAGE_TEXT[stage].label).toBe(label)
    expect(describeStage(stage)).toMatchObject({ stage, label })
  })

  it.each(STAGES)('%s has a meaning and something the applicant can do', (stage) => {
    const text = STAGE_TEXT[stage]
    expect(text.meaning).toMatch(/[\u4e00-\u9fff]{10,}/)
    expect(text.youCanDo.length).toBeGreaterThan(0)
    for (const item of text.youCanDo) expect(item.trim()).not.toBe('')
  })

  it.each(STAGES)('%s is terminal exactly when docs/product.md §9 says so', (stage) => {
    expect(STAGE_TEXT[stage].terminal).toBe(SPEC_TERMINAL.includes(stage))
    expect(isOpen(stage)).toBe(!SPEC_TERMINAL.includes(stage))
  })

  it('splits the stages into open and terminal', () => {
    expect([...OPEN_STAGES, ...TERMINAL_STAGES].sort()).toEqual([...STAGES].sort())
    expect(TERMINAL_STAGES).toEqual(SPEC_TERMINAL)
  })

  it('offers withdrawal only before a decision', () => {
    expect([...APPLICANT_CAN_WITHDRAW]).toEqual([
      'submitted',
      'supplement_requested',
      'accepted',
      'under_review',
      'suspended',
    ])
    for (const stage of STAGES) {
      const offered = STAGE_TEXT[stage].youCanDo.some((s) => /^(撤回申请|申请撤回)/.test(s))
      expect(offered, stage).toBe(APPLICANT_CAN_WITHDRAW.has(stage))
    }
  })

  // 规则 第七十三条第（二）项: after 受理 the withdrawal is the procuratorate's decision
  it.each(['accepted', 'under_review', 'suspended'] as const)(
    '%s offers withdrawal as a request the procuratorate decides on',
    (stage) => {
      const offer = STAGE_TEXT[stage].youCanDo.find((s) => s.startsWith('申请撤回'))
      expect(offer).toContain('须经本院审查决定')
      expect(offer).toContain('不准许的，继续审查')
    },
  )

  it.each(['under_review', 'suspended'] as const)(
    '%s tells the applicant of the right to recusal (规则 第四十五条)',
    (stage) => {
      expect(STAGE_TEXT[stage].youCanDo.some((s) => s.startsWith('申请回避'))).toBe(true)
    },
  )

  it('names the 回避 right at acceptance and the rule while under review', () => {
    expect(STAGE_TEXT.accepted.youCanDo.join()).toContain('回避')
    expect(STAGE_TEXT.under_review.legalBasis).toContain('第四十五条')
    expect(STAGE_TEXT.under_review.legalBasis).toContain('第四十四条')
  })

  it('explains 不支持监督申请 with 第十六条 and 释法说理, without inventing a 复查 right', () => {
    const text = STAGE_TEXT.decided_not_supported
    expect(text.legalBasis).toContain('第十六条')
    expect(text.legalBasis).toContain('十五日内')
    expect(text.youCanDo.join()).toContain('释法说理')
    for (const stage of STAGES) {
      expect(JSON.stringify(STAGE_TEXT[stage]), stage).not.toContain('复查')
    }
  })

  it.each([
    ['supplement_requested', '第二十一条'],
    ['deemed_withdrawn', '第二十一条'],
    ['decided_recommendation', '三个月'],
    ['court_replied', '第十四条'],
    ['escalated', '第四十一条'],
  ] as const)('%s cites %s', (stage, fragment) => {
    expect(STAGE_TEXT[stage].legalBasis).toContain(fragment)
  })

  // the 2021 official text settles what the repealed 2013 numbering left open
  it.each([
    ['suspended', '第七十二条'],
    ['terminated', '不损害国家利益、社会公共利益或者他人合法权益'],
    ['not_accepted', '第三十二条第（四）项'],
    ['not_accepted', '可以向上一级人民检察院申请监督'],
    ['referred', '应当告知申请人向有关人民检察院申请监督'],
    ['decided_not_supported', '第一百零九条'],
    ['decided_recommendation', '第一百零八条'],
  ] as const)('%s cites %s from the 2021 规则', (stage, fragment) => {
    expect(STAGE_TEXT[stage].legalBasis).toContain(fragment)
  })

  it('tells a refused applicant where to turn (规则 第三十一条)', () => {
    expect(STAGE_TEXT.not_accepted.youCanDo.join()).toContain('向上一级人民检察院申请监督')
  })

  it('says a 检察建议 is decided, then sent within 15 days, and never calls a case 敏感', () => {
    const text = STAGE_TEXT.decided_recommendation.meaning
    expect(text).toContain('经检察长或者检察委员会决定')
    expect(text).toContain('十五日内')
    expect(text).not.toContain('已经向法院发出')
    expect(STAGE_TEXT.escalated.meaning).not.toContain('敏感')
    expect(STAGE_TEXT.escalated.meaning).toContain('第四十一条')
  })
})
