import type { CollabAuditAction } from '../collaboration/common/collab-audit-action.js'

/**
 * Every action the application writes to the audit log, spelt as it is stored: the audit log page
 * filters on these strings and old rows keep them, so an entry is never renamed, only added. A
 * typo in a new call is then a compile error rather than a row nobody finds.
 */
export type AuditAction =
  // the applicant, and staff entering an application at the counter
  | 'application.submit'
  | 'application.counter_start'
  | 'application.add_evidence'
  | 'application.request_recusal'
  | 'application.request_recusal_review'
  // every stage change, as workflow/stage-change.service.ts writes `application.${action}`
  | 'application.request_supplement'
  | 'application.supplement_complete'
  | 'application.accept'
  | 'application.not_accept'
  | 'application.refer'
  | 'application.start_review'
  | 'application.suspend'
  | 'application.resume'
  | 'application.escalate'
  | 'application.decide_recommendation'
  | 'application.record_court_reply'
  | 'application.decide_not_supported'
  | 'application.terminate'
  | 'application.close'
  | 'application.withdraw'
  | 'application.deem_withdrawn'
  // staff acts on an application that leave its stage alone
  | 'application.assign'
  | 'application.review_due_moved'
  | 'application.draft_recommendation'
  | 'application.return_recommendation'
  | 'application.court_extension'
  | 'application.reveal_identifier'
  | 'application.note_add'
  | 'application.recusal_handled'
  | 'application.recusal_decide'
  | 'application.recusal_review_decide'
  | 'application.withdrawal_request'
  | 'application.review_clock_pause'
  | 'application.review_clock_resume'
  | 'application.other_party_notice'
  | 'application.other_party_comments'
  | 'application.withdrawal_refuse'
  // retention (src/retention): a leader's legal hold, and the purge of a case's personal data
  | 'application.legal_hold_set'
  | 'application.legal_hold_lift'
  | 'application.purge'
  | 'application.material_view'
  | 'application.material_download'
  | 'application.document_download'
  | 'notice.issue'
  // 送达 (src/service-of-documents): a recorded service, a printed envelope sheet or 送达回证
  | 'application.record_service'
  | 'application.service_sheet_print'
  // staff sign-in and their own account
  | 'staff.login'
  | 'staff.login_failed'
  | 'staff.logout'
  | 'staff.logout_everywhere'
  | 'staff.password_change'
  | 'staff.totp_enrol'
  | 'staff.email_change'
  // administration
  | 'staff_account.create'
  | 'staff_account.disable'
  | 'staff_account.enable'
  | 'staff_account.roles_change'
  | 'staff_account.legal_title_change'
  | 'staff_account.password_reset'
  | 'staff_account.totp_reset'
  | 'site_settings.update'
  | 'settings.document_numbers'
  | 'settings.seal_upload'
  | 'calendar_override.set'
  | 'calendar_override.remove'
  | 'settings.retention'
  // the daily retention purge: counts per kind, never the data
  | 'retention.purge'
  // the exchange of lists with the court (交换记录 and the outgoing list)
  | 'exchange_log.view'
  | 'exchange_log.add'
  | 'exchange_log.download'
  | 'exchange_outgoing.create'
  // court data exchange: imports of the court's lists, and every view and download of the data
  | 'exchange.upload'
  // supervision leads (src/leads): rule settings and 初筛 decisions
  | 'lead_settings.update'
  | 'lead.decide'
  | 'reference_list.upload'
  | 'lead.inquiry_issue'
  | 'reference_list.withdraw'
  // ex-officio (依职权) supervision cases (src/ex-officio)
  | 'ex_officio.open'
  | 'ex_officio.attach_lead'
  | 'ex_officio.start_review'
  | 'ex_officio.propose_recommendation'
  | 'ex_officio.approve_recommendation'
  | 'ex_officio.return_recommendation'
  | 'ex_officio.terminate'
  | 'ex_officio.close'
  // 交办 and 移送 cases (src/handed-down)
  | 'handed_down.enter'
  | 'handed_down.close'
  | 'handed_down.document_download'
  | 'exchange.remap'
  | 'exchange.profile_save'
  | 'exchange.confirm'
  | 'exchange.list_view'
  | 'exchange.batch_view'
  | 'exchange.report_download'
  | 'exchange.original_download'
  | 'exchange.case_view'
  | 'exchange.reveal_identifier'
  // statistics (src/stats): the masked case list behind a figure, and every export
  | 'stats.cases_view'
  | 'stats.export'
  // the collaboration ledger: 联席会议, 线索移送, 涉执信访, 请示报告
  | CollabAuditAction
  // the 检察建议 register (src/recommendations)
  | 'recommendation.decide'
  | 'recommendation.draft'
  | 'recommendation.return'
  | 'recommendation.serve'
  | 'recommendation.extension'
  | 'recommendation.reply'
  | 'recommendation.reply_download'
  | 'recommendation.follow_up'
  | 'recommendation.follow_up_download'
  | 'recommendation.measure_done'
  | 'recommendation.evidence_download'
  | 'recommendation.extension_download'
  | 'recommendation.backfill'
  | 'recommendation.view'
  | 'recommendation.list'
  | 'recommendation.export'
  // the auditor reading the log
  | 'audit.view'
  | 'audit.export'

type WithoutApplicationPrefix<A> = A extends `application.${infer S}` ? S : never

/** The actions on an application, without their `application.` prefix (as caseAudit takes them). */
export type ApplicationAuditAction = WithoutApplicationPrefix<AuditAction>
