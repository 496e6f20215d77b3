import type { SiteSettingsForm } from '../../../../src/staff/admin/settings/site-settings.schema.js'
import { Checkbox } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import type { FormErrors } from '../../../../src/http/form.js'
import { TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

export type SiteSettingsPageProps = {
  csrfToken: string
  form: SiteSettingsForm
  errors: FormErrors
  notice?: string | undefined
}

export function SiteSettingsPage(props: SiteSettingsPageProps) {
  const { form, errors } = props
  return (
    <>
      <ErrorSummary errors={errors} />
      {props.notice ? (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      ) : null}
      <h1>系统设置</h1>
      <Form action="/staff/admin/settings" csrfToken={props.csrfToken}>
        <h2>本院信息</h2>
        <p>以下信息显示在公开页面、回执和文书上。</p>
        <TextField
          name="name"
          label="检察院全称"
          value={form.name}
          error={errors.name}
          maxlength={100}
        />
        <TextField
          name="shortName"
          label="简称"
          hint="版面较窄处使用，例如“卫东区检察院”"
          value={form.shortName}
          error={errors.shortName}
          maxlength={40}
        />
        <TextField
          name="address"
          label="地址"
          value={form.address}
          error={errors.address}
          maxlength={200}
        />
        <TextField
          name="phone"
          label="电话"
          value={form.phone}
          error={errors.phone}
          maxlength={40}
          type="tel"
        />
        <TextField
          name="supplementPeriodDays"
          label="默认补正期限（天）"
          hint="要求申请人补正材料时默认给予的天数，1 至 60 天；办理时仍可另行设定"
          value={form.supplementPeriodDays}
          error={errors.supplementPeriodDays}
          inputmode="numeric"
          maxlength={2}
          short
        />
        <h2 id="field-courts">本院监督的法院</h2>
        {errors.courts ? (
          <p class="field-error">
            <span class="visually-hidden">错误：</span>
            {errors.courts}
          </p>
        ) : null}
        <p>同级管辖：填写法院全称和案号中使用的法院代字（如“豫0403”）。留空的行不会保存。</p>
        {form.courts.map((court, i) => (
          <fieldset class="fieldset court-row">
            <legend class="fieldset__legend">第 {i + 1} 个法院</legend>
            <TextField
              name={`courts.${i}.name`}
              label="法院全称"
              value={court.name}
              error={errors[`courts.${i}.name`]}
              maxlength={100}
            />
            <TextField
              name={`courts.${i}.code`}
              label="法院代字"
              value={court.code}
              error={errors[`courts.${i}.code`]}
              maxlength={10}
              short
            />
            {court.code || court.name ? (
              <Checkbox
                name={`courts.${i}.remove`}
                label="删除此法院"
                checked={court.remove ?? false}
              />
            ) : null}
          </fieldset>
        ))}
        <div class="button-group">
          <Button variant="secondary" name="intent" value="add_row">
            增加一行
          </Button>
        </div>
        <div class="button-group">
          <Button name="intent" value="save">
            保存设置
          </Button>
        </div>
      </Form>
    </>
  )
}
