import { html } from 'hono/html'
import type { Child } from 'hono/jsx'
import type { SiteView } from '../src/site/site-view.js'

export type LayoutChrome = {
  site: SiteView
  elderMode: boolean
  /** path of the current page, so the 长辈模式 switch can come back to it */
  path: string
  cssUrl: string
  iconUrl: string
  /** on staff pages with a signed-in person: the staff header instead of the public one */
  staff?: StaffChrome | undefined
}

export type StaffChrome = {
  displayName: string
  nav: { href: string; label: string }[]
  /** banners for what the signed-in person must do (e.g. enter next year's holidays) */
  notices?: { text: string; href: string; linkText: string }[] | undefined
  csrfToken: string
  /** an administrator, while the footer's address, phone or office hours are not filled in */
  askForContactDetails?: boolean
}

export type LayoutProps = LayoutChrome & { title: string; children?: Child }

const NATIONAL_PORTAL = 'https://www.12309.gov.cn'

export function Layout(props: LayoutProps) {
  const { site, elderMode, title } = props
  const switchTo = elderMode ? 'standard' : 'elder'
  const switchHref = `/display-mode?mode=${switchTo}&return=${encodeURIComponent(props.path)}`
  return (
    <html lang="zh-CN" class={elderMode ? 'elder-mode' : undefined}>
      {documentHead(`${title} - 执监通 - ${site.name}`, props.cssUrl, props.iconUrl)}
      <body class={props.staff ? 'staff-desk' : undefined}>
        <a class="skip-link" href="#main">
          跳到主要内容
        </a>
        <header class="site-header">
          <div class="container site-header__inner">
            <a class="site-header__brand" href="/">
              <span class="site-header__name">{site.name}</span>
              <span class="site-header__service">
                {props.staff ? '执监通 · 工作台' : '民事执行监督 · 执监通'}
              </span>
            </a>
            <a class="mode-switch" href={switchHref}>
              {elderMode ? '退出长辈模式' : '长辈模式'}
            </a>
          </div>
          {props.staff ? (
            <StaffNav staff={props.staff} current={props.path} />
          ) : (
            <PublicNav current={props.path} />
          )}
        </header>
        <main id="main" class="container main" tabindex={-1}>
          {props.staff?.notices?.map((n) => (
            <div class="notice" role="note">
              <p>
                {n.text} <a href={n.href}>{n.linkText}</a>
              </p>
            </div>
          ))}
          {props.staff?.askForContactDetails ? <ContactDetailsBanner /> : null}
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p class="site-footer__name">{site.name}</p>
            <dl class="site-footer__contact">
              <dt>地址</dt>
              <dd>{site.address}</dd>
              <dt>电话</dt>
              <dd>
                <a href={`tel:${site.phone.replace(/[^\d+]/g, '')}`}>{site.phone}</a>
              </dd>
              {site.officeHours ? (
                <>
                  <dt>办公时间</dt>
                  <dd>{site.officeHours}</dd>
                </>
              ) : null}
            </dl>
            <ul class="site-footer__links">
              <li>
                <a href={NATIONAL_PORTAL} rel="noopener">
                  12309中国检察网
                </a>
              </li>
              <li>
                <a href="/privacy">个人信息处理告知</a>
              </li>
              <li>
                <a href="/guide">申请指南</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  )
}

/**
 * An html`` template (it escapes what it interpolates) rather than JSX: hono/jsx treats <head>,
 * <title>, <meta> and <link> as components it may hoist, which cost a quarter of a page's render.
 */
function documentHead(title: string, cssUrl: string, iconUrl: string) {
  return html`<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="stylesheet" href="${cssUrl}" />
    <link rel="icon" href="${iconUrl}" type="image/svg+xml" />
  </head>`
}

/** A standing reminder, not news: role="note", so it is not announced as a status message. */
function ContactDetailsBanner() {
  return (
    <div class="notice" role="note">
      <p>
        本院的联系信息还不完整：请填写本院地址（到街道门牌）、本院电话和办公时间，公众页面底部会显示这些信息。
        <a href="/staff/admin/settings">去填写站点设置</a>
      </p>
    </div>
  )
}

function PublicNav(props: { current: string }) {
  return (
    <nav class="site-nav" aria-label="主导航">
      <ul class="container site-nav__list">
        <NavLink href="/" current={props.current}>
          首页
        </NavLink>
        <NavLink href="/guide" current={props.current}>
          申请指南
        </NavLink>
        <NavLink href="/apply" current={props.current}>
          在线申请
        </NavLink>
        <NavLink href="/track" current={props.current}>
          查询进度
        </NavLink>
      </ul>
    </nav>
  )
}

function StaffNav(props: { staff: StaffChrome; current: string }) {
  return (
    <nav class="site-nav site-nav--staff" aria-label="工作台导航">
      <ul class="container site-nav__list">
        {props.staff.nav.map((item) => (
          <NavLink href={item.href} current={props.current} exact={item.href === '/staff'}>
            {item.label}
          </NavLink>
        ))}
        <li class="site-nav__user">
          <span>{props.staff.displayName}</span>
          <form method="post" action="/staff/logout" class="inline-form">
            <input type="hidden" name="_csrf" value={props.staff.csrfToken} />
            <button type="submit" class="link-button">
              退出
            </button>
          </form>
        </li>
      </ul>
    </nav>
  )
}

function NavLink(props: { href: string; current: string; exact?: boolean; children: Child }) {
  const active =
    props.href === '/' || props.exact
      ? props.current === props.href
      : props.current.startsWith(props.href)
  return (
    <li>
      <a href={props.href} aria-current={active ? 'page' : undefined}>
        {props.children}
      </a>
    </li>
  )
}
