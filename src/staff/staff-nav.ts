import { CASE_ROLES, mayAccess, type StaffAccess } from './staff-access.js'
import type { StaffRole } from './staff-account.table.js'
import { unknownUpcomingYears } from '../calendar/calendar-notice.js'
import type { YearCoverage } from '../calendar/workdays.js'
import type { Clock } from '../clock.js'
import { todayInChina } from '../kernel/china-time.js'

/** The staff header's links; each shows only to accounts whose roles open that area. */
const STAFF_NAV: { href: string; label: string; access: StaffAccess }[] = [
  { href: '/staff', label: '办件队列', access: CASE_ROLES },
  { href: '/staff/admin/document-numbers', label: '文书编号', access: ['admin'] },
  { href: '/staff/admin/accounts', label: '账号管理', access: ['admin'] },
  { href: '/staff/admin/settings', label: '系统设置', access: ['admin'] },
  { href: '/staff/admin/calendar', label: '节假日调整', access: ['admin'] },
  { href: '/staff/admin/lead-rules', label: '线索规则', access: ['admin'] },
  { href: '/staff/admin/reference-lists', label: '对比名单', access: ['admin'] },
  { href: '/staff/admin/collab-periods', label: '协作台账期限', access: ['admin'] },
  { href: '/staff/admin/retention', label: '保存期限', access: ['admin'] },
  { href: '/staff/audit', label: '审计日志', access: ['auditor'] },
  { href: '/staff/counter', label: '窗口录入', access: ['intake'] },
  { href: '/staff/exchange', label: '法检信息交换', access: CASE_ROLES },
  {
    href: '/staff/stats',
    label: '统计与报告',
    access: ['intake', 'reviewer', 'leader', 'auditor'],
  },
  { href: '/staff/leads', label: '监督线索', access: ['reviewer', 'leader'] },
  { href: '/staff/recommendations', label: '检察建议台账', access: CASE_ROLES },
  { href: '/staff/collaboration', label: '协作台账', access: CASE_ROLES },
  { href: '/staff/account', label: '我的账号', access: 'signed_in' },
]

export function staffNavFor(roles: readonly StaffRole[]): { href: string; label: string }[] {
  return STAFF_NAV.filter((item) => mayAccess(roles, item.access)).map(({ href, label }) => ({
    href,
    label,
  }))
}

export type StaffNotice = { text: string; href: string; linkText: string }

/**
 * Banners above every staff page for what an administrator must do. Legal review D31: while a year
 * that today's clocks reach has no holiday arrangement, its dates count Monday to Friday only.
 */
export function staffNoticesFor(
  roles: readonly StaffRole[],
  kit: { calendar: { coverage(year: number): YearCoverage }; clock: Clock },
): StaffNotice[] {
  if (!roles.includes('admin')) return []
  const years = unknownUpcomingYears(kit.calendar, todayInChina(kit.clock.now()))
  if (years.length === 0) return []
  return [
    {
      text: `${years.join('、')} 年法定节假日安排尚未录入，跨入该年的期限暂按周一至周五计算。国务院办公厅通知公布后，请及时录入。`,
      href: '/staff/admin/calendar',
      linkText: '录入该年的节假日安排',
    },
  ]
}
