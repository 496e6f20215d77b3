import type { AnswerRow, AnswerSection } from '../../views/pages/staff/case/case-answers.js'
import type { DraftAnswers } from '../applications/application-answers.js'
import type { ApplicationRow } from '../applications/application.table.js'

/** The two numbers kept only encrypted; shown masked unless this request revealed one (audited). */
export type Identifiers = {
  idNumber: { value: string; revealed: boolean }
  mobile: { value: string; revealed: boolean }
  /** the agent's numbers, when an agent acts */
  agentIdNumber?: { value: string; revealed: boolean } | undefined
  agentMobile?: { value: string; revealed: boolean } | undefined
}

const NONE = '（未填写）'

// The self-check codes (src/applications/self-check.schema.ts) in the words of its page.
const SELF_CHECK_ROLE: Record<string, string> = {
  applicant_for_enforcement: '申请执行人',
  enforcement_debtor: '被执行人',
  interested_party: '利害关系人',
  outsider: '案外人',
  agent: '代理人（律师或亲属代为申请）',
  other: '以上都不是',
}
const SELF_CHECK_ABOUT: Record<string, string> = {
  enforcement: '法院的执行行为或者执行中作出的裁定',
  officer_misconduct: '执行人员的违法行为',
  judgment: '作为执行依据的判决、裁定、调解书本身判错了',
  judge_conduct: '审判人员在审理中的违法行为',
  other: '其他问题',
}
const SELF_CHECK_COURT: Record<string, string> = { other_court: '其他法院', unknown: '不清楚' }
const SELF_CHECK_REMEDY: Record<string, string> = {
  none: '没有',
  pending: '已提出，法院正在处理',
  objection_only: '法院已作出异议裁定，未申请复议或者提起诉讼',
  decided: '法院已作出复议裁定，或者已经提起诉讼',
  not_applicable: '反映的是拖延执行、不执行（消极执行）',
}

const row = (term: string, value: string | undefined): AnswerRow => ({
  term,
  value: value && value.trim() !== '' ? value : NONE,
})

/** Everything the applicant entered (docs/product.md §8), section by section, for staff eyes only. */
export function caseAnswerSections(app: ApplicationRow, ids: Identifiers): AnswerSection[] {
  const a = app.answers as DraftAnswers
  return [
    applicantSection(app, a, ids),
    contactSection(app, a, ids),
    agentSection(a, ids),
    {
      title: '其他当事人',
      rows: (a.parties ?? []).map((p, i) =>
        row(
          `第 ${i + 1} 位`,
          `${p.name}（${p.role}）${p.contact ? `，联系方式：${p.contact}` : ''}`,
        ),
      ),
    },
    caseSection(app, a),
    complaintSection(a),
    selfCheckSection(a),
  ]
}

function applicantSection(app: ApplicationRow, a: DraftAnswers, ids: Identifiers): AnswerSection {
  const o = a.organisation
  if (app.applicant_type === 'organisation' && o) {
    return {
      title: '申请人（法人或非法人组织）',
      rows: [
        row('单位名称', o.name),
        row('统一社会信用代码', o.creditCode),
        row('住所', o.address),
        row('法定代表人或主要负责人', o.representative),
        row('职务', o.representativeTitle),
      ],
    }
  }
  const p = a.person
  return {
    title: '申请人（自然人）',
    rows: [
      row('姓名', p?.name ?? app.applicant_name),
      row('性别', p?.sex),
      row('出生日期', p?.birthDate),
      row('民族', p?.ethnicity),
      row('证件类型', p?.idType),
      { term: '证件号码', value: ids.idNumber.value, reveal: revealOf('id_number', ids.idNumber) },
      row('职业', p?.occupation),
      row('工作单位', p?.workplace),
      row('住所', p?.address),
    ],
  }
}

function revealOf(field: 'id_number' | 'mobile', v: { revealed: boolean }) {
  return { field, revealed: v.revealed }
}

function contactSection(app: ApplicationRow, a: DraftAnswers, ids: Identifiers): AnswerSection {
  return {
    title: '联系方式和身份',
    rows: [
      { term: '手机号码', value: ids.mobile.value, reveal: revealOf('mobile', ids.mobile) },
      row('电子邮箱', app.email ?? undefined),
      row('在执行案件中的身份', app.applicant_role),
    ],
  }
}

function agentSection(a: DraftAnswers, ids: Identifiers): AnswerSection {
  const agent = a.agent
  if (agent?.hasAgent !== 'yes') return { title: '代理人', rows: [row('是否委托代理人', '否')] }
  return {
    title: '代理人',
    rows: [
      row('是否委托代理人', '是'),
      row('代理人姓名', agent.name),
      row('代理人类型', agent.kind),
      ...(ids.agentIdNumber
        ? [
            {
              term: '代理人身份证号码',
              value: ids.agentIdNumber.value,
              reveal: { field: 'agent_id_number' as const, revealed: ids.agentIdNumber.revealed },
            },
          ]
        : []),
      ...(ids.agentMobile
        ? [
            {
              term: '代理人手机号码',
              value: ids.agentMobile.value,
              reveal: { field: 'agent_mobile' as const, revealed: ids.agentMobile.revealed },
            },
          ]
        : []),
      row('律师执业证号', agent.licenceNumber),
    ],
  }
}

function caseSection(app: ApplicationRow, a: DraftAnswers): AnswerSection {
  return {
    title: '执行案件',
    rows: [
      row('执行法院', app.court_code ? `${app.court_name}（${app.court_code}）` : app.court_name),
      row('执行案号', app.case_number),
      row('执行依据', a.case?.basisCaseNumber),
      row('知道该执行行为的日期', a.case?.knownDate),
    ],
  }
}

function complaintSection(a: DraftAnswers): AnswerSection {
  const c = a.complaint
  return {
    title: '申请监督的事项和理由',
    rows: [
      row('申请监督事项', c?.matters.join('；')),
      { ...row('事实与理由', c?.facts), long: true },
      { ...row('监督请求', c?.request), long: true },
      row('是否已向法院提出执行异议、复议或提起诉讼', c?.courtRemedy),
      row('异议、复议或诉讼的案号', c?.remedyCaseNumber),
      row('裁定日期', c?.remedyDate),
      { ...row('未提出的理由', c?.noRemedyReason), long: true },
      row('由系统生成监督申请书', a.generateLetter ? '是' : '否'),
    ],
  }
}

function selfCheckSection(a: DraftAnswers): AnswerSection {
  const s = a.selfCheck
  if (!s) return { title: '自助评估', rows: [row('自助评估', '未作答（如柜台代为录入）')] }
  return {
    title: '自助评估',
    rows: [
      row('身份', SELF_CHECK_ROLE[s.role] ?? s.role),
      row('执行法院', SELF_CHECK_COURT[s.court] ?? s.court),
      row('反映的问题', SELF_CHECK_ABOUT[s.about] ?? s.about),
      row('是否已提出执行异议、复议或诉讼', SELF_CHECK_REMEDY[s.remedy] ?? s.remedy),
    ],
  }
}
