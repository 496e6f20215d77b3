const OUTCOMES: { outcome: string; meaning: string }[] = [
  {
    outcome: '告知向有管辖权的检察院申请',
    meaning: '案件不归本院管的，告诉您该向哪个检察院申请。',
  },
  { outcome: '告知向有关机关反映', meaning: '事项不属于检察院办理范围的，告诉您向哪里反映。' },
  {
    outcome: '不予受理',
    meaning:
      '不符合受理条件（例如应当先向法院提出异议而没有提出，又没有正当理由），而您不撤回申请的，发出不予受理通知书。',
  },
  {
    outcome: '提出检察建议',
    meaning: '受理并审查后，认为法院执行活动违法的，向法院提出检察建议，督促纠正。',
  },
  {
    outcome: '不支持监督申请',
    meaning:
      '认为法院执行活动没有违法情形的，作出不支持监督申请的决定，并在决定书中讲清理由和法律规定（释法说理）。',
  },
  { outcome: '终结审查', meaning: '例如法院已经自行纠正，或者您在受理后撤回了申请。' },
  {
    outcome: '中止审查',
    meaning:
      '暂停审查，例如申请人去世需要等待继承人，或者本案要等另一个案件的结果。原因消除后恢复审查。',
  },
  {
    outcome: '撤回、视为撤回',
    meaning: '您可以主动撤回申请；要求补交的材料逾期没有补齐的，视为撤回。',
  },
]

export function OutcomesList() {
  return (
    <>
      <h3>可能的结果</h3>
      <dl class="summary-list">
        {OUTCOMES.map((o) => (
          <div>
            <dt>{o.outcome}</dt>
            <dd>{o.meaning}</dd>
          </div>
        ))}
      </dl>
    </>
  )
}
