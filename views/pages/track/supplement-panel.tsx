import type { FormErrors } from '../../../src/http/form.js'
import { FieldShell } from '../../components/field.js'
import { fieldId } from '../../components/field-ids.js'
import { Button, Form } from '../../components/form.js'

export type SupplementView = {
  /** set once the 补正通知书 has been served: the period runs from service */
  due?: { deadline: string; daysLeft: number; explanation: string } | undefined
  periodDays?: number | undefined
  items: { key: string; label: string; detail?: string | undefined; files: string[] }[]
  allAnswered: boolean
}

/** 补正通知: every missing item at once, its deadline with a countdown, an upload per item. */
export function SupplementPanel(props: {
  s: SupplementView
  csrfToken: string
  /** a refused upload: the message under its item, keyed `supplement-<item>` */
  errors?: FormErrors | undefined
}) {
  const { s } = props
  return (
    <section class="notice" aria-labelledby="supplement-title">
      <h2 id="supplement-title">请补充材料</h2>
      {s.due ? (
        <>
          <p>
            请在 <strong>{s.due.deadline}</strong> 前补齐下列全部材料（还有 {s.due.daysLeft}{' '}
            天）。逾期未补齐的，视为撤回申请。
          </p>
          <details>
            <summary>这个日期是怎么算的</summary>
            <p>{s.due.explanation}</p>
          </details>
        </>
      ) : (
        <p>
          请补齐下列全部材料。补正期限{s.periodDays ? `为 ${s.periodDays} 日，` : ''}
          自补正通知书送达您之日起计算；本院登记送达后，这里会显示截止日期。
        </p>
      )}
      <ol>
        {s.items.map((item) => (
          <li>
            <strong>{item.label}</strong>
            {item.detail ? `：${item.detail}` : ''}
            {item.files.length > 0 ? (
              <p>已上传：{item.files.join('、')}</p>
            ) : (
              <p class="hint">尚未上传</p>
            )}
            <Form
              action={`/track/supplement/upload?item=${encodeURIComponent(item.key)}`}
              csrfToken={props.csrfToken}
              multipart
            >
              {/* one id per item: FileField's id comes from the name, "file" in every form */}
              <FieldShell
                name="file"
                id={fieldId(`supplement-${item.key}`)}
                label={`选择“${item.label}”文件`}
                error={props.errors?.[`supplement-${item.key}`]}
              >
                <input
                  class="file-input"
                  id={fieldId(`supplement-${item.key}`)}
                  name="file"
                  type="file"
                  multiple
                  aria-invalid={props.errors?.[`supplement-${item.key}`] ? 'true' : undefined}
                  accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                />
              </FieldShell>
              <Button variant="secondary">上传</Button>
            </Form>
          </li>
        ))}
      </ol>
      {s.allAnswered ? (
        <Form action="/track/supplement/complete" csrfToken={props.csrfToken}>
          <Button>补正材料已齐全，提交</Button>
        </Form>
      ) : (
        <p>全部材料上传后，请点击“提交”。</p>
      )}
    </section>
  )
}
