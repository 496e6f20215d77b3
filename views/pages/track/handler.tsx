import { TextArea } from '../../components/field.js'
import { Button, Form } from '../../components/form.js'

/** 承办检察官 and the right to ask for recusal (规则 第四十五条). */
export function HandlerSection(props: { name: string; csrfToken: string }) {
  return (
    <section aria-labelledby="handler-title">
      <h2 id="handler-title">承办检察官</h2>
      <p>
        本案由检察官 <strong>{props.name}</strong> 承办。
      </p>
      <details>
        <summary>申请回避</summary>
        <p>
          如果您认为承办检察官与本案有利害关系或者有其他可能影响公正办理的情形，可以申请回避（《人民检察院民事诉讼监督规则》第四十五条）。
        </p>
        <Form action="/track/recusal" csrfToken={props.csrfToken}>
          <TextArea name="reason" label="申请回避的理由" rows={4} maxlength={2000} />
          <Button variant="secondary">提交回避申请</Button>
        </Form>
      </details>
    </section>
  )
}
