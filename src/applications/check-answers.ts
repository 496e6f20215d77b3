import type { SiteView } from '../site/site-view.js'
import type { DraftAnswers } from './application-answers.js'
import { courtName } from './display-names.js'
import { formatCalendarDay } from '../kernel/china-time.js'

/** Dates are shown as 2026年12月14日 everywhere, the check page too; a value not a date stays as typed. */
const day = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatCalendarDay(value) : value

export type AnswerSection = { title: string; editHref: string; rows: [string, string][] }

const edit = (step: string) => `/apply/step/${step}?return=check`

/** Every answer, per section, for the check-answers page (docs/product.md §4), each with its 修改 link. */
export function answerSections(a: DraftAnswers, site: SiteView): AnswerSection[] {
  const p = a.person
  const o = a.organisation
  const applicant: [string, string][] = p
    ? [
        ['姓名', p.name],
        ['性别', p.sex],
        ['出生日期', day(p.birthDate)],
        ['民族', p.ethnicity],
        ['证件类型', p.idType],
        ['证件号码', p.idNumber],
        ['职业', p.occupation],
        ['工作单位', p.workplace ?? '（未填写）'],
        ['住址', p.address],
      ]
    : [
        ['单位名称', o?.name ?? ''],
        ['统一社会信用代码', o?.creditCode ?? ''],
        ['住所', o?.address ?? ''],
        ['法定代表人或主要负责人', o?.representative ?? ''],
        ['职务', o?.representativeTitle ?? ''],
      ]
  const agent = a.agent
  const c = a.complaint
  return [
    {
      title: '申请人类型',
      editHref: edit('applicant-type'),
      rows: [
        [
          '申请人类型',
          a.applicantType === 'organisation' ? '以单位（公司等）名义申请' : '我个人申请',
        ],
      ],
    },
    { title: '申请人信息', editHref: edit(p ? 'person' : 'organisation'), rows: applicant },
    {
      title: '联系方式和身份',
      editHref: edit('contact'),
      rows: [
        ['手机号码', a.contact?.mobile ?? ''],
        ['电子邮箱', a.contact?.email ?? '（未填写）'],
        ['在执行案件中的身份', a.contact?.role ?? ''],
        ['同意电子送达', electronicServiceAnswer(a.contact?.electronicService)],
      ],
    },
    {
      title: '代理人',
      editHref: edit('agent'),
      rows:
        agent?.hasAgent === 'yes'
          ? [
              ['代理人', `${agent.name}（${agent.kind}）`],
              ['代理人手机号码', agent.mobile],
              ...(agent.licenceNumber
                ? [['律师执业证号', agent.licenceNumber] as [string, string]]
                : []),
            ]
          : [['是否委托代理人', '否']],
    },
    {
      title: '其他当事人',
      editHref: edit('parties'),
      rows: (a.parties ?? []).map((x, i) => [
        `第 ${i + 1} 位`,
        `${x.name}（${x.role}）${x.contact ? `，${x.contact}` : ''}`,
      ]),
    },
    {
      title: '执行案件',
      editHref: edit('case'),
      rows: a.case
        ? [
            ['执行法院', courtName(a, site)],
            ['执行案号', a.case.caseNumber],
            ['执行依据', a.case.basisCaseNumber ?? '（未填写）'],
            ['您是哪天知道法院这样做的', day(a.case.knownDate)],
          ]
        : [],
    },
    {
      title: '申请监督的事项和理由',
      editHref: edit('complaint'),
      rows: c
        ? [
            ['申请监督事项', c.matters.join('；')],
            ['事实与理由', c.facts],
            ['您希望检察院做什么', c.request],
            [
              '是否已向法院提出执行异议、复议或提起诉讼',
              [c.courtRemedy, c.remedyCaseNumber, c.remedyDate && day(c.remedyDate)]
                .filter(Boolean)
                .join('，'),
            ],
            ...(c.noRemedyReason ? [['未提出的理由', c.noRemedyReason] as [string, string]] : []),
          ]
        : [],
    },
  ]
}

/** 民诉法 第九十条: what the applicant answered, and what follows from it. */
function electronicServiceAnswer(answer: 'yes' | 'no' | undefined): string {
  if (answer === 'yes') return '同意（电子邮件、本系统）'
  if (answer === 'no') return '不同意（本院邮寄或者直接送达法律文书）'
  return '（未回答）'
}
