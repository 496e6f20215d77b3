export type ConfirmationProps = {
  trackingCode: string
  due: string
  dueExplanation: string
  /** '7 个工作日' or '7 日' (site settings, legal review D32) */
  replyPeriod: string
  emailSent: boolean
  procuratorateName: string
  /** entered by staff at the counter: the page is the officer's, not the applicant's */
  counter?: boolean
}

/** docs/product.md §6: the code prominently, what happens next and by when, the receipt and /track. */
export function ConfirmationPage(props: ConfirmationProps) {
  if (props.counter) return <CounterConfirmation {...props} />
  return (
    <>
      <div class="panel confirmation">
        <h1>申请已提交</h1>
        <p>您的查询码</p>
        <p class="tracking-code" data-testid="tracking-code">
          {props.trackingCode}
        </p>
        <p>请记下或截图保存查询码。查询办理进度时需要查询码和手机号码后 4 位。</p>
      </div>
      <h2>接下来会怎样</h2>
      <p>
        {props.procuratorateName}将审查您的申请，并在 <strong>{props.due}</strong>{' '}
        前告知您受理、不予受理或需要补正的材料。
      </p>
      <details>
        <summary>这个日期是怎么算的</summary>
        <p>
          {props.dueExplanation}（依照 12309 检察服务“群众信访件件有回复”的要求，
          {props.replyPeriod}内作出程序性答复；起算日不计入，遇节假日顺延。）
        </p>
      </details>
      {props.emailSent ? <p>回执和查询码将发送到您填写的电子邮箱，请留意查收。</p> : null}
      <div class="button-group">
        <a class="button" href="/apply/receipt">
          下载收件回执（PDF）
        </a>
        <a class="button button--secondary" href="/track">
          查询办理进度
        </a>
      </div>
      <p class="hint">收件回执只证明本院已收到材料，不代表已经受理。</p>
    </>
  )
}

/** Counter intake ends on the officer's page: the code to hand over, the receipt to print, the desk. */
function CounterConfirmation(props: ConfirmationProps) {
  return (
    <>
      <div class="panel confirmation">
        <h1>已代为提交申请</h1>
        <p>申请人的查询码</p>
        <p class="tracking-code" data-testid="tracking-code">
          {props.trackingCode}
        </p>
        <p>请把查询码告诉申请人，并打印收件回执交给申请人签收。</p>
      </div>
      <p>
        本院将在 <strong>{props.due}</strong> 前告知申请人受理、不予受理或需要补正的材料。
      </p>
      {props.emailSent ? <p>回执和查询码也已发送到申请人填写的电子邮箱。</p> : null}
      <div class="button-group">
        <a class="button" href="/apply/receipt">
          打印收件回执（PDF）
        </a>
        <a class="button button--secondary" href="/staff">
          返回工作台
        </a>
      </div>
    </>
  )
}
