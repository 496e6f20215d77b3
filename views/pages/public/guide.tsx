import { proceduralReplyText } from '../../../src/kernel/procedural-reply.js'
import type { SiteView } from '../../../src/site/site-view.js'
import { AboutSection, WhoSection } from './guide/basics.js'
import { ContactSection } from './guide/contact.js'
import { GuideContents } from './guide/contents.js'
import { MaterialsSection } from './guide/materials.js'
import { MattersSection } from './guide/matters.js'
import { ProcessSection } from './guide/process.js'
import { CourtFirstSection, JurisdictionSection } from './guide/remedies-and-jurisdiction.js'
import { FaqSection, RightsSection } from './guide/rights-and-faq.js'

// Content page: long by nature (docs/product.md §3 asks for conditions, acts, materials, time limits and a FAQ),
// so its sections live in ./guide/. Every legal statement is sourced in docs/domain-rules.md §1.

/** `/guide` — 申请指南. */
export function GuidePage(props: { site: SiteView }) {
  const { site } = props
  return (
    <>
      <h1>申请指南</h1>
      <p class="lead">
        这份指南用通俗的话说明：什么情况可以请检察院监督法院的执行工作、谁可以申请、要准备什么材料、提交以后怎么办理、多长时间有答复。看不明白的地方，欢迎拨打{' '}
        {site.phone} 咨询。
      </p>
      <GuideContents />
      <AboutSection />
      <WhoSection />
      <MattersSection />
      <CourtFirstSection />
      <JurisdictionSection site={site} />
      <MaterialsSection />
      <ProcessSection replyPeriod={proceduralReplyText(site.proceduralReplyUnit)} />
      <RightsSection />
      <FaqSection site={site} />
      <ContactSection site={site} />
    </>
  )
}
