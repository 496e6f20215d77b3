import type { SiteSettingsForm } from '../../../../src/staff/admin/settings/site-settings.schema.js'
import { Checkbox, RadioGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import type { FormErrors } from '../../../../src/http/form.js'
import { TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

const REPLY_UNITS = [
  { value: 'working_days', label: '7 个工作日（默认）', hint: '遇周末和法定节假日不计' },
  { value: 'days', label: '7 日（自然日）', hint: '期限最后一日遇节假日顺延' },
]

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
      <p>
        <a href="/staff/admin/seal">院印和电子签名</a>
        ：上传盖在文书落款处的院印图片，查看文书的数字签名设置。
      </p>
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
          name="upperName"
          label="上一级人民检察院"
          hint="写入不予受理通知书：申请人认为本院不依法受理的，可以向上一级人民检察院申请监督（规则 第三十一条）"
          value={form.upperName}
          error={errors.upperName}
          maxlength={100}
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
          name="officeHours"
          label="办公时间"
          hint="显示在公众页面底部，例如：周一至周五 上午 8:30—12:00，下午 14:30—17:30（法定节假日除外）"
          value={form.officeHours}
          error={errors.officeHours}
          maxlength={200}
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
        <RadioGroup
          name="proceduralReplyUnit"
          legend="程序性答复的 7 日怎样计算"
          hint="受理、不予受理或通知补正的答复期限来自最高人民检察院“群众信访件件有回复”的要求，不是法律条文。最高人民检察院的报道写“7日内”，有的省院写“7个工作日内”；2024 年《人民检察院信访工作规定》的原文本系统未能核实。请本院按上级要求确认；默认值为 7 个工作日（系统上线时的做法）。更改只影响此后提交的申请。"
          options={REPLY_UNITS}
          value={form.proceduralReplyUnit}
          error={errors.proceduralReplyUnit}
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
