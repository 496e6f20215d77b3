import type { Child } from 'hono/jsx'
import type { SiteView } from '../../../../src/site/site-view.js'
import { Link12309 } from '../shared.js'
import { RULES } from './sources.js'

export function RightsSection() {
  return (
    <>
      <h2 id="rights">您的权利</h2>
      <ul>
        <li>
          <strong>知道谁在办、申请回避：</strong>
          检察院会告诉您办理案件的检察人员、书记员等的姓名和法律职务（规则第四十五条）。认为他们，或者翻译人员、鉴定人、勘验人与本案有利害关系或者有其他关系、可能影响公正办理的，您可以在检察院作出决定前申请回避；检察院在三日内作出决定，您不服的可以申请复议一次（规则第十二条、第十四条、第十七条）。
        </li>
        <li>
          <strong>取得证据收据：</strong>
          检察院收到您提交的证据材料，应当出具收据（规则第四十四条）。受理后您在本平台补充上传证据，系统会生成证据材料收据。
        </li>
        <li>
          <strong>撤回申请：</strong>
          在检察院作出决定前，您可以在进度查询页面撤回申请。还没有受理的，撤回立即生效；已经受理的，撤回须经检察院审查决定：撤回不损害国家利益、社会公共利益或者他人合法权益的，检察院准许撤回并作出终结审查决定，否则继续审查（规则第七十三条第（二）项）。案件报请上级检察院办理后，不能在本平台撤回。
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

export function FaqSection(props: { site: SiteView }) {
  const phone = props.site.phone
  return (
    <>
      <h2 id="faq">常见问题</h2>
      <FaqOnApplying phone={phone} />
      <FaqOnScopeAndAccess phone={phone} />
    </>
  )
}

function FaqItem(props: { question: string; children: Child }) {
  return (
    <details>
      <summary>{props.question}</summary>
      <p>{props.children}</p>
    </details>
  )
}

function FaqOnApplying(props: { phone: string }) {
  return (
    <>
      <FaqItem question="申请要收费吗？">
        本平台提交申请不收取任何费用。请警惕以检察院名义要求您转账、提供银行卡密码或验证码的电话和短信。
      </FaqItem>
      <FaqItem question="没有律师可以申请吗？">
        可以。您本人就可以申请，平台会一步一步提示您填写；也可以委托近亲属等代理人代为申请。
      </FaqItem>
      <FaqItem question="提交以后多久有答复？">
        一般在提交之日起 7
        个工作日内告诉您：已受理、需要补交材料，或者应当向哪里申请。后续进度可以随时在线查询。
      </FaqItem>
      <FaqItem question="忘记查询码怎么办？">
        在“查询办理进度”页面选择找回查询码，输入登记的手机号码和证件号码，查询码会发送到您登记的电子邮箱（为了安全，不会直接显示在屏幕上）。没有留电子邮箱的，请带身份证件到本院窗口，或拨打{' '}
        {props.phone}。
      </FaqItem>
      <FaqItem question="材料用手机拍照可以吗？">
        可以。照片要清楚、完整，能看清每个字。多页的文书请每页都拍，最好按顺序合成一个 PDF
        文件再上传。
      </FaqItem>
      <FaqItem question="提交后还能修改吗？">
        提交后不能直接修改。检察院要求补交材料时，您可以按通知上传；案件办理期间也可以补充证据材料。内容有重大错误的，可以撤回后重新提交。
      </FaqItem>
    </>
  )
}

function FaqOnScopeAndAccess(props: { phone: string }) {
  return (
    <>
      <FaqItem question="检察院能直接帮我执行回款吗？">
        不能。检察院监督的是法院的执行活动，发现违法会督促法院纠正，但不代替法院执行，也不直接查封财产或收付钱款。
      </FaqItem>
      <FaqItem question="对判决结果不服怎么办？">
        这属于“生效裁判监督”，不是本平台办理的执行监督。通常要先向法院申请再审；法院驳回再审申请或者再审判决、裁定生效后，当事人可以向检察院申请监督，应当在两年内提出。具体可以通过{' '}
        <Link12309 /> 或拨打 {props.phone} 咨询。
      </FaqItem>
      <FaqItem question="对方会知道我申请了吗？">
        会。受理后，检察院在向您发出受理通知书的同时，会把受理通知书和监督申请书副本发送其他当事人，他们可以在十五日内提出书面意见（
        {RULES}第三十三条）。所以申请书里请不要写与本案无关的个人隐私。
      </FaqItem>
      <FaqItem question="不会用手机怎么办？">
        可以到本院控告申诉窗口办理，工作人员可以在窗口帮您录入申请；也可以先拨打 {props.phone}{' '}
        咨询。请带上身份证件和相关材料。
      </FaqItem>
      <FaqItem question="我的个人信息安全吗？">
        我们只收集办理申请所必需的信息，并采取加密等措施保护。详见
        <a href="/privacy">个人信息处理告知</a>。
      </FaqItem>
    </>
  )
}
