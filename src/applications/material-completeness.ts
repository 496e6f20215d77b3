import type { DraftAnswers } from './application-answers.js'
import type { MaterialSlot } from './draft.table.js'
import { SLOTS } from './material-slots.js'

/** Words with which an applicant refers to evidence or enclosures in the facts or the request. */
const MENTIONS_EVIDENCE = /证据|附件|见附|所附|附后/

/**
 * Why the materials may be incomplete under 监督规则 (2021) 第二十一条 (监督申请书, 身份证明, 相关法律
 * 文书, and 证据材料 with a list when evidence is relied on). Produces reasons for the 材料不全 flag;
 * staff decide whether to request 补正 (the flag decides nothing):
 * - a slot the wizard requires for these answers holds no file (the 监督申请书 the service generated
 *   counts as filed). Online the wizard enforces this; counter intake and older drafts may not;
 * - an organisation filed a single 身份证明 file, where it needs both the 营业执照 and the
 *   法定代表人身份证明 (the slot's own hint asks for both);
 * - the facts or the request refer to evidence or enclosures (证据, 附件, 见附 …) but no 证据材料 was
 *   filed: the applicant relies on something the procuratorate does not have.
 */
export function incompleteMaterialReasons(
  answers: DraftAnswers,
  materials: readonly { slot: MaterialSlot; generated: boolean }[],
): string[] {
  const count = (slot: MaterialSlot) => materials.filter((m) => m.slot === slot).length
  const generated = materials.some((m) => m.slot === 'application_letter' && m.generated)
  const reasons: string[] = []
  for (const def of SLOTS) {
    if (def.applies(answers) && def.required(answers, generated) && count(def.slot) === 0)
      reasons.push(`缺少${def.label}`)
  }
  if (answers.applicantType === 'organisation' && count('identity') === 1)
    reasons.push('单位申请只有一份身份证明（应有营业执照和法定代表人身份证明）')
  const text = `${answers.complaint?.facts ?? ''}${answers.complaint?.request ?? ''}`
  if (MENTIONS_EVIDENCE.test(text) && count('evidence') === 0)
    reasons.push('事实理由提到证据或附件，但没有上传证据材料')
  return reasons
}
