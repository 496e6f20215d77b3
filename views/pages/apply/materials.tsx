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
  /** files just uploaded, for the success message */
  uploaded?: number | undefined
}

export const MATERIALS_SAVE_PATH = '/apply/materials/save'
export const FILE_LIMIT_TEXT = '一次申请最多上传 30 个文件，合计不超过 100 MB'

/**
 * docs/product.md §5: one form for the whole page, so whichever button is pressed every chosen
 * file is uploaded (or the reason is shown under it). Works without JavaScript; the 删除 buttons
 * submit small forms of their own, placed after the page's form (forms cannot nest).
 */
export function MaterialsPage(props: MaterialsPageProps) {
  const files = props.slots.flatMap((s) => s.files)
  return (
    <>
      <WizardHeader {...props} title="上传材料" />
      {props.uploaded ? (
        <div class="notice notice--success" role="status">
          <p>已上传 {props.uploaded} 个文件。</p>
        </div>
      ) : null}
      <p class="lead">
        可以上传 PDF、JPG 或 PNG 文件，每个文件不超过 20 MB，{FILE_LIMIT_TEXT}
        。手机拍照请保证文字清楚。
      </p>
      <p>
        选好文件后，点该项下面的“上传”按钮，或者直接点页面最下方的“保存并继续”，选好的文件都会上传。
      </p>
      <Form action={MATERIALS_SAVE_PATH} csrfToken={props.csrfToken} multipart>
        {props.slots.map((s) => (
          <SlotSection
            slot={s}
            error={props.errors[`file-${s.slot}`]}
            generateLetter={props.generateLetter}
          />
        ))}
        <div class="button-group">
          <Button>保存并继续</Button>
        </div>
      </Form>
      {files.map((f) => (
        <Form action="/apply/materials/remove" csrfToken={props.csrfToken} id={`remove-${f.id}`}>
          <input type="hidden" name="id" value={f.id} />
        </Form>
      ))}
    </>
  )
}

function SlotSection(props: {
  slot: MaterialsSlotView
  error: string | undefined
  generateLetter: boolean
}) {
  const s = props.slot
  const letter = s.slot === 'application_letter'
  return (
    <section class="panel" aria-labelledby={`slot-${s.slot}`}>
      <h2 id={`slot-${s.slot}`}>
        {s.label}
        {s.required ? null : <span class="optional">（选填）</span>}
        <span class="slot-count">
          {s.files.length > 0 ? `已上传 ${s.files.length} 个文件` : '尚未上传'}
        </span>
      </h2>
      {letter ? (
        <Checkbox
          name="generateLetter"
          label="根据我填写的内容生成申请书（推荐）"
          checked={props.generateLetter}
        />
      ) : null}
      {s.files.length > 0 ? <FileList files={s.files} /> : null}
      <FileField
        name={`file-${s.slot}`}
        label={letter ? '或者上传您签名的申请书' : `选择${s.label}文件`}
        hint={s.hint}
        error={props.error}
        multiple={!s.describe}
        optional={letter}
      />
      {s.describe ? (
        <TextField
          name="description"
          label="证据说明"
          hint="例如：2024 年 3 月法院划扣存款的银行流水"
        />
      ) : null}
      <Button variant="secondary" name="upload" value={s.slot}>
        上传{s.label}
      </Button>
    </section>
  )
}

function FileList(props: { files: MaterialsSlotView['files'] }) {
  return (
    <ul class="file-list">
      {props.files.map((f) => (
        <li>
          {f.name}（{f.size}）{f.description ? `：${f.description}` : ''}
          <button class="link-button" type="submit" form={`remove-${f.id}`}>
            删除<span class="visually-hidden">{f.name}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
