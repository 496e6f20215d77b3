import type { SiteView } from '../../../src/site/site-view.js'
import { ElderOffer } from '../apply/self-check.js'
import { CourtList, Link12309 } from './shared.js'

/** `/` — what execution supervision is, who may apply, and the two ways in (docs/product.md §2, §3). */
export function HomePage(props: { site: SiteView }) {
  const { site } = props
  return (
    <>
      <h1>民事执行监督 在线申请</h1>
      <p class="lead">
        法院强制执行案件时（例如查封财产、划扣存款、把执行款发给您），必须依法办事。如果您认为法院的执行做法违反法律规定，可以请检察院监督，这就是“民事执行检察监督”。《中华人民共和国民事诉讼法》第二百四十六条规定：“人民检察院有权对民事执行活动实行法律监督。”
      </p>

      <div class="button-group">
        <a class="button" href="/apply">
          开始在线申请
        </a>
        <a class="button button--secondary" href="/track">
          查询办理进度
        </a>
      </div>
      <ElderOffer returnTo="/" />

      <h2>谁可以申请</h2>
      <ul>
        <li>申请执行人：申请法院执行、等着拿回钱款或财物的一方；</li>
        <li>被执行人：被法院要求履行义务的一方；</li>
        <li>利害关系人：权益受到执行行为影响的人；</li>
        <li>案外人：不是案件当事人，但认为被执行的财产是自己的人。</li>
      </ul>
      <p>以上人员也可以委托律师、近亲属等代理人代为申请。</p>

      <h2>哪些情形可以申请</h2>
      <ul>
        <li>法院不执行、拖延执行（消极执行）；</li>
        <li>不当“终结本次执行程序”（例如还没查清财产就结束执行）；</li>
        <li>违法或者超标的查封、扣押、冻结、拍卖财产；</li>
        <li>执行款物没有及时发放；</li>
        <li>违法追加、变更被执行人；</li>
        <li>执行裁定、决定违法；</li>
        <li>其他违法执行行为。</li>
      </ul>

      <h2>申请前请注意</h2>
      <p>
        <strong>先找法院：</strong>
        对执行行为不服，通常要先向执行法院提出执行异议、申请复议或者提起执行异议之诉。没有先走这些途径的，检察院一般不予受理，但有正当理由的除外。
      </p>
      <p>
        <strong>找对检察院：</strong>
        请向与执行法院同级的检察院申请。本院办理下列法院执行活动的监督申请：
      </p>
      <CourtList courts={site.courts} />
      <p>
        <strong>不服判决本身：</strong>认为判决判错了，不属于执行监督，请看申请指南中的说明。
      </p>
      <p>
        <a href="/guide">阅读完整申请指南</a>
      </p>

      <h2>其他办理渠道</h2>
      <p>
        本平台是对 <Link12309 /> 的补充：您也可以通过该网站反映问题，或者拨打本院电话 {site.phone}{' '}
        咨询。
      </p>
    </>
  )
}
