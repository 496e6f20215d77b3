import type { DraftAnswers } from './application-answers.js'
import type { MaterialSlot } from './draft.table.js'

export type SlotDefinition = {
  slot: MaterialSlot
  label: string
  hint: string
  /** one description per file (证据材料: the service builds the 证据清单 from them) */
  describe?: boolean
  required(answers: DraftAnswers, generateLetter: boolean): boolean
  applies(answers: DraftAnswers): boolean
}

const always = () => true
const hasAgent = (a: DraftAnswers) => a.agent?.hasAgent === 'yes'

/** docs/product.md §5 and 规则 第二十一条: what an application must carry. */
export const SLOTS: SlotDefinition[] = [
  {
    slot: 'application_letter',
    label: '监督申请书',
    hint: '签名后拍照或扫描上传；已勾选上面的“根据我填写的内容生成申请书”的，可以不上传',
    required: (_a, generate) => !generate,
    applies: always,
  },
  {
    slot: 'identity',
    label: '身份证明',
    hint: '居民身份证正反面；单位请上传营业执照和法定代表人身份证明',
    required: always,
    applies: always,
  },
  {
    slot: 'legal_documents',
    label: '相关法律文书',
    hint: '执行依据（判决书等）、执行裁定书、终结本次执行程序裁定书、异议或复议裁定等，可以上传多份',
    required: always,
    applies: always,
  },
  {
    slot: 'evidence',
    label: '证据材料',
    hint: '选填。每次上传一份，并写一句说明，系统会据此生成证据清单',
    describe: true,
    required: () => false,
    applies: always,
  },
  {
    slot: 'authorization',
    label: '授权委托书',
    hint: '委托代理人的必须上传，律师还需上传律师执业证',
    required: hasAgent,
    applies: hasAgent,
  },
]

export function slotDefinition(slot: string): SlotDefinition | undefined {
  return SLOTS.find((s) => s.slot === slot)
}

/** The required slots still empty, as messages keyed by the slot's upload field. */
export function missingMaterials(
  answers: DraftAnswers,
  generateLetter: boolean,
  present: ReadonlySet<string>,
): Record<string, string> {
  const missing: Record<string, string> = {}
  for (const s of SLOTS) {
    if (s.applies(answers) && s.required(answers, generateLetter) && !present.has(s.slot)) {
      missing[`file-${s.slot}`] =
        s.slot === 'application_letter'
          ? '请上传监督申请书，或勾选“根据我填写的内容生成申请书”'
          : `请上传${s.label}`
    }
  }
  return missing
}

/** Materials in the order of the slots (as on the receipt), then in upload order. */
export function inSlotOrder<T extends { slot: string }>(files: T[]): T[] {
  const rank = (slot: string) => SLOTS.findIndex((s) => s.slot === slot)
  return files
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f.slot) - rank(b.f.slot) || a.i - b.i)
    .map((x) => x.f)
}
