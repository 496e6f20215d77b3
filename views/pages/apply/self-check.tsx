import type { SiteView } from '../../../src/site/site-view.js'
import type { FormErrors, FormValues } from '../../../src/http/form.js'
import { RadioGroup } from '../../components/choices.js'
import { ErrorSummary } from '../../components/error-summary.js'
import type { Option } from '../../components/field.js'
import { Button, Form } from '../../components/form.js'

export const SELF_CHECK_PROGRESS = '第 1 步，共 10 步：申请前自查'

export type SelfCheckPageProps = {
  site: SiteView
  csrfToken: string
  values?: FormValues
  errors?: FormErrors
  /** came back from a draft that no longer exists (expired, or opened in another browser) */
  draftExpired?: boolean
}

/** `/apply` — 申请须知 and the self-check (docs/product.md §3): four questions, advice only, never a refusal. */
export function SelfCheckPage(props: SelfCheckPageProps) {
  const { site } = props
  return (
    <>
      <p class="hint">{SELF_CHECK_PROGRESS}</p>
      <ErrorSummary errors={props.errors ?? {}} />
      {props.draftExpired ? (
        <div class="notice" role="status">
          <p>
            没有找到您正在填写的申请：草稿超过 30
            天未填写已被删除，或者是在另一台手机、另一个浏览器上填写的。如果您填写时留了电子邮箱，请用邮件中的链接继续；否则请重新开始。
          </p>
        </div>
      ) : null}
      <h1>在线申请须知</h1>
      <p>请先回答 4 个问题，看看能否在这里申请。只是提示，不会因此拒绝您的申请。</p>
      <ElderOffer returnTo="/apply" />
      <h2 id="self-check" class="visually-hidden">
        申请前自查
      </h2>
      <SelfCheckForm {...props} />
      <p>开始前要准备什么、怎样填写，请看下面的说明。</p>
      <Notes site={site} />
    </>
  )
}

/** Offered before any typing starts, so switching never loses what was typed; hidden once on. */
export function ElderOffer(props: { returnTo: string }) {
  const href = `/display-mode?mode=elder&return=${encodeURIComponent(props.returnTo)}`
  return (
    <p class="elder-offer">
      字太小？<a href={href}>点这里用长辈模式</a>
      （字更大、按钮更大）。
    </p>
  )
}

function Notes(props: { site: SiteView }) {
  const { site } = props
  return (
    <>
      <p class="lead">
        本平台用于向{site.name}
        申请民事执行监督：您认为法院在执行案件时违反法律规定（例如拖延执行、查封错误、不当终结本次执行程序），可以在这里在线提出申请，请检察院监督法院纠正。
      </p>
      <h2>开始前请准备</h2>
      <ul>
        <li>您的身份证件（委托代理人的，还需要授权委托书）；</li>
        <li>法院的执行通知书、执行裁定书等法律文书，上面有执行法院和执行案号；</li>
        <li>能证明您所说情况的证据材料，手机拍照即可。</li>
      </ul>
      <p>
        详见<a href="/guide">申请指南</a>中的“<a href="/guide#materials">需要准备的材料</a>”。
      </p>
      <h2>填写说明</h2>
      <ul>
        <li>全部填写大约需要 15 到 20 分钟；</li>
        <li>每填完一步，系统都会自动保存草稿，中途离开的，30 天内可以接着填写；</li>
        <li>
          我们只收集办理申请所必需的个人信息，详见<a href="/privacy">个人信息处理告知</a>；
        </li>
        <li>
          不方便在网上填写的，可以拨打{' '}
          <a href={`tel:${site.phone.replace(/[^\d+]/g, '')}`}>{site.phone}</a>{' '}
          咨询，或者带上身份证件和材料到本院控告申诉窗口办理。
        </li>
      </ul>
    </>
  )
}

const ROLE_OPTIONS: Option[] = [
  { value: 'applicant_for_enforcement', label: '申请执行人', hint: '申请法院执行的一方' },
  { value: 'enforcement_debtor', label: '被执行人', hint: '被要求履行义务的一方' },
  { value: 'interested_party', label: '利害关系人', hint: '权益受到执行行为影响的人' },
  { value: 'outsider', label: '案外人', hint: '认为被执行的财产属于自己的人' },
  { value: 'agent', label: '代理人（律师或亲属代为申请）' },
  { value: 'other', label: '以上都不是' },
]

const ABOUT_OPTIONS: Option[] = [
  {
    value: 'enforcement',
    label:
      '法院的执行行为或者执行中作出的裁定（如拖延执行、查封错误、终结本次执行程序、异议裁定、拍卖裁定等）',
  },
  {
    value: 'officer_misconduct',
    label: '执行人员的违法行为（如受贿、徇私舞弊、违规会见当事人）',
  },
  { value: 'judgment', label: '作为执行依据的判决、裁定、调解书本身判错了' },
  { value: 'judge_conduct', label: '审判人员在审理中的违法行为' },
  { value: 'other', label: '其他问题' },
]

const REMEDY_OPTIONS: Option[] = [
  { value: 'none', label: '没有' },
  { value: 'pending', label: '已提出，法院正在处理' },
  { value: 'objection_only', label: '法院已作出异议裁定，我没有申请复议，也没有提起诉讼' },
  { value: 'decided', label: '法院已作出复议裁定，或者我已经提起诉讼' },
  { value: 'not_applicable', label: '我反映的是拖延执行、不执行（消极执行）' },
]

function courtOptions(site: SiteView): Option[] {
  return [
    // The code goes in the label, not in an option hint: the first option's hint would get the same
    // id as the group's hint (field-court-hint).
    ...site.courts.map((c) => ({ value: c.code, label: `${c.name}（案号中的代字为“${c.code}”）` })),
    { value: 'other_court', label: '其他法院' },
    { value: 'unknown', label: '不清楚' },
  ]
}

function textValue(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** The four questions; the staff desk's counter intake asks the same ones. */
export function SelfCheckQuestions(props: {
  site: SiteView
  values?: FormValues | undefined
  errors?: FormErrors | undefined
}) {
  const values = props.values ?? {}
  const errors = props.errors ?? {}
  const value = (name: string) => textValue(values[name])
  return (
    <>
      <RadioGroup
        name="role"
        legend="您在执行案件中的身份"
        options={ROLE_OPTIONS}
        value={value('role')}
        error={errors.role}
      />
      <RadioGroup
        name="court"
        legend="执行法院"
        hint="执行法院的名称印在法院发给您的执行通知书、执行裁定书上。"
        options={courtOptions(props.site)}
        value={value('court')}
        error={errors.court}
      />
      <RadioGroup
        name="about"
        legend="您要反映的问题"
        options={ABOUT_OPTIONS}
        value={value('about')}
        error={errors.about}
      />
      <RadioGroup
        name="remedy"
        legend="是否已向执行法院提出执行异议、申请复议或者提起诉讼"
        hint="执行异议、复议和执行异议之诉，是在法院内部纠正执行错误的办法。"
        options={REMEDY_OPTIONS}
        value={value('remedy')}
        error={errors.remedy}
      />
    </>
  )
}

function SelfCheckForm(props: SelfCheckPageProps) {
  return (
    <Form action="/apply/self-check" csrfToken={props.csrfToken}>
      <SelfCheckQuestions site={props.site} values={props.values} errors={props.errors} />
      <Button>检查是否可以申请</Button>
    </Form>
  )
}
