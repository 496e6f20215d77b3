import { OutcomesList } from './outcomes.js'
import { RULES } from './sources.js'

/** `replyPeriod`: '7 个工作日' or '7 日', as the procuratorate counts it (legal review D32). */
export function ProcessSection(props: { replyPeriod: string }) {
  return (
    <>
      <h2 id="process">办理流程和时限</h2>
      <ProcessSteps />
      <TimeLimitsTable replyPeriod={props.replyPeriod} />
      <h3>期限怎么算</h3>
      <p>
        按照《中华人民共和国民事诉讼法》第八十五条，期限开始的当天不算，从第二天起算；期限的最后一天是法定休假日（包括周六、周日和法定节假日）的，顺延到休假日后的第一个工作日。例如，3
        月 1 日决定受理，3 日的期限从 3 月 2 日算起，到 3 月 4 日届满；如果 3 月 4
        日是周六、周日或者法定节假日，就顺延到之后的第一个工作日。“工作日”按国家公布的放假安排计算，调休上班的日子算工作日。
      </p>
      <OutcomesList />
    </>
  )
}

function ProcessSteps() {
  return (
    <ol class="steps">
      <li>
        <strong>在线提交。</strong>
        填写信息、上传材料后提交，页面会显示查询码，并提供收件回执（PDF）。留了电子邮箱的，还会收到确认邮件。
      </li>
      <li>
        <strong>初步审查。</strong>
        本院控告申诉部门查看材料是否齐全、是否属于本院管辖，并给您答复。
      </li>
      <li>
        <strong>补交材料（如需要）。</strong>在期限内按通知补齐即可。
      </li>
      <li>
        <strong>受理。</strong>
        发出受理通知书，三日内把案件材料移送民事检察部门。在向您发出受理通知书的同时，检察院会将受理通知书和监督申请书副本发送其他当事人（如被执行人、申请执行人），他们可以在收到之日起十五日内提出书面意见；不提意见的，不影响审查（
        {RULES}第三十三条、第三十四条）。
      </li>
      <li>
        <strong>审查。</strong>
        承办检察官审查事实和法律，必要时调阅法院执行案卷。
      </li>
      <li>
        <strong>作出决定。</strong>提出检察建议、不支持监督申请，或者终结审查。
      </li>
      <li>
        <strong>法院回复。</strong>提出检察建议的，法院应当书面回复，您可以在进度查询中看到。
      </li>
    </ol>
  )
}

const TIME_LIMITS: { step: string; limit: string; from: string; note: string }[] = [
  {
    step: '程序性答复（受理、补正或告知去向）',
    limit: '', // the site's setting, filled in by TimeLimitsTable
    from: '提交申请之日',
    note: '最高人民检察院“群众信访件件有回复”的要求',
  },
  {
    step: '补交材料',
    limit: '以补正通知写明的为准，通常为 15 日',
    from: '补正通知发出之日',
    note: '逾期未补齐的，视为撤回申请',
  },
  { step: '发出受理通知书', limit: '3 日', from: '决定受理之日', note: '同时告知您的权利义务' },
  {
    step: '审查',
    limit: '一般为 3 个月',
    from: '受理之日',
    note: '本平台计算时，中止审查的期间不计算在内',
  },
  {
    step: '发出不支持监督申请决定书或检察建议书',
    limit: '15 日',
    from: '作出决定之日',
    note: '不支持监督申请的，决定书会说明理由',
  },
  {
    step: '法院回复检察建议',
    limit: '3 个月',
    from: '法院收到检察建议书',
    note: '有特殊情况经法院院长批准可延长 1 个月（两高规定第十三条）',
  },
]

function TimeLimitsTable(props: { replyPeriod: string }) {
  return (
    <div class="table-wrap" role="region" tabindex={0} aria-labelledby="time-limits-caption">
      <table>
        <caption id="time-limits-caption">主要办理时限</caption>
        <thead>
          <tr>
            <th scope="col">环节</th>
            <th scope="col">期限</th>
            <th scope="col">从何时起算</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {TIME_LIMITS.map((row, i) => (
            <tr>
              <td>{row.step}</td>
              <td>{i === 0 ? props.replyPeriod : row.limit}</td>
              <td>{row.from}</td>
              <td>{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
