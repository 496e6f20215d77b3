import { cite, citeAll } from '../kernel/legal-bases.js'
import type { NoticeFields } from './notice-content.js'
import type { Base, Body } from './notice-text.js'

/**
 * 规则 第三十三条: the 受理通知书 the other parties receive "同时" with the applicant's, with a copy of
 * the 监督申请书, telling them their rights and obligations and that they may answer in writing within
 * 15 days of receiving the copy; not answering does not hold up the review. Addressed to the other
 * party, so it names the applicant in the third person.
 */
export function otherPartyAcceptance(
  f: NoticeFields['other_party_acceptance_notice'],
  b: Base,
): Body {
  return {
    salutation: `${f.partyName}：`,
    before: [
      `${b.applicantName}于${b.applied}向本院申请对${b.courtName}${b.caseNumber}案件的执行活动进行监督。经审查，该申请符合受理条件，本院已决定受理。依照${cite('rules33')}的规定，现将监督申请书副本送达你方，并将有关事项告知如下：`,
      `一、你方可以在收到监督申请书副本之日起十五日内，向本院提出书面意见；不提出意见的，不影响本院对案件的审查。`,
      `二、你方享有下列权利：（一）可以依法委托代理人；（二）认为办理案件的检察人员、书记员等与本案有利害关系或者有其他关系，可能影响公正办理的，可以在本院作出决定前申请回避（${citeAll(['rules12', 'rules14'], 'short')}）；（三）可以向本院提交证据材料，本院收到后出具收据（${cite('rules44', 'short')}）。`,
      `三、你方应当履行下列义务：（一）如实陈述案件事实，提供真实、合法的证据材料；（二）遵守检察机关办案、听证秩序，不得以不正当方式影响案件办理。`,
    ],
  }
}
