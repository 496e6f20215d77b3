export type ErrorPageProps = {
  title: string
  message: string
  /** shown for server errors so a caller can quote it to staff; never a stack trace */
  requestId?: string | undefined
  /** where the person was working, e.g. their status page, so a refusal is not a dead end */
  back?: { href: string; text: string } | undefined
}

export function ErrorPage(props: ErrorPageProps) {
  return (
    <>
      <h1>{props.title}</h1>
      <p class="lead">{props.message}</p>
      {props.requestId ? (
        <p class="hint">
          请求编号：<code>{props.requestId}</code>
        </p>
      ) : null}
      <div class="button-group">
        {props.back ? (
          <a class="button" href={props.back.href}>
            {props.back.text}
          </a>
        ) : null}
        {props.back?.href.startsWith('/staff') ? null : (
          <>
            <a class={props.back ? 'button button--secondary' : 'button'} href="/">
              返回首页
            </a>
            <a class="button button--secondary" href="/guide">
              查看申请指南
            </a>
          </>
        )}
      </div>
    </>
  )
}
