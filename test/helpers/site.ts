import type { SiteView } from '../../src/site/site-view.js'

/** The seeded procuratorate as a view, for tests of pure views and rules (no database). */
export const TEST_SITE: SiteView = {
  name: '平顶山市卫东区人民检察院',
  shortName: '卫东区检察院',
  address: '河南省平顶山市卫东区',
  phone: '0375-1234567',
  courts: [{ code: '豫0403', name: '平顶山市卫东区人民法院' }],
  supplementPeriodDays: 15,
}
