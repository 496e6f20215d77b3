import type { NumberSettingsView } from '../../../../src/staff/admin/document-numbers/document-numbers-view.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import type { FormErrors } from '../../../../src/http/form.js'
import { TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

export type DocumentNumbersPageProps = {
  csrfToken: string
  view: NumberSettingsView
  errors: FormErrors
  saved?: boolean
}

/** Admin: the 文号 templates of every notice kind (docs/product.md §8 site settings, §10). */
export function DocumentNumbersPage(props: DocumentNumbersPageProps) {
  const { view, errors } = props
  return (
    <>
      <ErrorSummary errors={errors} />
      {props.saved ? (
        <div class="notice" role="status">
          <p>文书编号设置已保存，今后出具的文书按新的格式编号。</p>
        </div>
      ) : null}
      <h1>文书编号</h1>
      <p>
        每类文书按年度分别从 1 起连续编号，序号不补零。模板中可使用：{'{简称}'}（本院文号简称）、
        {'{类}'}（该类文书的代字）、{'{年}'}（年度）、{'{序号}'}（序号）。模板必须包含 {'{年}'} 和{' '}
        {'{序号}'}，年份请写在六角括号〔〕内。
      </p>
      <div class="notice" data-testid="numbering-confirm">
        <p>
          请先与本院负责案件管理的部门确认后再启用：检察法律文书通常在检察业务应用系统中统一编号、用印，本平台另行编号可能与之重复或者冲突。当前的默认值（如“卫东检民执监受〔年〕号”、发给其他当事人的受理通知书代字“受他”）只是占位，机关代字、类别代字都须由本院核定；如果统一使用检察业务应用系统的文号，请按该系统的格式填写。
        </p>
      </div>
      <Form action="/staff/admin/document-numbers" csrfToken={props.csrfToken}>
        <TextField
          name="abbreviation"
          label="本院文号简称"
          hint="例如“卫东”，文号显示为“卫东检民执监受〔2026〕1号”"
          short
          value={view.abbreviation}
          error={errors.abbreviation}
          maxlength={10}
        />
        {view.rows.map((row) => (
          <fieldset class="fieldset number-format">
            <legend class="fieldset__legend">{row.title}</legend>
            <TextField
              name={`code_${row.kind}`}
              label="类别代字"
              short
              value={row.typeCode}
              error={errors[`code_${row.kind}`]}
              maxlength={10}
            />
            <TextField
              name={`template_${row.kind}`}
              label="文号模板"
              value={row.template}
              error={errors[`template_${row.kind}`]}
              maxlength={60}
            />
            <p class="field-hint" data-testid={`preview-${row.kind}`}>
              {row.preview
                ? `${view.year} 年下一个文号：${row.preview}`
                : '模板有误，改正后显示预览'}
            </p>
          </fieldset>
        ))}
        <Button>保存</Button>
      </Form>
    </>
  )
}
