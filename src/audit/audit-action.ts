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
  | 'application.material_view'
  | 'application.material_download'
  | 'application.document_download'
  | 'notice.issue'
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
  | 'staff_account.password_reset'
  | 'staff_account.totp_reset'
  | 'site_settings.update'
  | 'settings.document_numbers'
  | 'calendar_override.set'
  | 'calendar_override.remove'
  // the auditor reading the log
  | 'audit.view'
  | 'audit.export'

type WithoutApplicationPrefix<A> = A extends `application.${infer S}` ? S : never

/** The actions on an application, without their `application.` prefix (as caseAudit takes them). */
export type ApplicationAuditAction = WithoutApplicationPrefix<AuditAction>
