import { createHash } from 'node:crypto'
import type { Deps } from '../deps.js'
import { formatChineseDate } from '../kernel/china-time.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'
import type { NoticeContent } from './notice-content.js'
import { NOTICE_KIND_INFO } from './notice-kinds.js'
import { getNoticeApplication } from './notice.repository.js'
import { noticeContext } from './notice.service.js'
import { noticeText, type NoticeText } from './notice-text.js'

/**
 * A notice as it will be issued, before it is (issue 13, docs/decisions/104-notice-preview.md): the
 * same text the PDF gets, without a number (numbers are taken only when it is issued, so a preview
 * leaves no gap). `digest` names this exact text; the confirming POST carries it back, and a form
 * changed after the preview is previewed again instead of issued.
 */
export type NoticePreview = {
  procuratorateName: string
  heading: string
  facts: { term: string; value: string }[]
  text: NoticeText
  /** the date the notice would carry if issued now */
  date: string
  digest: string
}

export async function previewNotice(
  deps: Pick<Deps, 'db' | 'config' | 'siteSettings' | 'clock'>,
  applicationId: string,
  content: NoticeContent,
): Promise<NoticePreview> {
  const app = await getNoticeApplication(deps.db, applicationId)
  const heading = NOTICE_KIND_INFO[content.kind].heading
  const text = noticeText(content, noticeContext(deps, app))
  const procuratorateName = deps.siteSettings.current().name
  const digest = createHash('sha256')
    .update(JSON.stringify([procuratorateName, heading, text]))
    .digest('hex')
    .slice(0, 32)
  return {
    procuratorateName,
    heading,
    facts: [
      { term: '申请人', value: app.applicant_name },
      { term: '查询码', value: formatTrackingCode(app.tracking_code) },
      { term: '执行法院', value: app.court_name },
      { term: '执行案号', value: app.case_number },
    ],
    text,
    date: formatChineseDate(deps.clock.now()),
    digest,
  }
}
