import type { SealView } from '../../../../src/staff/admin/seal/seal.service.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { FileField } from '../../../components/file-field.js'
import { Button, Form } from '../../../components/form.js'

/** 院印 upload and the state of the PDF signature (docs/decisions/043-seal-and-pdf-signature.md). */
export function SealPage(props: {
  csrfToken: string
  view: SealView
  error?: string | undefined
  notice?: string | undefined
}) {
  const { view } = props
  return (
    <>
      <ErrorSummary errors={props.error ? { seal: props.error } : {}} />
      {props.notice ? (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      ) : null}
      <p class="hint">
        <a href="/staff/admin/settings">返回系统设置</a>
      </p>
      <h1>院印和电子签名</h1>
      <h2>院印</h2>
      <p>
        院印图片盖在每份正式文书（补正通知书、受理通知书、决定书等）的落款处。请使用本院案件管理部门认可的印章图片；本系统以外出具的文书如何用印、编号，请与案管部门确认（《人民检察院民事诉讼监督规则》第一百一十三条）。
      </p>
      {view.seal ? (
        <>
          <p>
            <img src="/staff/admin/seal/image" alt="当前院印" width={160} height={160} />
          </p>
          <dl class="summary-list">
            <div>
              <dt>尺寸</dt>
              <dd>{view.seal.size}</dd>
            </div>
            <div>
              <dt>上传时间</dt>
              <dd>{view.seal.uploadedAt}</dd>
            </div>
            <div>
              <dt>SHA-256</dt>
              <dd>
                <code class="hash">{view.seal.sha256}</code>
              </dd>
            </div>
          </dl>
        </>
      ) : (
        <p data-testid="no-seal">尚未上传院印，文书落款处只有院名和日期。</p>
      )}
      <Form action="/staff/admin/seal" csrfToken={props.csrfToken} multipart>
        <FileField
          name="seal"
          label={view.seal ? '更换院印图片' : '上传院印图片'}
          hint="PNG 格式，带透明背景，近似正方形，边长 200 至 2000 像素，不超过 200 KB"
          error={props.error}
          accept=".png,image/png"
        />
        <Button>上传院印</Button>
      </Form>
      <h2>电子签名</h2>
      {view.signer ? (
        <p data-testid="signer">
          已配置签名证书（{view.signer}）：每份出具的 PDF 文书都带有标准 PDF 数字签名，可在 PDF
          阅读器中验证。
        </p>
      ) : (
        <p data-testid="signer">
          未配置签名证书：出具的 PDF 文书不带数字签名。配置方法见部署说明（PDF_SIGNING_P12_PATH 和
          PDF_SIGNING_P12_PASSPHRASE）。国家标准的电子签章（GM/T 0031，SM2
          证书）须由具备资质的服务商提供。
        </p>
      )}
    </>
  )
}
