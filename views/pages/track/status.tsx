import type { FormErrors } from '../../../src/http/form.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { Form } from '../../components/form.js'
import { SupplementPanel, type SupplementView } from './supplement-panel.js'
import { EvidenceForm } from './evidence-form.js'
import { HandlerSection } from './handler.js'

export type StatusPageProps = {
  trackingCode: string
  stage: { label: string; meaning: string; youCanDo: string[]; legalBasis?: string | undefined }
  nextStep?: { text: string; due: string; explanation: string } | undefined
  timeline: { date: string; text: string; note?: string | undefined }[]
  canWithdraw: boolean
  /** a withdrawal after 受理 waits for the procuratorate's decision */
  withdrawalPending: boolean
  canAddEvidence: boolean
  /** the handling prosecutor, once assigned; no other staff name is ever shown */
  handler?: string | undefined
  /** the handler's 法律职务 (规则 第四十五条) */
  handlerTitle?: string | undefined
  /** 回避 (规则 第十四条、第十七条): a request may be made now; a refusal may be contested once */
  recusal: { canRequest: boolean; canRequestReview: boolean }
  documents: { href: string; title: string }[]
  supplement?: SupplementView | undefined
  materials: { slot: string; name: string; size: string; hash: string }[]
  csrfToken: string
  /** a refused 补正 upload, shown on this page rather than on an error page */
  errors?: FormErrors | undefined
}

/** The applicant's own view (docs/product.md §7): nothing internal — no notes, flags or staff reasoning. */
export function StatusPage(props: StatusPageProps) {
  return (
    <>
      <p class="hint">查询码 {props.trackingCode}</p>
      <ErrorSummary errors={props.errors ?? {}} title="文件没有上传成功" />
      <h1>办理进度</h1>
      {props.supplement ? (
        <SupplementPanel s={props.supplement} csrfToken={props.csrfToken} errors={props.errors} />
      ) : null}
      <div class="panel">
        <h2>当前状态：{props.stage.label}</h2>
        <p>{props.stage.meaning}</p>
        {props.stage.legalBasis ? <p class="hint">依据：{props.stage.legalBasis}</p> : null}
        {props.stage.youCanDo.length > 0 ? (
          <>
            <h3>您现在可以</h3>
            <ul>
              {props.stage.youCanDo.map((t) => (
                <li>{t}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      {props.nextStep ? (
        <>
          <h2>下一步</h2>
          <p>
            {props.nextStep.text}，期限：<strong>{props.nextStep.due}</strong>
          </p>
          <details>
            <summary>这个日期是怎么算的</summary>
            <p>{props.nextStep.explanation}</p>
          </details>
        </>
      ) : null}
      <h2>办理经过</h2>
      <ol class="timeline">
        {props.timeline.map((e) => (
          <li>
            <strong>{e.date}</strong> {e.text}
            {e.note ? <p class="preserve-lines">{e.note}</p> : null}
          </li>
        ))}
      </ol>
      <h2>文书</h2>
      <ul>
        <li>
          <a href="/track/receipt">收件回执（PDF）</a>
        </li>
        {props.documents.map((d) => (
          <li>
            <a href={d.href}>{d.title}</a>
          </li>
        ))}
      </ul>
      <h2>已提交的材料</h2>
      <div class="table-wrap" role="region" tabindex={0} aria-labelledby="materials-caption">
        <table>
          <caption id="materials-caption">文件编号（用于核对文件没有被改动）</caption>
          <thead>
            <tr>
              <th scope="col">类别</th>
              <th scope="col">文件名</th>
              <th scope="col">大小</th>
              <th scope="col">校验值</th>
            </tr>
          </thead>
          <tbody>
            {props.materials.map((m) => (
              <tr>
                <td>{m.slot}</td>
                <td>{m.name}</td>
                <td>{m.size}</td>
                <td>
                  <code>{m.hash}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.handler || props.recusal.canRequest || props.recusal.canRequestReview ? (
        <HandlerSection
          handler={
            props.handler
              ? { name: props.handler, title: props.handlerTitle ?? '检察官' }
              : undefined
          }
          recusal={props.recusal}
          csrfToken={props.csrfToken}
        />
      ) : null}
      {props.canAddEvidence ? <EvidenceForm csrfToken={props.csrfToken} /> : null}
      {props.withdrawalPending ? (
        <>
          <h2>撤回申请</h2>
          <p>
            您已经申请撤回。案件已经受理，撤回须经本院审查决定：准许的，本院作出终结审查决定并发给您；不准许的，本院会告诉您理由，案件继续审查。在本院作出决定前，案件仍在审查中。
          </p>
        </>
      ) : null}
      {props.canWithdraw ? (
        <>
          <h2>撤回申请</h2>
          <p>
            如果不再需要检察院监督（例如法院已经纠正），可以撤回申请。
            <a href="/track/withdraw">撤回申请</a>
          </p>
        </>
      ) : null}
      <Form action="/track/logout" csrfToken={props.csrfToken}>
        <button class="button button--secondary" type="submit">
          退出查询
        </button>
      </Form>
    </>
  )
}
