import type { SiteView, SupervisedCourt } from '../../../../src/site/site-view.js'
import { CourtList } from '../shared.js'
import { RULES } from './sources.js'

export function CourtFirstSection() {
  return (
    <>
      <h2 id="court-first">先向法院寻求救济</h2>
      <p>法律给当事人准备了在法院内部纠正执行错误的办法，多数情况下应当先用这些办法。</p>
      <h3>执行异议和复议</h3>
      <p>
        当事人、利害关系人认为执行行为违反法律规定的，可以向负责执行的法院提出书面异议。法院应当自收到书面异议之日起
        15 日内审查并作出裁定。对裁定不服的，可以自裁定送达之日起 10
        日内向上一级法院申请复议（《中华人民共和国民事诉讼法》第二百三十六条）。上一级法院应当自收到复议申请之日起
        30 日内作出裁定，有特殊情况的经院长批准可以延长，延长不超过 30 日（执行程序解释第八条）。
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
      <AdmissibilityNote />
    </>
  )
}

function AdmissibilityNote() {
  return (
    <>
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
          反映执行人员违法行为（例如受贿、徇私舞弊、违规会见当事人）的，不需要先向法院提出异议或者申请复议，可以直接向检察院申请（
          {RULES}第二十八条第二款）。
        </li>
        <li>
          法院已经对异议作出裁定、但您没有申请复议（案外人没有提起执行异议之诉）的，{RULES}
          第二十八条第一款第（一）项同样适用：检察院可能不予受理，除非有正当理由。
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

export function JurisdictionSection(props: { site: SiteView }) {
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
      <CaseNumberExplainer court={court} />
      <h3>复议裁定和其他法院的案件</h3>
      <p>
        案号中有“执复”的，是上一级法院（中级人民法院）作出的复议裁定
        {middle ? `，例如“（2024）${middle}执复12号”` : ''}
        。不服这类复议裁定申请监督的，由作出复议裁定的中级人民法院所在地的同级人民检察院（
        {site.upperName}）受理，而不是本院；{site.upperName}受理后，可以将案件交由本院办理（{RULES}
        第三十条第二款）。
      </p>
      <p>如果您的案件不属于本院管辖，我们会告诉您应当向哪个检察院申请。</p>
    </>
  )
}

function CaseNumberExplainer(props: { court: SupervisedCourt }) {
  const { court } = props
  return (
    <>
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
    </>
  )
}
