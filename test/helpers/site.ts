import { DEFAULT_RETENTION } from '../../src/kernel/retention-kinds.js'
import type { SiteView } from '../../src/site/site-view.js'

/** The seeded procuratorate as a view, for tests of pure views and rules (no database). */
export const TEST_SITE: SiteView = {
  name: '平顶山市卫东区人民检察院',
  shortName: '卫东区检察院',
  upperName: '平顶山市人民检察院',
  address: '河南省平顶山市卫东区',
  phone: '0375-1234567',
  officeHours: '周一至周五 8:30—12:00，14:30—17:30（法定节假日除外）',
  courts: [{ code: '豫0403', name: '平顶山市卫东区人民法院' }],
  supplementPeriodDays: 15,
  proceduralReplyUnit: 'working_days',
  retentionMonths: DEFAULT_RETENTION,
}
