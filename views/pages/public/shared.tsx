import type { SiteView, SupervisedCourt } from '../../../src/site/site-view.js'

/** The only external address the public pages may link to (docs/product.md §0: we complement 12309, not imitate it). */
export const URL_12309 = 'https://www.12309.gov.cn'

export function Link12309() {
  return <a href={URL_12309}>12309中国检察网</a>
}

/** "平顶山市卫东区人民法院（案号中的代字为“豫0403”）" — the code is what people find on their documents. */
export function courtLabel(court: SupervisedCourt): string {
  return `${court.name}（案号中的代字为“${court.code}”）`
}

/** The courts this procuratorate supervises (同级管辖), as configured in the site settings. */
export function CourtList(props: { courts: SupervisedCourt[] }) {
  if (props.courts.length === 0) {
    return <p>与本院同级的人民法院。具体范围请来电咨询。</p>
  }
  return (
    <ul>
      {props.courts.map((court) => (
        <li>{courtLabel(court)}</li>
      ))}
    </ul>
  )
}

/** Name, address and phone of the procuratorate; only values from the settings, nothing invented. */
export function ContactList(props: { site: SiteView }) {
  const { site } = props
  return (
    <dl class="summary-list">
      <div>
        <dt>单位</dt>
        <dd>{site.name}</dd>
      </div>
      <div>
        <dt>地址</dt>
        <dd>{site.address}</dd>
      </div>
      <div>
        <dt>电话</dt>
        <dd>
          <a href={`tel:${site.phone.replace(/[^\d+]/g, '')}`}>{site.phone}</a>
        </dd>
      </div>
      <div>
        <dt>网上渠道</dt>
        <dd>
          本平台；也可以使用 <Link12309 />
        </dd>
      </div>
    </dl>
  )
}
