import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import { Checkbox, RadioGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { TextArea, TextField } from '../../../components/field.js'
import { FileField } from '../../../components/file-field.js'
import { Button, Form } from '../../../components/form.js'

/**
 * 登记交办、移送案件: the source document (交办通知书 or 移送函) with its organ, number, dates and the
 * 办理期限 it sets (规则 第四十二条), the party, the court case and what is asked.
 */
export function HandedDownNewPage(p: {
  csrfToken: string
  kinds: { value: string; label: string }[]
  upperOrgan: string
  values: FormValues
  errors: FormErrors
}) {
  const v = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined)
  return (
    <>
      <a class="back-link" href="/staff">
        返回办件队列
      </a>
      <ErrorSummary errors={p.errors} />
      <h1>登记交办、移送案件</h1>
      <p>
        上级人民检察院受理后交由本院办理的案件（《人民检察院民事诉讼监督规则》第四十二条），上级院交办的信访案件（第三十六条），以及其他机关、部门移送的案件，凭来文登记。交办案件按交办通知书限定的期限办理，本院不得再行交办。
      </p>
      <Form action="/staff/handed-down" csrfToken={p.csrfToken} multipart>
        <RadioGroup
          name="kind"
          legend="案件来源"
          options={p.kinds}
          value={v('kind')}
          error={p.errors.kind}
        />
        <Checkbox
          name="reviewRuling"
          label="申请人不服上级人民法院的执行复议裁定、决定，由上级院受理后交办（第三十条第二款、第一百零七条：本院审查后提请上级院监督或者作出不支持监督申请的决定）"
          checked={v('reviewRuling') === 'yes'}
          error={p.errors.reviewRuling}
        />
        <TextField
          name="sourceOrgan"
          label="来文机关"
          hint={`例如：${p.upperOrgan}`}
          value={v('sourceOrgan')}
          error={p.errors.sourceOrgan}
        />
        <TextField
          name="sourceNumber"
          label="来文文号"
          hint="交办通知书或移送函的文号"
          value={v('sourceNumber')}
          error={p.errors.sourceNumber}
        />
        <TextField
          name="sourceDated"
          label="来文日期"
          hint="例如 2026-12-01"
          value={v('sourceDated')}
          error={p.errors.sourceDated}
        />
        <TextField
          name="receivedOn"
          label="本院收到日期"
          hint="例如 2026-12-03"
          value={v('receivedOn')}
          error={p.errors.receivedOn}
        />
        <TextField
          name="dueOn"
          label="办理期限"
          hint="交办通知书限定的期限届满日；移送函没有写明期限的可以不填"
          value={v('dueOn')}
          error={p.errors.dueOn}
          optional
        />
        <TextField
          name="partyName"
          label="申请人（当事人）姓名或名称"
          value={v('partyName')}
          error={p.errors.partyName}
        />
        <TextField
          name="courtName"
          label="执行法院"
          value={v('courtName')}
          error={p.errors.courtName}
        />
        <TextField
          name="courtCaseNo"
          label="执行案号"
          value={v('courtCaseNo')}
          error={p.errors.courtCaseNo}
        />
        <TextArea
          name="summary"
          label="案件概要和交办、移送要求"
          rows={5}
          value={v('summary')}
          error={p.errors.summary}
        />
        <FileField
          name="document"
          label="交办通知书或移送函"
          hint="PDF、JPG 或 PNG，不超过 20 MB"
          accept=".pdf,.jpg,.jpeg,.png"
          error={p.errors.document}
        />
        <Button>登记</Button>
      </Form>
    </>
  )
}
