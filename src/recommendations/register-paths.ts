import { CASE_ROLES, type StaffRouteDef } from '../staff/staff-access.js'

/** Case roles read; the reviewer drafts and records service; a leader decides (issue 16). */
export const WORK_ROLES = ['reviewer', 'leader'] as const

export const RECOMMENDATION_ROUTES = {
  list: { method: 'GET', path: '/staff/recommendations', access: CASE_ROLES },
  newForm: { method: 'GET', path: '/staff/recommendations/new', access: ['reviewer'] },
  create: { method: 'POST', path: '/staff/recommendations/new', access: ['reviewer'] },
  backfillForm: { method: 'GET', path: '/staff/recommendations/backfill', access: WORK_ROLES },
  backfill: { method: 'POST', path: '/staff/recommendations/backfill', access: WORK_ROLES },
  export: { method: 'GET', path: '/staff/recommendations/export/:format', access: WORK_ROLES },
  view: { method: 'GET', path: '/staff/recommendations/:id', access: CASE_ROLES },
  decide: { method: 'POST', path: '/staff/recommendations/:id/decide', access: ['leader'] },
  service: { method: 'POST', path: '/staff/recommendations/:id/service', access: WORK_ROLES },
  extension: { method: 'POST', path: '/staff/recommendations/:id/extension', access: WORK_ROLES },
  extensionFile: {
    method: 'GET',
    path: '/staff/recommendations/:id/extension/file',
    access: WORK_ROLES,
  },
  reply: { method: 'POST', path: '/staff/recommendations/:id/reply', access: WORK_ROLES },
  replyFile: { method: 'GET', path: '/staff/recommendations/:id/reply/file', access: WORK_ROLES },
  followUp: { method: 'POST', path: '/staff/recommendations/:id/follow-up', access: WORK_ROLES },
  followUpFile: {
    method: 'GET',
    path: '/staff/recommendations/:id/follow-up/:step/file',
    access: WORK_ROLES,
  },
  measureDone: { method: 'POST', path: '/staff/recommendations/:id/measures', access: WORK_ROLES },
  evidenceFile: {
    method: 'GET',
    path: '/staff/recommendations/:id/evidence/:file',
    access: WORK_ROLES,
  },
} as const satisfies Record<string, StaffRouteDef>
