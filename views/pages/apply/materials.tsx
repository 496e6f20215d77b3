import { Checkbox } from '../../components/choices.js'
import { TextField } from '../../components/field.js'
import type { FormErrors } from '../../../src/http/form.js'
import { FileField } from '../../components/file-field.js'
import { Button, Form } from '../../components/form.js'
import { WizardHeader } from './wizard-page.js'

export type MaterialsSlotView = {
  slot: string
  label: string
  hint: string
  required: boolean
  describe: boolean
  files: { id: string; name: string; size: string; description: string | null }[]
}

export type MaterialsPageProps = {
  slots: MaterialsSlotView[]
  generateLetter: boolean
  errors: FormErrors
  csrfToken: string
  stepNumber: number
  totalSteps: number
  backHref: string
}

/** docs/product.md §5: one small upload form per kind of material, so each works without JavaScript. */
export function MaterialsPage(props: MaterialsPageProps) {
  return (
    <>
      <WizardHeader {...props} title="上传材料" />
      <p class="lead">
        可以上传 PDF、JPG 或 PNG 文件，每个文件不超过 20 MB，一件申请合计不超过 30 个文件、100
        MB。手机拍照请保证文字清楚。
      </p>
      {props.slots.map((s) => (
        <SlotSection slot={s} csrfToken={props.csrfToken} error={props.errors[`file-${s.slot}`]} />
      ))}
      <h2>完成上传</h2>
      <Form action="/apply/materials" csrfToken={props.csrfToken}>
        <Checkbox
          name="generateLetter"
          label="根据我填写的内容生成申请书"
          checked={props.generateLetter}
        />
        <div class="button-group">
          <Button>保存并继续</Button>
        </div>
      </Form>
    </>
  )
}

function SlotSection(props: {
  slot: MaterialsSlotView
  csrfToken: string
  error: string | undefined
}) {
  const s = props.slot
  return (
    <section class="panel" aria-labelledby={`slot-${s.slot}`}>
      <h2 id={`slot-${s.slot}`}>
        {s.label}
        {s.required ? null : <span class="optional">（选填）</span>}
      </h2>
      {s.files.length > 0 ? (
        <ul class="file-list">
          {s.files.map((f) => (
            <li>
              {f.name}（{f.size}）{f.description ? `：${f.description}` : ''}
              <Form action="/apply/materials/remove" csrfToken={props.csrfToken}>
                <input type="hidden" name="id" value={f.id} />
                <button class="link-button" type="submit">
                  删除<span class="visually-hidden">{f.name}</span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">尚未上传。</p>
      )}
      <Form action={`/apply/materials/upload?slot=${s.slot}`} csrfToken={props.csrfToken} multipart>
        <FileField
          name={`file-${s.slot}`}
          label={`选择${s.label}文件`}
          hint={s.hint}
          error={props.error}
          multiple={!s.describe}
        />
        {s.describe ? (
          <TextField
            name="description"
            label="证据说明"
            hint="例如：2024 年 3 月法院划扣存款的银行流水"
          />
        ) : null}
        <Button variant="secondary">上传{s.label}</Button>
      </Form>
    </section>
  )
}
