import type { SiteView } from '../../../../src/site/site-view.js'
import { ContactList } from '../shared.js'

export function ContactSection(props: { site: SiteView }) {
  return (
    <>
      <h2 id="contact">联系我们</h2>
      <ContactList site={props.site} />
      <p>到本院办理时，请带上身份证件和您手中的法律文书、证据材料。</p>
    </>
  )
}
