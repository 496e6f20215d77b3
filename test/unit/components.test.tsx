import { describe, expect, it } from 'vitest'
import { Checkbox, CheckboxGroup, RadioGroup } from '../../views/components/choices.js'
import { ErrorSummary } from '../../views/components/error-summary.js'
import { SelectField, TextArea, TextField } from '../../views/components/field.js'
import { FileField } from '../../views/components/file-field.js'
import { Form, Honeypot } from '../../views/components/form.js'

const html = async (node: unknown) =>
  (await (node as { toString(): string | Promise<string> }).toString()).toString()

describe('text fields', () => {
  it('tie label, hint and error to the input', async () => {
    const out = await html(
      <TextField
        name="phone"
        label="手机号码"
        hint="11 位数字"
        error="手机号码应为 11 位"
        value="138"
        type="tel"
      />,
    )
    expect(out).toContain('<label class="label" for="field-phone">手机号码</label>')
    expect(out).toContain('id="field-phone-hint"')
    expect(out).toContain(
      '<span class="field-error" id="field-phone-error"><span class="visually-hidden">错误：</span>手机号码应为 11 位</span>',
    )
    expect(out).toContain('aria-describedby="field-phone-hint field-phone-error"')
    expect(out).toContain('aria-invalid="true"')
    expect(out).toContain('class="form-group form-group--error"')
    expect(out).toContain('value="138"')
  })

  it('mark optional fields and leave valid ones without error attributes', async () => {
    const out = await html(<TextField name="workplace" label="工作单位" optional />)
    expect(out).toContain('<span class="optional">（选填）</span>')
    expect(out).not.toContain('aria-invalid')
    expect(out).not.toContain('aria-describedby')
  })

  it('keep long text inside the textarea, escaped', async () => {
    const out = await html(
      <TextArea name="facts" label="事实与理由" value={'第一行\n<b>第二行</b>'} maxlength={5000} />,
    )
    expect(out).toContain('maxlength="5000"')
    expect(out).toContain('第一行\n&lt;b&gt;第二行&lt;/b&gt;</textarea>')
  })

  it('select the chosen option', async () => {
    const out = await html(
      <SelectField
        name="court"
        label="执行法院"
        value="豫0403"
        options={[
          { value: '豫0403', label: '卫东区法院' },
          { value: 'other', label: '其他法院' },
        ]}
      />,
    )
    expect(out).toContain('<option value="豫0403" selected="">卫东区法院</option>')
    expect(out).toContain('<option value="">请选择</option>')
  })
})

describe('choice groups', () => {
  const options = [
    { value: 'a', label: '申请执行人', hint: '申请法院执行的一方' },
    { value: 'b', label: '被执行人' },
  ]

  it('put radios in a fieldset with a legend; the first radio carries the field id', async () => {
    const out = await html(
      <RadioGroup name="role" legend="身份" options={options} value="b" error="请选择身份" />,
    )
    expect(out).toContain('<legend class="fieldset__legend">身份</legend>')
    expect(out).toContain('id="field-role" name="role" type="radio" value="a"')
    expect(out).toContain('id="field-role-2" name="role" type="radio" value="b" checked=""')
    expect(out).toContain('aria-describedby="field-role-item-hint"')
    expect(out).toContain('<fieldset class="fieldset" aria-describedby="field-role-error">')
  })

  it('check every chosen checkbox', async () => {
    const out = await html(
      <CheckboxGroup name="matters" legend="事项" options={options} values={['a', 'b']} />,
    )
    expect(out.match(/checked=""/g)).toHaveLength(2)
  })

  it('render a single declaration checkbox', async () => {
    const out = await html(
      <Checkbox name="declaration" label="本人承诺所填信息及所附材料真实" error="请确认承诺" />,
    )
    expect(out).toContain('<label for="field-declaration">本人承诺所填信息及所附材料真实</label>')
    expect(out).toContain('aria-invalid="true"')
  })
})

describe('file field, error summary and form', () => {
  it('offer PDF and images to the picker', async () => {
    const out = await html(<FileField name="evidence" label="证据材料" multiple optional />)
    expect(out).toContain('type="file" multiple=""')
    expect(out).toContain('accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"')
  })

  it('link every problem to its field, and render nothing without problems', async () => {
    const out = await html(
      <ErrorSummary errors={{ name: '请输入姓名', 'parties.0.name': '请输入当事人姓名' }} />,
    )
    expect(out).toContain('<a href="#field-name">请输入姓名</a>')
    expect(out).toContain('<a href="#field-parties-0-name">请输入当事人姓名</a>')
    expect(await html(<ErrorSummary errors={{}} />)).toBe('')
  })

  it('carry the CSRF token as a field, and in the action for uploads', async () => {
    const plain = await html(
      <Form action="/apply/step" csrfToken="tok">
        <span />
      </Form>,
    )
    expect(plain).toContain('<form method="post" action="/apply/step" novalidate="">')
    expect(plain).toContain('<input type="hidden" name="_csrf" value="tok"/>')
    const upload = await html(
      <Form action="/apply/files?slot=1" csrfToken="t+k" multipart>
        <span />
      </Form>,
    )
    expect(upload).toContain(
      'action="/apply/files?slot=1&amp;_csrf=t%2Bk" enctype="multipart/form-data"',
    )
  })

  it('hide the honeypot from people and assistive technology', async () => {
    const out = await html(<Honeypot />)
    expect(out).toContain('class="honeypot" aria-hidden="true"')
    expect(out).toContain('tabindex="-1"')
  })
})
