import { describe, expect, it } from 'vitest'
import {
  assessSelfCheck,
  OUTCOME_TITLES,
  type SelfCheckOutcome,
} from '../../src/applications/self-check.js'
import {
  ABOUTS,
  REMEDIES,
  ROLES,
  SelfCheckSchema,
  type SelfCheckAnswers,
} from '../../src/applications/self-check.schema.js'
import type { SiteView } from '../../src/site/site-view.js'
import { TEST_SITE } from '../helpers/site.js'

const site = TEST_SITE

const base: SelfCheckAnswers = {
  role: 'applicant_for_enforcement',
  court: '豫0403',
  about: 'enforcement',
  remedy: 'decided',
}

const check = (changes: Partial<SelfCheckAnswers>, s: SiteView = site) =>
  assessSelfCheck({ ...base, ...changes }, s)

describe('assessSelfCheck', () => {
  it.each<[string, Partial<SelfCheckAnswers>, SelfCheckOutcome, boolean]>([
    ['our court, enforcement, remedy decided', {}, 'eligible', true],
    ['消极执行 needs no 异议 first', { remedy: 'not_applicable' }, 'eligible', true],
    [
      '利害关系人, 消极执行',
      { role: 'interested_party', remedy: 'not_applicable' },
      'eligible',
      true,
    ],
    ['court unknown', { court: 'unknown' }, 'eligible', true],
    ['agent of a party', { role: 'agent' }, 'eligible', true],
    ['案外人 after a ruling', { role: 'outsider' }, 'eligible', true],
    ['异议裁定 without 复议', { remedy: 'objection_only' }, 'remedy_first', true],
    [
      '案外人 with an 异议裁定 only',
      { role: 'outsider', remedy: 'objection_only' },
      'remedy_first',
      true,
    ],
    [
      '执行人员违法 needs no 异议 first',
      { about: 'officer_misconduct', remedy: 'none' },
      'eligible',
      true,
    ],
    ['no court remedy used', { remedy: 'none' }, 'remedy_first', true],
    ['异议 still pending', { remedy: 'pending' }, 'remedy_first', true],
    ['unknown court and no remedy', { court: 'unknown', remedy: 'none' }, 'remedy_first', true],
    ['another court', { court: 'other_court' }, 'not_competent', true],
    ['another court, no remedy', { court: 'other_court', remedy: 'none' }, 'not_competent', true],
    ['role other', { role: 'other' }, 'out_of_scope', false],
    ['the judgment itself', { about: 'judgment' }, 'out_of_scope', false],
    ['judge conduct', { about: 'judge_conduct' }, 'out_of_scope', false],
    ['something else', { about: 'other' }, 'out_of_scope', false],
    [
      'judgment at another court',
      { about: 'judgment', court: 'other_court' },
      'out_of_scope',
      false,
    ],
  ])('%s → %s', (_name, changes, outcome, canContinue) => {
    const result = check(changes)
    expect(result.outcome).toBe(outcome)
    expect(result.title).toBe(OUTCOME_TITLES[outcome])
    expect(result.canContinue).toBe(canContinue)
  })

  it('uses the four titles of docs/product.md §3', () => {
    expect(OUTCOME_TITLES).toEqual({
      eligible: '您可以提交申请',
      remedy_first: '建议先向执行法院提出执行异议 — 仍可提交',
      not_competent: '这件事可能不归本院办理',
      out_of_scope: '此类事项不属于执行监督',
    })
  })

  it('answers every combination, stopping only plainly out-of-scope matters', () => {
    const seen = new Set<SelfCheckOutcome>()
    for (const role of ROLES)
      for (const court of ['豫0403', 'other_court', 'unknown'])
        for (const about of ABOUTS)
          for (const remedy of REMEDIES) {
            const result = assessSelfCheck({ role, court, about, remedy }, site)
            seen.add(result.outcome)
            expect(result.reason.length).toBeGreaterThan(10)
            expect(result.nextSteps.length).toBeGreaterThan(0)
            const plainlyOut =
              role === 'other' || (about !== 'enforcement' && about !== 'officer_misconduct')
            expect(result.outcome === 'out_of_scope').toBe(plainlyOut)
            expect(result.canContinue).toBe(!plainlyOut)
          }
    expect([...seen].sort()).toEqual(['eligible', 'not_competent', 'out_of_scope', 'remedy_first'])
  })
})

describe('the texts', () => {
  it('remedy_first cites 第二百三十六条, the time limits and 正当理由 as a human judgement', () => {
    const result = check({ remedy: 'none' })
    expect(result.legalBasis).toContain('第二百三十六条')
    expect(result.nextSteps.join()).toMatch(/15 日内.*10 日内/)
    expect(result.nextSteps.join()).toContain('正当理由')
    expect(result.nextSteps.join()).toContain('由检察人员根据具体情况判断')
  })

  it('points a 案外人 to 案外人异议 and 执行异议之诉', () => {
    const steps = check({ role: 'outsider', remedy: 'none' }).nextSteps.join()
    expect(steps).toContain('执行异议之诉')
    expect(steps).not.toContain('当事人、利害关系人可以')
  })

  it('pending: the court sitting on an 异议 beyond 15 days or a 复议 beyond 30 does not bar', () => {
    const result = check({ remedy: 'pending' })
    expect(result.nextSteps.join()).toMatch(/15 日内.*30 日内/)
    expect(result.nextSteps.join()).toContain('超过上述期限还没有作出裁定的，您可以继续提交申请')
    expect(result.legalBasis).toContain('执行程序若干问题的解释》第八条')
  })

  it('not_competent names the 同级 rule, 12309 and lists our courts, and leaves staff to decide', () => {
    const result = check({ court: 'other_court' })
    expect(result.reason).toContain('由执行法院所在地同级人民检察院管辖')
    expect(result.reason).toContain('平顶山市卫东区人民法院')
    expect(result.nextSteps.join()).toContain('12309中国检察网')
    expect(result.nextSteps.join()).toContain('执复')
    expect(result.links?.map((l) => l.href)).toContain('https://www.12309.gov.cn')
  })

  it('unknown court: check the 执行通知书 and the code in the case number', () => {
    const steps = check({ court: 'unknown' }).nextSteps.join()
    expect(steps).toContain('执行通知书')
    expect(steps).toContain('“豫0403”是平顶山市卫东区人民法院')
  })

  it('judgment → 生效裁判监督 with its 2-year limit (规则 第二十条), and where to go', () => {
    const result = check({ about: 'judgment' })
    expect(result.reason).toContain('生效裁判监督')
    expect(result.nextSteps.join()).toContain('两年内')
    expect(result.legalBasis).toContain('第二十条')
    expect(result.links?.map((l) => l.href)).toEqual(['/guide#faq', 'https://www.12309.gov.cn'])
  })

  it.each<[Partial<SelfCheckAnswers>, string]>([
    [{ role: 'other' }, '控告、举报'],
    [{ about: 'judge_conduct' }, '审判人员违法行为监督'],
    [{ about: 'other' }, '有关机关'],
  ])('out of scope %o says where to go instead', (changes, words) => {
    const result = check(changes)
    expect(`${result.reason}${result.nextSteps.join()}`).toContain(words)
    expect(result.nextSteps.join()).toContain(site.phone)
  })

  it('reminds an agent of the 授权委托书', () => {
    expect(check({ role: 'agent' }).nextSteps.join()).toContain('授权委托书')
  })

  it('takes names and courts from the site settings', () => {
    const other: SiteView = { ...site, name: '长沙市芙蓉区人民检察院', courts: [] }
    const result = check({ court: 'other_court' }, other)
    expect(result.reason).toContain('长沙市芙蓉区人民检察院')
    expect(result.reason).not.toContain('卫东')
  })
})

describe('SelfCheckSchema', () => {
  const schema = SelfCheckSchema(site.courts)
  const messages = (input: Record<string, unknown>) =>
    Object.fromEntries(
      (schema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
    )

  it.each(['豫0403', 'other_court', 'unknown'])('accepts the court %s', (court) => {
    expect(schema.safeParse({ ...base, court }).success).toBe(true)
  })

  it('asks for every answer in Chinese', () => {
    expect(messages({})).toEqual({
      role: '请选择您在执行案件中的身份',
      court: '请选择执行法院；不清楚的，请选择“不清楚”',
      about: '请选择您要反映的问题',
      remedy: '请选择是否已向执行法院提出执行异议、申请复议或者提起诉讼',
    })
  })

  it('refuses a court that is not configured, and values not offered', () => {
    expect(messages({ ...base, court: '豫0402', role: 'judge' })).toEqual({
      court: '请从列表中选择执行法院；列表中没有的，请选择“其他法院”',
      role: '您选择的身份不在列表中，请重新选择您在执行案件中的身份',
    })
  })
})

describe('self-check and the 告知 path (规则 第三十二条)', () => {
  it('tells an applicant at another court that the answer is a 告知, not 不予受理 (第（二）项)', () => {
    const result = check({ court: 'other_court' })
    expect(result.outcome).toBe('not_competent')
    expect(result.canContinue).toBe(true)
    expect(result.nextSteps.join()).toContain(
      '不会作出不予受理决定，而是书面告知您应当向哪个检察院申请监督',
    )
    expect(result.legalBasis).toContain(
      '《人民检察院民事诉讼监督规则》第三十条、第三十二条第（二）项',
    )
  })

  it('points a matter outside any procuratorate’s remit to the organ concerned (第（三）项)', () => {
    const result = check({ about: 'other' })
    expect(result.outcome).toBe('out_of_scope')
    expect(result.legalBasis).toBe('《人民检察院民事诉讼监督规则》第三十二条第（三）项')
  })

  it('cites the 不予受理 article behind the court-remedy advice', () => {
    expect(check({ remedy: 'none' }).legalBasis).toContain('第二十八条第一款第（一）项')
    expect(check({ remedy: 'pending' }).legalBasis).toContain('第二十八条第一款第（二）项')
  })

  it('an execution ruling is execution supervision: the judgment option sends it back (规则 第一百零六条)', () => {
    const result = check({ about: 'judgment' })
    expect(result.reason).toContain('作为执行依据的判决、裁定、调解书本身判错了')
    const steps = result.nextSteps.join()
    expect(steps).toContain('终结本次执行程序裁定')
    expect(steps).toContain('规则第一百零六条第（一）项')
    expect(steps).toContain('法院的执行行为或者执行中作出的裁定')
  })

  it('异议裁定 without 复议: the 10-day 复议 and the 不予受理 risk of 第二十八条第一款第（一）项', () => {
    const party = check({ remedy: 'objection_only' })
    expect(party.reason).toContain('10 日内向上一级人民法院申请复议')
    expect(party.reason).toContain('可能不予受理')
    expect(party.legalBasis).toContain('第二百三十六条')
    expect(party.legalBasis).toContain('第二十八条第一款第（一）项')
    const outsider = check({ role: 'outsider', remedy: 'objection_only' })
    expect(outsider.reason).toContain('执行异议之诉')
    expect(outsider.reason).toContain('审判监督程序')
    expect(outsider.legalBasis).toContain('第二百三十八条')
    expect(outsider.nextSteps.join()).toContain('属于生效裁判监督')
  })

  it('a 案外人 who has sued is told the judgment on the suit is 生效裁判监督', () => {
    expect(check({ role: 'outsider' }).nextSteps.join()).toContain('属于生效裁判监督')
    expect(check({}).nextSteps.join()).not.toContain('属于生效裁判监督')
  })

  it('执行人员违法行为 skips the court remedies (规则 第二十八条第二款)', () => {
    const result = check({ about: 'officer_misconduct', remedy: 'none' })
    expect(result.reason).toContain('不需要先向法院提出异议或者申请复议')
    expect(result.reason).toContain('规则第二十八条第二款')
    expect(result.legalBasis).toContain('第二十八条第二款')
  })

  it('a 执复 ruling goes to the 上级 court’s procuratorate, by name (规则 第三十条第二款)', () => {
    const steps = check({}).nextSteps.join()
    expect(steps).toContain(`由该中级人民法院所在地的同级人民检察院（${site.upperName}）受理`)
    expect(steps).toContain('规则第三十条第二款')
    expect(steps).not.toContain('可能由市级人民检察院办理')
    const elsewhere = check({ court: 'other_court' }).nextSteps.join()
    expect(elsewhere).toContain('规则第三十条第二款')
  })
})
