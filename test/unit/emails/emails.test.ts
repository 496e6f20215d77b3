import { describe, expect, it } from 'vitest'
import { digestEmail } from '../../../views/emails/digest.js'
import { evidenceReceiptEmail } from '../../../views/emails/evidence-receipt.js'
import { lostCodeEmail } from '../../../views/emails/lost-code.js'
import { noticeEmail } from '../../../views/emails/notice.js'
import { resumeEmail } from '../../../views/emails/resume.js'
import { stageChangeEmail } from '../../../views/emails/stage-change.js'
import { submissionEmail } from '../../../views/emails/submission.js'

/**
 * Each email exactly as the applicant or staff member receives it. The texts were captured from
 * the builders these views replaced, so a change here is a change people will see.
 */
const site = { name: '平顶山市卫东区人民检察院' }
const publicBaseUrl = 'https://zhijian.example.gov.cn'
const now = new Date('2026-11-26T02:00:00Z')
const trackingCode = 'K7QM-3RWX-9TNH'
const email = 'a@b.cn'
const TRACK = `${publicBaseUrl}/track`
const NO_REPLY = '本邮件由系统自动发送，请勿直接回复。'
const notice = {
  documentId: 'doc-2',
  number: '卫东检民执监〔2026〕2号',
  title: '通知书（决定提出检察建议）',
  filename: '通知书（卫东检民执监〔2026〕2号）.pdf',
  pdf: Buffer.from('%PDF-'),
}
const common = { site, publicBaseUrl, email, trackingCode, now }

describe('applicant emails', () => {
  it('submission: the code, the due date and the receipt, in text and HTML', () => {
    const receiptPdf = Buffer.from('%PDF-receipt')
    const m = submissionEmail({
      ...common,
      applicationId: 'app-1',
      due: '2026年12月7日',
      receiptPdf,
    })
    expect(m).toMatchObject({
      message_key: 'application-submitted:app-1',
      kind: 'application_submitted',
      recipient: email,
      subject: `【${site.name}】已收到您的执行监督申请（查询码 ${trackingCode}）`,
      next_attempt_at: now,
    })
    expect(m.text_body).toBe(
      [
        '您好：',
        '',
        `${site.name}已收到您的民事执行监督申请。`,
        `查询码：${trackingCode}`,
        '',
        '本院将在 2026年12月7日 前书面告知您受理、不予受理或需要补正的材料。',
        `您可以凭查询码和手机号码后 4 位在 ${TRACK} 查询办理进度。`,
        '收件回执见附件（PDF），请妥善保存。',
        '',
        NO_REPLY,
      ].join('\n'),
    )
    expect(m.html_body).toBe(
      [
        '<p>您好：</p>',
        `    <p>${site.name}已收到您的民事执行监督申请。</p>`,
        `    <p>查询码：<strong>${trackingCode}</strong></p>`,
        '    <p>本院将在 2026年12月7日 前书面告知您受理、不予受理或需要补正的材料。</p>',
        '    <p>',
        `      您可以凭查询码和手机号码后 4 位在 <a href="${TRACK}">${TRACK}</a> 查询办理进度。`,
        '    </p>',
        '    <p>收件回执见附件（PDF），请妥善保存。</p>',
        `    <p>${NO_REPLY}</p>`,
      ].join('\n'),
    )
    expect(m.attachments).toEqual([
      {
        filename: `收件回执-${trackingCode}.pdf`,
        content_type: 'application/pdf',
        content: receiptPdf,
      },
    ])
  })

  it('submission: escapes the procuratorate name in the HTML only', () => {
    const odd = { name: '<b>检察院</b> & "x"' }
    const m = submissionEmail({
      ...common,
      site: odd,
      applicationId: 'app-1',
      due: '2026年12月7日',
      receiptPdf: Buffer.from(''),
    })
    expect(m.subject).toBe(`【${odd.name}】已收到您的执行监督申请（查询码 ${trackingCode}）`)
    expect(m.text_body).toContain(`${odd.name}已收到`)
    expect(m.html_body).toContain('<p>&lt;b&gt;检察院&lt;/b&gt; &amp; &quot;x&quot;已收到')
  })

  it('resume: the link with the draft token, and no tracking line', () => {
    const m = resumeEmail({ site, publicBaseUrl, email, draftId: 'd-1', token: 'tok_-abc', now })
    expect(m).toMatchObject({
      message_key: `draft-resume:d-1:${email}`,
      kind: 'draft_resume',
      subject: `【${site.name}】继续填写您的执行监督申请`,
      html_body: null,
    })
    expect(m.text_body).toBe(
      [
        '您好：',
        '',
        '您正在填写民事执行监督申请，填写的内容已经保存。',
        '30 天内打开下面的链接，可以从上次的地方继续填写：',
        `${publicBaseUrl}/apply/resume?t=tok_-abc`,
        '',
        '请不要把这个链接转给他人。如果不是您本人在填写，请忽略本邮件。',
        NO_REPLY,
      ].join('\n'),
    )
  })

  it('lost code: the code, once per application and hour', () => {
    const m = lostCodeEmail({ ...common, applicationId: 'app-1', hour: 123 })
    expect(m).toMatchObject({
      message_key: 'lost-code:app-1:123',
      kind: 'lost_code',
      subject: `【${site.name}】您的执行监督申请查询码`,
      html_body: null,
    })
    expect(m.text_body).toBe(
      [
        '您好：',
        '',
        `您申请找回查询码。您的民事执行监督申请的查询码是：${trackingCode}`,
        `请凭查询码和手机号码后 4 位在 ${TRACK} 查询办理进度。`,
        '如果不是您本人申请找回，请忽略本邮件，您的信息不会因此泄露。',
        NO_REPLY,
      ].join('\n'),
    )
  })

  it('stage change: the step, the stage, the note and the attached notice', () => {
    const m = stageChangeEmail({
      ...common,
      applicationId: 'app-1',
      actionLabel: '受理',
      stage: { label: '审查中', meaning: '本院正在审查。' },
      publicNote: '请补充<材料> & "说明"\n第二行',
      notice,
      version: 7,
    })
    expect(m).toMatchObject({
      message_key: 'stage-change:app-1:7',
      kind: 'stage_change',
      subject: `【${site.name}】审查中：您的执行监督申请（查询码 ${trackingCode}）`,
      html_body: null,
    })
    expect(m.text_body).toBe(
      [
        '您好：',
        '',
        `您的民事执行监督申请（查询码 ${trackingCode}）有新进展：受理。`,
        '当前状态：审查中',
        '本院正在审查。',
        '',
        '请补充<材料> & "说明"',
        '第二行',
        '',
        '本院已出具《通知书》（卫东检民执监〔2026〕2号），见本邮件附件（PDF）。',
        '您也可以在查询页面的“文书”一栏中下载。',
        '',
        `详情请凭查询码和手机号码后 4 位在 ${TRACK} 查询。`,
        NO_REPLY,
      ].join('\n'),
    )
    expect(m.attachments).toEqual([
      { filename: notice.filename, content_type: 'application/pdf', content: notice.pdf },
    ])
  })

  it('stage change without a note or notice: no attachment', () => {
    const m = stageChangeEmail({
      ...common,
      applicationId: 'app-1',
      actionLabel: '撤回申请',
      stage: { label: '已撤回', meaning: '申请已撤回。' },
      version: 3,
    })
    expect(m.text_body).toBe(
      [
        '您好：',
        '',
        `您的民事执行监督申请（查询码 ${trackingCode}）有新进展：撤回申请。`,
        '当前状态：已撤回',
        '申请已撤回。',
        '',
        `详情请凭查询码和手机号码后 4 位在 ${TRACK} 查询。`,
        NO_REPLY,
      ].join('\n'),
    )
    expect(m).not.toHaveProperty('attachments')
  })

  it('notice on its own: names the document without the bracketed part of its title', () => {
    const m = noticeEmail({ ...common, notice })
    expect(m).toMatchObject({
      message_key: 'notice:doc-2',
      kind: 'notice',
      subject: `【${site.name}】通知书（决定提出检察建议）（查询码 ${trackingCode}）`,
      html_body: null,
    })
    expect(m.text_body).toBe(
      [
        '您好：',
        '',
        `关于您的民事执行监督申请（查询码 ${trackingCode}）：`,
        '本院已出具《通知书》（卫东检民执监〔2026〕2号），见本邮件附件（PDF）。',
        '您也可以在查询页面的“文书”一栏中下载。',
        '',
        `详情请凭查询码和手机号码后 4 位在 ${TRACK} 查询。`,
        NO_REPLY,
      ].join('\n'),
    )
    expect(m.attachments).toHaveLength(1)
  })

  it('evidence receipt: the count, and where to download the receipt', () => {
    const m = evidenceReceiptEmail({ ...common, fileCount: 3, documentFileId: 'file-9' })
    expect(m).toMatchObject({
      message_key: 'evidence-receipt:file-9',
      kind: 'evidence_receipt',
      subject: `【${site.name}】已收到您补充的证据材料（查询码 ${trackingCode}）`,
      html_body: null,
    })
    expect(m.text_body).toBe(
      [
        '您好：',
        '',
        '本院已收到您补充的证据材料 3 份，并出具了证据材料收据。',
        `请凭查询码 ${trackingCode} 和手机号码后 4 位在 ${TRACK} 查看和下载。`,
        NO_REPLY,
      ].join('\n'),
    )
  })
})

describe('staff digest', () => {
  const line = (n: number, unassigned: boolean) => ({
    trackingCode: 'ABCD-EFGH-JKMN',
    caseNumber: `（2023）豫0403执${n}号`,
    stageLabel: '待审查',
    due: `2026-11-2${n}`,
    dueText: `剩 ${n} 个工作日`,
    unassigned,
  })

  it('lists overdue and due-soon applications by code and case number only', () => {
    const m = digestEmail({
      site,
      publicBaseUrl,
      staffId: 's-1',
      email: 's@b.cn',
      day: '2026-11-26',
      overdue: [line(4, false)],
      soon: [line(5, true), line(6, false)],
      now,
    })
    expect(m).toMatchObject({
      message_key: 'digest:s-1:2026-11-26',
      kind: 'staff_digest',
      recipient: 's@b.cn',
      subject: `【${site.name}】办件期限提醒 2026-11-26：已逾期 1 件，即将到期 2 件`,
      html_body: null,
    })
    expect(m.text_body).toBe(
      [
        '您好：',
        '',
        '以下是截至 2026-11-26 由您负责、已逾期或 3 个工作日内到期的申请：',
        '',
        '已逾期（1 件）：',
        '- ABCD-EFGH-JKMN  （2023）豫0403执4号  待审查  期限 2026-11-24（剩 4 个工作日）',
        '',
        '即将到期（2 件）：',
        '- ABCD-EFGH-JKMN  （2023）豫0403执5号  待审查  期限 2026-11-25（剩 5 个工作日）  未分派',
        '- ABCD-EFGH-JKMN  （2023）豫0403执6号  待审查  期限 2026-11-26（剩 6 个工作日）',
        '',
        `请登录办件队列查看：${publicBaseUrl}/staff`,
        '',
        '本邮件由系统每日自动发送，请勿直接回复。',
      ].join('\n'),
    )
  })
})
