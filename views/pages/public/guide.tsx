import type { SiteView, SupervisedCourt } from '../../../src/site/site-view.js'
import { ContactList, CourtList, Link12309 } from './shared.js'

// Content page: long by nature (SPEC §3 asks for conditions, acts, materials, time limits and a FAQ).
// Every legal statement is sourced in reference/domain-rules.md §1; rules tagged unconfirmed there
// are phrased neutrally or left out.

const TWO_COURTS_RULE = '《最高人民法院 最高人民检察院关于民事执行活动法律监督若干问题的规定》'
const RULES = '《人民检察院民事诉讼监督规则》'

/** `/guide` — 申请指南. */
export function GuidePage(props: { site: SiteView }) {
  const { site } = props
  return (
    <>
      <h1>申请指南</h1>
      <p class="lead">
        这份指南用通俗的话说明：什么情况可以请检察院监督法院的执行工作、谁可以申请、要准备什么材料、提交以后怎么办理、多长时间有答复。看不明白的地方，欢迎拨打{' '}
        {site.phone} 咨询。
      </p>
      <nav aria-label="本页目录">
        <ol>
          <li>
            <a href="#about">什么是民事执行检察监督</a>
          </li>
          <li>
            <a href="#who">谁可以申请</a>
          </li>
          <li>
            <a href="#matters">可以申请监督的情形</a>
          </li>
          <li>
            <a href="#court-first">先向法院寻求救济</a>
          </li>
          <li>
            <a href="#jurisdiction">向哪个检察院申请</a>
          </li>
          <li>
            <a href="#materials">需要准备的材料</a>
          </li>
          <li>
            <a href="#process">办理流程和时限</a>
          </li>
          <li>
            <a href="#rights">您的权利</a>
          </li>
          <li>
            <a href="#faq">常见问题</a>
          </li>
          <li>
            <a href="#contact">联系我们</a>
          </li>
        </ol>
      </nav>
      <AboutSection />
      <WhoSection />
      <MattersSection />
      <CourtFirstSection />
      <JurisdictionSection site={site} />
      <MaterialsSection />
      <ProcessSection />
      <RightsSection />
      <FaqSection site={site} />
      <h2 id="contact">联系我们</h2>
      <ContactList site={site} />
      <p>到本院办理时，请带上身份证件和您手中的法律文书、证据材料。</p>
    </>
  )
}

function AboutSection() {
  return (
    <>
      <h2 id="about">什么是民事执行检察监督</h2>
      <p>
        法院的判决、裁定、调解书生效后，一方不主动履行，另一方可以申请法院强制执行，这就是“民事执行”。法院在执行中必须依法办事。人民检察院是国家的法律监督机关，认为法院的执行活动违反法律规定时，可以依法监督，督促法院纠正。
      </p>
      <h3>法律依据</h3>
      <ul>
        <li>
          《中华人民共和国民事诉讼法》第二百四十六条：“人民检察院有权对民事执行活动实行法律监督。”
        </li>
        <li>{RULES}（2021年8月1日起施行）；</li>
        <li>{TWO_COURTS_RULE}（以下简称“两高规定”）。</li>
      </ul>
      <h3>检察院能做什么</h3>
      <ul>
        <li>审查您的申请，必要时调阅法院的执行案卷；</li>
        <li>
          认为法院执行活动违法的，向法院提出检察建议，督促纠正。法院应当在收到检察建议书后三个月内书面回复。
        </li>
      </ul>
      <h3>检察院不能做什么</h3>
      <ul>
        <li>检察院不代替法院执行，不能直接查封财产，也不能替您追回钱款；</li>
        <li>
          检察院在这里不重新评判原来的判决对不对。对判决、裁定本身不服，属于“生效裁判监督”，是另一种程序，条件和期限都不同。
        </li>
      </ul>
    </>
  )
}

function WhoSection() {
  return (
    <>
      <h2 id="who">谁可以申请</h2>
      <dl class="summary-list">
        <div>
          <dt>申请执行人</dt>
          <dd>向法院申请执行、等着拿回钱款或财物的一方。</dd>
        </div>
        <div>
          <dt>被执行人</dt>
          <dd>被法院要求履行判决、裁定等确定的义务的一方。</dd>
        </div>
        <div>
          <dt>利害关系人</dt>
          <dd>不是申请执行人或被执行人，但自己的合法权益受到执行行为影响的人。</dd>
        </div>
        <div>
          <dt>案外人</dt>
          <dd>不是案件当事人，但认为被查封、冻结的财产属于自己（或对它有权利）的人。</dd>
        </div>
      </dl>
      <h3>可以请别人代为申请</h3>
      <p>
        您可以委托代理人代为申请，例如律师、基层法律服务工作者、您的近亲属。委托代理人的，需要上传由您签名的授权委托书；代理人是律师的，还要填写律师执业证号。
      </p>
      <h3>不是以上身份怎么办</h3>
      <p>
        其他人发现执行活动中有违法情况，可以向检察院控告、举报：可以到本院控告申诉窗口，也可以通过{' '}
        <Link12309 /> 提出。
      </p>
    </>
  )
}

const MATTERS: { name: string; explain?: string; example: string }[] = [
  {
    name: '消极执行、拖延执行',
    example: '法院立案很久，明知被执行人有存款、房产，却一直不查封、不划扣。',
  },
  {
    name: '不当终结本次执行程序',
    explain:
      '“终结本次执行程序”（常简称“终本”）是指法院暂时找不到可以执行的财产，先结束这一次执行，以后发现财产可以再申请执行。',
    example: '法院还没有向被执行人发出报告财产令、限制消费令，也没有调查财产，就裁定“终本”。',
  },
  {
    name: '违法或者超标的采取查封、扣押、冻结、拍卖等强制措施',
    example:
      '判决只要求还 10 万元，法院却冻结了 100 万元存款；或者查封了明显不属于被执行人的财产。',
  },
  {
    name: '执行款物未及时发放',
    example: '法院已经划到了执行款，却长期不发给申请执行人。',
  },
  {
    name: '违法追加、变更被执行人',
    example: '没有法律依据，就把被执行人的亲属或朋友追加为被执行人。',
  },
  {
    name: '执行裁定、决定违法',
    example: '法院作出的执行裁定、决定明显适用法律错误，或者作出时程序违法。',
  },
  {
    name: '其他违法执行行为',
    example: '执行人员不依法送达执行文书，或者有其他违反法律规定的做法。',
  },
]

function MattersSection() {
  return (
    <>
      <h2 id="matters">可以申请监督的情形</h2>
      <p>下面是常见的情形，每项后面举了一个例子帮助理解。申请时可以选择一项或多项。</p>
      <dl class="summary-list">
        {MATTERS.map((m) => (
          <div>
            <dt>{m.name}</dt>
            <dd>
              {m.explain}
              例如：{m.example}
            </dd>
          </div>
        ))}
      </dl>
      <h3>不在这里办理的事项</h3>
      <ul>
        <li>
          认为判决、裁定、调解书本身的内容错了：这是“生效裁判监督”，不是执行监督，本平台不办理（见下方常见问题）。
        </li>
        <li>不属于检察院办理范围的事项：我们会告诉您向有关机关反映。</li>
      </ul>
    </>
  )
}

function CourtFirstSection() {
  return (
    <>
      <h2 id="court-first">先向法院寻求救济</h2>
      <p>法律给当事人准备了在法院内部纠正执行错误的办法，多数情况下应当先用这些办法。</p>
      <h3>执行异议和复议</h3>
      <p>
        当事人、利害关系人认为执行行为违反法律规定的，可以向负责执行的法院提出书面异议。法院应当自收到书面异议之日起
        15 日内审查并作出裁定。对裁定不服的，可以自裁定送达之日起 10
        日内向上一级法院申请复议（《中华人民共和国民事诉讼法》第二百三十六条）。上一级法院应当自收到复议申请之日起
        30 日内作出裁定，有特殊情况的经院长批准可以延长，延长不超过 30 日。
      </p>
      <h3>案外人异议和执行异议之诉</h3>
      <p>
        案外人认为被执行的财产是自己的，可以向法院提出书面异议，法院应当自收到之日起 15
        日内审查。对裁定不服，认为原判决、裁定错误的，依照审判监督程序办理；与原判决、裁定无关的，可以自裁定送达之日起
        15 日内向法院提起诉讼，也就是“执行异议之诉”（第二百三十八条）。
      </p>
      <h3>长期不执行</h3>
      <p>
        法院自收到申请执行书之日起超过六个月未执行的，申请执行人可以向上一级法院申请执行（第二百三十七条）。
      </p>
      <h3>检察院什么时候受理</h3>
      <div class="notice">
        <p>
          按照两高规定第六条，法律规定可以提出异议、申请复议或者提起诉讼，而您没有这样做的，检察院一般不予受理，但有正当理由的除外。
          {RULES}也规定了不予受理的情形。
        </p>
      </div>
      <ul>
        <li>
          已经提出异议或复议的，请在申请中写明提出的时间、案号和法院处理情况。法院超过法定期限还没有处理的，也请写明，检察人员会结合这些情况审查。
        </li>
        <li>
          反映法院“不执行、拖延执行”（消极执行）的，通常没有可以提出异议的途径，一般可以直接向检察院申请。
        </li>
        <li>
          是否有“正当理由”，由检察人员根据具体情况判断。拿不准的，也可以先提交申请，我们会告诉您处理结果。
        </li>
      </ul>
    </>
  )
}

/** 豫0403 → 豫04: a basic court's code is its intermediate court's code plus two digits (案号规定 第五条). */
function intermediateCode(code: string): string | undefined {
  const m = /^(\D+\d{2})\d{2}$/.exec(code)
  return m?.[1]
}

function JurisdictionSection(props: { site: SiteView }) {
  const { site } = props
  const court: SupervisedCourt = site.courts[0] ?? {
    code: '豫0403',
    name: '平顶山市卫东区人民法院',
  }
  const middle = intermediateCode(court.code)
  return (
    <>
      <h2 id="jurisdiction">向哪个检察院申请（管辖）</h2>
      <p>
        民事执行监督案件，由执行法院所在地同级人民检察院管辖。也就是说：区、县法院执行的案件，向同一区、县的检察院申请；中级法院执行的案件，向市级检察院申请。
      </p>
      <p>{site.name}办理下列法院执行活动的监督申请：</p>
      <CourtList courts={site.courts} />
      <h3>看懂执行案号</h3>
      <p>执行案号印在法院的执行通知书、执行裁定书等文书上。以“（2023）{court.code}执123号”为例：</p>
      <dl class="summary-list">
        <div>
          <dt>（2023）</dt>
          <dd>法院收案的年份。</dd>
        </div>
        <div>
          <dt>{court.code}</dt>
          <dd>法院代字，表示哪个法院办理，这里是{court.name}。</dd>
        </div>
        <div>
          <dt>执</dt>
          <dd>案件类型：“执”是首次执行，“执恢”是恢复执行，“执复”是执行复议。</dd>
        </div>
        <div>
          <dt>123号</dt>
          <dd>当年的案件编号。</dd>
        </div>
      </dl>
      <p>
        法院代字是“省份简称加四位数字”的，一般是基层法院；“省份简称加两位数字”的，一般是中级法院。
      </p>
      <h3>复议裁定和其他法院的案件</h3>
      <p>
        案号中有“执复”的，是上一级法院（中级人民法院）作出的复议裁定
        {middle ? `，例如“（2024）${middle}执复12号”` : ''}
        。对这类裁定的监督，可能由市级人民检察院办理。
      </p>
      <p>如果您的案件不属于本院管辖，我们会告诉您应当向哪个检察院申请。</p>
    </>
  )
}

function MaterialsSection() {
  return (
    <>
      <h2 id="materials">需要准备的材料</h2>
      <p>
        按照{RULES}
        第二十一条，申请监督应当提交监督申请书、身份证明、相关法律文书和证据材料；提交证据材料的，应当附证据清单。
      </p>
      <h3>监督申请书</h3>
      <p>按照规则第二十二条，申请书要写明：</p>
      <ul>
        <li>
          申请人的姓名、性别、年龄、民族、职业、工作单位、住所和联系方式（单位写名称、住所，以及法定代表人或主要负责人的姓名、职务和联系方式）；
        </li>
        <li>其他当事人的姓名或名称、住所、联系方式等；</li>
        <li>您的申请监督请求，以及所依据的事实和理由。</li>
      </ul>
      <p>
        您在本平台按提示逐项填写后，可以选择由系统根据您的回答自动生成监督申请书，不必自己另写。
      </p>
      <h3>身份证明</h3>
      <p>
        个人：居民身份证、护照等有效证件。单位：营业执照，以及法定代表人或主要负责人的身份证明。
      </p>
      <h3>相关法律文书</h3>
      <p>
        与本案有关的法院文书，例如作为执行依据的判决书、执行裁定书、终结本次执行程序裁定书、执行异议或复议裁定书等。
      </p>
      <h3>证据材料和证据清单</h3>
      <p>
        能证明您所说情况的材料，例如财产线索、与法院往来的记录。每上传一份证据，写一句简短说明，系统会据此自动生成证据清单。
      </p>
      <h3>授权委托书</h3>
      <p>委托代理人办理的，需要上传授权委托书。</p>
      <h3>上传要求</h3>
      <ul>
        <li>格式：PDF、JPG、PNG；</li>
        <li>每个文件不超过 20 MB，一次申请最多 30 个文件、合计不超过 100 MB；</li>
        <li>拍照时请把文书放平、光线充足、四角完整、字迹清楚。</li>
      </ul>
      <div class="notice">
        <p>
          材料不齐的，我们会一次性告诉您缺少的全部材料，并给出补交期限。逾期没有补齐的，按照规则第二十一条视为撤回监督申请。
        </p>
      </div>
    </>
  )
}

const TIME_LIMITS: { step: string; limit: string; from: string; note: string }[] = [
  {
    step: '程序性答复（受理、补正或告知去向）',
    limit: '7 个工作日',
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

function ProcessSection() {
  return (
    <>
      <h2 id="process">办理流程和时限</h2>
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
          发出受理通知书，案件转交民事检察部门。检察院可能将受理通知书和监督申请书副本发给其他当事人，他们可以提出书面意见。
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
            {TIME_LIMITS.map((row) => (
              <tr>
                <td>{row.step}</td>
                <td>{row.limit}</td>
                <td>{row.from}</td>
                <td>{row.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>期限怎么算</h3>
      <p>
        按照《中华人民共和国民事诉讼法》第八十五条，期限开始的当天不算，从第二天起算；期限的最后一天是法定节假日的，顺延到节假日后的第一个工作日。例如，3
        月 1 日决定受理，3 日的期限从 3 月 2 日算起，到 3 月 4 日届满；如果 3 月 4
        日是法定节假日，就顺延到节后第一个工作日。“工作日”按国家公布的放假安排计算，调休上班的日子算工作日。
      </p>
      <OutcomesList />
    </>
  )
}

function OutcomesList() {
  return (
    <>
      <h3>可能的结果</h3>
      <dl class="summary-list">
        <div>
          <dt>告知向有管辖权的检察院申请</dt>
          <dd>案件不归本院管的，告诉您该向哪个检察院申请。</dd>
        </div>
        <div>
          <dt>告知向有关机关反映</dt>
          <dd>事项不属于检察院办理范围的，告诉您向哪里反映。</dd>
        </div>
        <div>
          <dt>不予受理</dt>
          <dd>
            不符合受理条件（例如应当先向法院提出异议而没有提出，又没有正当理由），而您不撤回申请的，发出不予受理通知书。
          </dd>
        </div>
        <div>
          <dt>提出检察建议</dt>
          <dd>受理并审查后，认为法院执行活动违法的，向法院提出检察建议，督促纠正。</dd>
        </div>
        <div>
          <dt>不支持监督申请</dt>
          <dd>
            认为法院执行活动没有违法情形的，作出不支持监督申请的决定，并在决定书中讲清理由和法律规定（释法说理）。
          </dd>
        </div>
        <div>
          <dt>终结审查</dt>
          <dd>例如法院已经自行纠正，或者您在受理后撤回了申请。</dd>
        </div>
        <div>
          <dt>中止审查</dt>
          <dd>
            暂停审查，例如申请人去世需要等待继承人，或者本案要等另一个案件的结果。原因消除后恢复审查。
          </dd>
        </div>
        <div>
          <dt>撤回、视为撤回</dt>
          <dd>您可以主动撤回申请；要求补交的材料逾期没有补齐的，视为撤回。</dd>
        </div>
      </dl>
    </>
  )
}

function RightsSection() {
  return (
    <>
      <h2 id="rights">您的权利</h2>
      <ul>
        <li>
          <strong>知道谁在办、申请回避：</strong>
          检察院会告诉您承办检察人员的姓名和法律职务；认为其可能影响公正办理的，您可以申请回避（规则第四十五条）。
        </li>
        <li>
          <strong>取得证据收据：</strong>
          检察院收到您提交的证据材料，应当出具收据（规则第四十四条）。受理后您在本平台补充上传证据，系统会生成证据材料收据。
        </li>
        <li>
          <strong>随时撤回：</strong>
          案件办结前，您可以随时在进度查询页面撤回申请。
        </li>
        <li>
          <strong>查询进度：</strong>
          用查询码加登记手机号码的后 4 位，随时查看办理进度、下载通知书。
        </li>
      </ul>
      <p>同时请您如实填写信息；对自己提出的主张，应当提供证据材料（规则第四十四条）。</p>
    </>
  )
}

function FaqSection(props: { site: SiteView }) {
  const phone = props.site.phone
  return (
    <>
      <h2 id="faq">常见问题</h2>
      <details>
        <summary>申请要收费吗？</summary>
        <p>
          本平台提交申请不收取任何费用。请警惕以检察院名义要求您转账、提供银行卡密码或验证码的电话和短信。
        </p>
      </details>
      <details>
        <summary>没有律师可以申请吗？</summary>
        <p>可以。您本人就可以申请，平台会一步一步提示您填写；也可以委托近亲属等代理人代为申请。</p>
      </details>
      <details>
        <summary>提交以后多久有答复？</summary>
        <p>
          一般在提交之日起 7
          个工作日内告诉您：已受理、需要补交材料，或者应当向哪里申请。后续进度可以随时在线查询。
        </p>
      </details>
      <details>
        <summary>忘记查询码怎么办？</summary>
        <p>
          在“查询办理进度”页面选择找回查询码，输入登记的手机号码和证件号码，查询码会发送到您登记的电子邮箱（为了安全，不会直接显示在屏幕上）。没有留电子邮箱的，请带身份证件到本院窗口，或拨打{' '}
          {phone}。
        </p>
      </details>
      <details>
        <summary>材料用手机拍照可以吗？</summary>
        <p>
          可以。照片要清楚、完整，能看清每个字。多页的文书请每页都拍，最好按顺序合成一个 PDF
          文件再上传。
        </p>
      </details>
      <details>
        <summary>提交后还能修改吗？</summary>
        <p>
          提交后不能直接修改。检察院要求补交材料时，您可以按通知上传；案件办理期间也可以补充证据材料。内容有重大错误的，可以撤回后重新提交。
        </p>
      </details>
      <details>
        <summary>检察院能直接帮我执行回款吗？</summary>
        <p>
          不能。检察院监督的是法院的执行活动，发现违法会督促法院纠正，但不代替法院执行，也不直接查封财产或收付钱款。
        </p>
      </details>
      <details>
        <summary>对判决结果不服怎么办？</summary>
        <p>
          这属于“生效裁判监督”，不是本平台办理的执行监督。通常要先向法院申请再审；法院驳回再审申请或者再审判决、裁定生效后，当事人可以向检察院申请监督，应当在两年内提出。具体可以通过{' '}
          <Link12309 /> 或拨打 {phone} 咨询。
        </p>
      </details>
      <details>
        <summary>对方会知道我申请了吗？</summary>
        <p>
          可能会。受理后，检察院可能把受理通知书和监督申请书副本发给其他当事人，听取他们的意见。所以申请书里请不要写与本案无关的个人隐私。
        </p>
      </details>
      <details>
        <summary>不会用手机怎么办？</summary>
        <p>
          可以到本院控告申诉窗口办理，工作人员可以在窗口帮您录入申请；也可以先拨打 {phone}{' '}
          咨询。请带上身份证件和相关材料。
        </p>
      </details>
      <details>
        <summary>我的个人信息安全吗？</summary>
        <p>
          我们只收集办理申请所必需的信息，并采取加密等措施保护。详见
          <a href="/privacy">个人信息处理告知</a>。
        </p>
      </details>
    </>
  )
}
