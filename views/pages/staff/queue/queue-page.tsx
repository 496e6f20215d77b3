import type { QueueTabView, QueueView } from '../../../../src/queue/queue-view.js'
import { QueueFilterForm } from './queue-filters.js'
import { QueueTable } from './queue-table.js'
import { HandedDownSection, type HandedDownQueueItem } from './handed-down-section.js'

/** The staff queue (docs/product.md §8): tabs per stage, filters, the list in due-date order, pages. */
export type ExOfficioQueueItem = {
  id: string
  number: string
  origin: string
  court: string
  courtCaseNo: string
  stage: string
  assignee: string
  leads: number
}

export function QueuePage(
  props: QueueView & {
    exOfficio?: ExOfficioQueueItem[]
    mayOpenExOfficio?: boolean
    handedDown?: { items: HandedDownQueueItem[]; mayEnter: boolean }
  },
) {
  const current = props.tabs.find((t) => t.current)
  return (
    <>
      <h1>办件队列</h1>
      <QueueTabs tabs={props.tabs} />
      <QueueFilterForm values={props.values} errors={props.errors} options={props.options} />
      {props.items.length > 0 ? (
        <QueueTable
          items={props.items}
          caption={`${current?.label ?? '办件'}：按期限先后排列（今天是 ${props.today}）`}
        />
      ) : (
        <EmptyState
          filtered={props.filtered}
          invalid={Object.keys(props.errors).length > 0}
          approval={current?.key === 'approval'}
        />
      )}
      <Pagination nextHref={props.nextHref} prevHref={props.prevHref} />
      {props.handedDown ? <HandedDownSection {...props.handedDown} /> : null}
      <ExOfficioSection items={props.exOfficio ?? []} mayOpen={props.mayOpenExOfficio ?? false} />
    </>
  )
}

/** Open ex-officio (依职权) cases: no applicant, so they are listed by their own number. */
function ExOfficioSection(props: { items: ExOfficioQueueItem[]; mayOpen: boolean }) {
  return (
    <section aria-labelledby="ex-officio-heading">
      <h2 id="ex-officio-heading">依职权案件（{props.items.length}）</h2>
      {props.mayOpen ? (
        <p>
          <a href="/staff/ex-officio/new">依职权立案</a>
        </p>
      ) : null}
      {props.items.length === 0 ? (
        <p>目前没有在办的依职权案件。</p>
      ) : (
        <table>
          <caption class="visually-hidden">在办的依职权案件</caption>
          <thead>
            <tr>
              <th scope="col">案件</th>
              <th scope="col">来源</th>
              <th scope="col">执行法院 / 执行案号</th>
              <th scope="col">阶段</th>
              <th scope="col">承办人</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((i) => (
              <tr>
                <td>
                  <a href={`/staff/ex-officio/${i.id}`}>{i.number}</a>
                </td>
                <td>
                  依职权（{i.origin}
                  {i.leads ? `，线索 ${i.leads} 条` : ''}）
                </td>
                <td>
                  {i.court} / {i.courtCaseNo}
                </td>
                <td>{i.stage}</td>
                <td>{i.assignee}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** Stages with cases (and the current one) as tabs; the empty ones folded under one line. */
function QueueTabs({ tabs }: { tabs: QueueTabView[] }) {
  const shown = tabs.filter((t) => t.count > 0 || t.current || t.keep)
  const empty = tabs.filter((t) => !shown.includes(t))
  return (
    <nav aria-label="办理阶段" class="queue-tabs">
      <ul>
        {shown.map((t) => (
          <TabLink tab={t} />
        ))}
      </ul>
      {empty.length > 0 ? (
        <details class="queue-tabs__empty">
          <summary>其他 {empty.length} 个阶段（暂无申请）</summary>
          <ul>
            {empty.map((t) => (
              <TabLink tab={t} />
            ))}
          </ul>
        </details>
      ) : null}
    </nav>
  )
}

function TabLink({ tab }: { tab: QueueTabView }) {
  return (
    <li>
      <a href={tab.href} aria-current={tab.current ? 'page' : undefined}>
        {tab.label}
        <span class="queue-tabs__count">（{tab.count}）</span>
      </a>
    </li>
  )
}

function EmptyState(props: { filtered: boolean; invalid: boolean; approval: boolean }) {
  if (props.invalid) return null
  return (
    <div class="notice" role="status">
      <p>
        {props.filtered
          ? '没有符合筛选条件的申请。可以放宽条件，或点击“清除全部筛选”。'
          : props.approval
            ? '目前没有等待您审批的检察建议。'
            : '这里暂时没有申请。'}
      </p>
    </div>
  )
}

function Pagination(props: { nextHref?: string | undefined; prevHref?: string | undefined }) {
  if (!props.nextHref && !props.prevHref) return null
  return (
    <nav aria-label="翻页" class="pagination">
      <ul>
        {props.prevHref ? (
          <li>
            <a href={props.prevHref} rel="prev">
              上一页
            </a>
          </li>
        ) : null}
        {props.nextHref ? (
          <li>
            <a href={props.nextHref} rel="next">
              下一页
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
