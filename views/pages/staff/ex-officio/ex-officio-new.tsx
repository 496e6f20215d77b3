import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import { RadioGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { SelectField, TextArea, TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

type Option = { value: string; label: string }

export type ExOfficioNewProps = {
  csrfToken: string
  sources: Option[]
  grounds: Option[]
  values: FormValues
  errors: FormErrors
}

/** Opening an ex-officio case by hand: where it came from, the ground, the court case, the facts. */
export function ExOfficioNewPage(p: ExOfficioNewProps) {
  const v = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined)
  return (
    <>
      <ErrorSummary errors={p.errors} />
      <h1>依职权立案</h1>
      <p>
        本院在履职中发现的执行活动违法情形，不经当事人申请即可依职权监督。依职权案件没有申请人，不产生查询码、公开页面或给申请人的邮件。
      </p>
      <Form action="/staff/ex-officio" csrfToken={p.csrfToken}>
        <SelectField
          name="source"
          label="案件来源"
          options={p.sources}
          value={v('source')}
          error={p.errors.source}
        />
        <RadioGroup
          name="ground"
          legend="依职权监督的情形"
          options={p.grounds}
          value={v('ground')}
          error={p.errors.ground}
        />
        <TextField
          name="courtName"
          label="执行法院"
          value={v('courtName')}
          error={p.errors.courtName}
          maxlength={60}
        />
        <TextField
          name="courtCaseNo"
          label="执行案号"
          hint="例如：（2024）豫0403执123号"
          value={v('courtCaseNo')}
          error={p.errors.courtCaseNo}
          maxlength={60}
        />
        <TextArea
          name="facts"
          label="发现的情况"
          value={v('facts')}
          error={p.errors.facts}
          maxlength={2000}
        />
        <Button>立案</Button>
      </Form>
    </>
  )
}
