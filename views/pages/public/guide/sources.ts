// Every legal statement in the guide is sourced in docs/domain-rules.md §1; rules tagged
// unconfirmed there are phrased neutrally or left out.

export const TWO_COURTS_RULE =
  '《最高人民法院 最高人民检察院关于民事执行活动法律监督若干问题的规定》'
export const RULES = '《人民检察院民事诉讼监督规则》'
