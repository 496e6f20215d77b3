import { basis, type LegalBasis } from './legal-basis.js'

const at = basis
const REFERRALS = 'src/collaboration/referrals/referral-text.ts'
const PETITIONS = 'src/collaboration/petitions/petition-clock.ts'

/**
 * The rows of the collaboration ledger (issue 16): the three crimes a lead may concern (刑法,
 * LawRefBook/Laws 刑法/刑法.md), 立案监督 (刑事诉讼法, 2018 text) and the 信访工作条例 time limits
 * (LawRefBook/Laws 行政法规/信访工作条例.md, 2022). 虚假诉讼罪 sits in the article 307 之一 of 刑法:
 * the table keys articles by number, so its row carries 307 and the text adds 之一 (referral-text.ts).
 */
export const COLLAB_BASES = {
  criminal313: at('criminalLaw', 313, {
    supports: '线索罪名：拒不执行判决、裁定罪',
    quote:
      '对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金；情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。',
    usedIn: [REFERRALS],
  }),
  criminal307: at('criminalLaw', 307, {
    supports: '线索罪名：妨害作证罪；第三百零七条之一：虚假诉讼罪',
    quote:
      '以暴力、威胁、贿买等方法阻止证人作证或者指使他人作伪证的……（之一）以捏造的事实提起民事诉讼，妨害司法秩序或者严重侵害他人合法权益的……',
    usedIn: [REFERRALS],
  }),
  criminalProcedure113: at('criminalProcedure', 113, {
    supports: '立案监督：要求公安机关说明不立案理由，理由不成立的通知立案',
    quote:
      '人民检察院认为公安机关对应当立案侦查的案件而不立案侦查的……应当要求公安机关说明不立案的理由。人民检察院认为公安机关不立案理由不能成立的，应当通知公安机关立案，公安机关接到通知后应当立案。',
    usedIn: [REFERRALS],
  }),
  petitions23: at('petitions', 23, {
    supports: '信访事项自收到之日起十五日内书面告知信访人',
    quote:
      '不能当场告知的，应当自收到信访事项之日起15日内书面告知信访人，但信访人的姓名（名称）、住址不清的除外。',
    usedIn: [PETITIONS],
  }),
  petitions34: at('petitions', 34, {
    supports: '信访事项六十日内办结，经批准可延长不超过三十日',
    quote:
      '应当自受理之日起60日内办结；情况复杂的，经本机关、单位负责人批准，可以适当延长办理期限，但延长期限不得超过30日，并告知信访人延期理由。',
    usedIn: [PETITIONS],
  }),
} as const satisfies Record<string, LegalBasis>
