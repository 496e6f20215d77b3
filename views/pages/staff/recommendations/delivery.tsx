import type { RecommendationDetail } from '../../../../src/recommendations/detail-view.service.js'
import { RadioGroup } from '../../../components/choices.js'
import { TextField } from '../../../components/field.js'
import { FileField } from '../../../components/file-field.js'
import { Button, Form } from '../../../components/form.js'
import { formState, type RecommendationPageProps } from './detail.js'

/** The court's extension letter as recorded: its 文号, date, the new reply date and the file. */
export function ExtensionFacts(props: { detail: RecommendationDetail; mayDownload: boolean }) {
  const d = props.detail
  return (
    <section aria-labelledby="extension-facts-heading">
      <h2 id="extension-facts-heading">法院延长回复期限</h2>
      <dl class="summary-list">
        <div>
          <dt>延期函</dt>
          <dd>
            {d.extension_letter}，{d.extended_on}
          </dd>
        </div>
        <div>
          <dt>延长后的回复期限</dt>
          <dd>{d.reply_due}</dd>
        </div>
        {d.extension_file_name ? (
          <div>
            <dt>延期函文件</dt>
            <dd>
              {props.mayDownload ? (
                <a href={`/staff/recommendations/${d.id}/extension/file`}>
                  {d.extension_file_name}
                </a>
              ) : (
                d.extension_file_name
              )}
              <br />
              <span class="hint">SHA-256：{d.extension_file_sha256}</span>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  )
}

export function ServiceForm(props: RecommendationPageProps) {
  const { text, errors } = formState(props, 'service')
  return (
    <section aria-labelledby="service-heading">
      <h2 id="service-heading">登记送达</h2>
      <p>法院回复的三个月期限自法院收到检察建议书之日起计算（两高规定 第十三条）。</p>
      <Form
        action={`/staff/recommendations/${props.detail.id}/service`}
        csrfToken={props.csrfToken}
      >
        <input type="hidden" name="version" value={String(props.detail.version)} />
        <TextField
          name="servedOn"
          label="法院收到检察建议书的日期"
          type="date"
          hint="以送达回证、邮件签收或电子送达回执上的日期为准，例如 2026-12-01"
          value={text('servedOn')}
          error={errors.servedOn}
        />
        <RadioGroup
          name="method"
          legend="送达方式"
          options={[
            { value: 'direct', label: '直接送达' },
            { value: 'mail', label: '邮寄送达' },
            { value: 'electronic', label: '电子送达' },
          ]}
          value={text('method')}
          error={errors.method}
        />
        <Button>登记送达</Button>
      </Form>
    </section>
  )
}

export function ExtensionForm(props: RecommendationPageProps) {
  const { text, errors } = formState(props, 'extension')
  return (
    <section aria-labelledby="extension-heading">
      <h2 id="extension-heading">登记法院延长回复期限</h2>
      <p>有特殊情况的，经法院院长批准可以延长一个月（两高规定 第十三条），只能延长一次。</p>
      <Form
        action={`/staff/recommendations/${props.detail.id}/extension`}
        csrfToken={props.csrfToken}
        multipart
      >
        <input type="hidden" name="version" value={String(props.detail.version)} />
        <TextField
          name="letterOn"
          label="法院延期函的日期"
          type="date"
          value={text('letterOn')}
          error={errors.letterOn}
        />
        <TextField
          name="letterNumber"
          label="法院延期函的文号"
          value={text('letterNumber')}
          error={errors.letterNumber}
          maxlength={100}
        />
        <FileField
          name="letter"
          label="法院延期函"
          hint="PDF、JPG 或 PNG，不超过 20 MB；延长后的回复期限由系统自送达之日起重新计算"
          error={errors.letter}
        />
        <Button>登记延长</Button>
      </Form>
    </section>
  )
}
