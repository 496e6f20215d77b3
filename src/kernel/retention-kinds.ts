import { cite } from './legal-bases.js'

/**
 * The retention periods, one per disposition (legal review D22; PIPL 第十九条: no longer than the
 * purpose needs). No law or regulation found fixes how long the *online copy* of any of these is
 * kept: the defaults below are the procuratorate's choice, marked unverified, and an administrator
 * changes them at /staff/admin/retention. The case file itself is assumed handed to the 检察档案
 * system when the case closes, which keeps it under the archives rules; the online copy only serves
 * questions that come after closing, so its period is short. Only the audit and access logs have a
 * floor in law (网络日志不少于六个月), enforced as the minimum.
 */
export const RETENTION_KINDS = [
  'not_accepted',
  'referred',
  'withdrawn',
  'deemed_withdrawn',
  'closed',
  'ex_officio',
  'court_data',
  'reference_lists',
  'petitions',
  'audit_log',
  'access_logs',
] as const
export type RetentionKind = (typeof RETENTION_KINDS)[number]

export type RetentionKindText = {
  /** what is kept, as the admin page and the privacy page name it */
  label: string
  /** from when the period runs */
  from: string
  defaultMonths: number
  /** the least an administrator may set (a floor in law), else 1 */
  minMonths: number
  basis: string
  /** false: no text fixes this period; the procuratorate's choice, to be confirmed */
  verified: boolean
}

const LOG_FLOOR = `${cite({ key: 'cybersecurity23', item: 3 })}：网络日志留存不少于六个月`
const CHOICE = '没有找到规定在线副本保存期限的法律、规章，由本院决定'

export const RETENTION_TEXT: Record<RetentionKind, RetentionKindText> = {
  not_accepted: {
    label: '不予受理的申请',
    from: '作出不予受理决定之日',
    defaultMonths: 12,
    minMonths: 1,
    basis: `${CHOICE}；留足申请人向上一级人民检察院申请监督、上级院调阅的时间`,
    verified: false,
  },
  referred: {
    label: '告知向有关机关反映的申请',
    from: '作出告知之日',
    defaultMonths: 12,
    minMonths: 1,
    basis: `${CHOICE}；留足申请人再次反映时查证前次处理情况的时间`,
    verified: false,
  },
  withdrawn: {
    label: '受理前撤回的申请',
    from: '撤回之日',
    defaultMonths: 6,
    minMonths: 1,
    basis: `${CHOICE}；撤回后处理目的已实现，${cite({ key: 'pipl47', item: 1 })}`,
    verified: false,
  },
  deemed_withdrawn: {
    label: '补正逾期视为撤回的申请',
    from: '视为撤回之日',
    defaultMonths: 12,
    minMonths: 1,
    basis: `${CHOICE}；留足申请人对视为撤回提出异议、重新申请的时间`,
    verified: false,
  },
  closed: {
    label: '作出决定后办结的案件（在线副本）',
    from: '办结之日',
    defaultMonths: 6,
    minMonths: 1,
    basis: `${CHOICE}；案卷办结后移交检察档案，按档案管理规定保存，本平台只保留在线副本`,
    verified: false,
  },
  ex_officio: {
    label: '依职权监督案件（在线副本）',
    from: '办结或终结之日',
    defaultMonths: 6,
    minMonths: 1,
    basis: `${CHOICE}；案卷办结后移交检察档案`,
    verified: false,
  },
  court_data: {
    label: '从法院导入的执行案件数据',
    from: '最后一次导入更新之日',
    defaultMonths: 36,
    minMonths: 1,
    basis: `${CHOICE}；监督线索规则需要比较前后几年的数据`,
    verified: false,
  },
  reference_lists: {
    label: '与法院交换的名单文件',
    from: '交换之日',
    defaultMonths: 24,
    minMonths: 1,
    basis: `${CHOICE}；交换记录的日期和件数保留用于统计`,
    verified: false,
  },
  petitions: {
    label: '涉执信访事项',
    from: '办结之日',
    defaultMonths: 12,
    minMonths: 1,
    basis: `${CHOICE}；信访事项办结后按信访档案规定归档`,
    verified: false,
  },
  audit_log: {
    label: '审计日志',
    from: '记录之日',
    defaultMonths: 36,
    minMonths: 6,
    basis: `不少于六个月：${LOG_FLOOR}；三年为本院决定，便于事后核查`,
    verified: false,
  },
  access_logs: {
    label: '访问日志（登录会话、查询尝试记录）',
    from: '最后访问之日',
    defaultMonths: 6,
    minMonths: 6,
    basis: LOG_FLOOR,
    verified: true,
  },
}

export type RetentionMonths = Record<RetentionKind, number>

export const DEFAULT_RETENTION: RetentionMonths = Object.fromEntries(
  RETENTION_KINDS.map((k) => [k, RETENTION_TEXT[k].defaultMonths]),
) as RetentionMonths

export function isRetentionKind(value: string): value is RetentionKind {
  return (RETENTION_KINDS as readonly string[]).includes(value)
}

/** How a period reads on the pages: 6 个月, 1 年, 1 年 6 个月. */
export function describeMonths(months: number): string {
  const years = Math.floor(months / 12)
  const rest = months % 12
  if (years === 0) return `${rest} 个月`
  return rest === 0 ? `${years} 年` : `${years} 年 ${rest} 个月`
}
