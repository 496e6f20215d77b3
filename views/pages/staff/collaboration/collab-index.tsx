/** The collaboration ledger's front page: the records kept with the court, the police and the 市院. */
export function CollabIndexPage() {
  const areas = [
    [
      '/staff/meetings',
      '联席会议',
      '法检“两长”联席会、信息交换联席会、市院–中院会商，纪要和议定事项',
    ],
    ['/staff/meetings/actions', '到期议定事项', '已逾期和 7 日内到期的会议议定事项'],
    ['/staff/referrals', '犯罪线索移送', '拒执、妨害作证、虚假诉讼线索的研判、移送和立案监督'],
    ['/staff/petitions', '涉执信访', '信访登记、会同法院处理、办理期限和转为监督申请'],
    ['/staff/escalations', '请示报告', '向市院请示报告及答复意见'],
  ] as const
  return (
    <>
      <h1>协作台账</h1>
      <ul class="link-list">
        {areas.map(([href, label, hint]) => (
          <li>
            <a href={href}>{label}</a>
            <span class="hint">：{hint}</span>
          </li>
        ))}
      </ul>
    </>
  )
}
