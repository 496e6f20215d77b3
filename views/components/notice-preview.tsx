import type { NoticePreview } from '../../src/notices/notice-preview.js'
import { fieldId } from './field-ids.js'
import { Button } from './form.js'

/**
 * The buttons of a form that issues a numbered notice (docs/decisions/104-notice-preview.md): first
 * only 预览; once the preview is on the page, the confirmation (carrying the preview's digest) and a
 * second preview after changes. Inside the action's <form>.
 */
export function NoticeButtons(props: {
  preview?: NoticePreview | undefined
  heading: string
  issue: string
  warning?: boolean
  /** where 取消 leads (the application page) */
  cancel?: string
}) {
  const cancel = props.cancel ? (
    <a class="button button--secondary" href={props.cancel}>
      取消
    </a>
  ) : null
  const { preview } = props
  if (!preview)
    return (
      <div class="button-group">
        <Button name="step" value="preview">
          预览{props.heading}
        </Button>
        {cancel}
      </div>
    )
  return (
    <>
      <NoticePreviewPanel preview={preview} />
      <input type="hidden" name="previewed" value={preview.digest} />
      <div class="button-group">
        <Button name="step" value="issue" variant={props.warning ? 'warning' : 'primary'}>
          {props.issue}
        </Button>
        <Button name="step" value="preview" variant="secondary">
          按修改后的内容重新预览
        </Button>
        {cancel}
      </div>
    </>
  )
}

/** The notice as the applicant will read it; the number is taken only when it is issued. */
export function NoticePreviewPanel({ preview }: { preview: NoticePreview }) {
  const t = preview.text
  return (
    <section
      class="notice-preview"
      id={fieldId('previewed')}
      tabindex={-1}
      aria-labelledby="notice-preview-title"
    >
      <h2 id="notice-preview-title">预览：{preview.heading}</h2>
      <p class="hint">
        以下是将要发给申请人的文书正文。确认发出时才取文书编号，发出后不能撤回；需要修改的，改动上面的内容后重新预览。
      </p>
      <div class="notice-preview__paper">
        <p class="notice-preview__issuer">{preview.procuratorateName}</p>
        <p class="notice-preview__heading">{preview.heading}</p>
        <p class="notice-preview__number">文号：确认发出时编号</p>
        <dl class="notice-preview__facts">
          {preview.facts.map((f) => (
            <div>
              <dt>{f.term}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
        <p>{t.salutation}</p>
        {[...t.before, ...t.list, ...t.after].map((paragraph) => (
          <p class="notice-preview__paragraph">{paragraph}</p>
        ))}
        <p class="notice-preview__signature">
          {preview.procuratorateName}
          <br />
          {preview.date}
        </p>
      </div>
    </section>
  )
}
