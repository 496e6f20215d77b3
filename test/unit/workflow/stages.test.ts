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
  submitted: '已提交，待审查',
  supplement_requested: '待补正',
  accepted: '已受理',
  under_review: '审查中',
  suspended: '中止审查',
  escalated: '已报请上级院办理',
  decided_recommendation: '已提出检察建议',
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
      const offered = STAGE_TEXT[stage].youCanDo.some((s) => s.startsWith('撤回申请'))
      expect(offered, stage).toBe(APPLICANT_CAN_WITHDRAW.has(stage))
    }
  })

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

  it.each(['suspended', 'terminated', 'not_accepted', 'referred'] as const)(
    '%s cites nothing: its rule is confirmed only in the repealed 2013 text',
    (stage) => {
      expect(STAGE_TEXT[stage].legalBasis).toBeUndefined()
    },
  )
})
