import type { QueueTabView, QueueView } from '../../../../src/queue/queue-view.js'
import { QueueFilterForm } from './queue-filters.js'
import { QueueTable } from './queue-table.js'

/** The staff queue (docs/product.md §8): tabs per stage, filters, the list in due-date order, pages. */
export function QueuePage(props: QueueView) {
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
        <EmptyState filtered={props.filtered} invalid={Object.keys(props.errors).length > 0} />
      )}
      <Pagination nextHref={props.nextHref} prevHref={props.prevHref} />
    </>
  )
}

function QueueTabs({ tabs }: { tabs: QueueTabView[] }) {
  return (
    <nav aria-label="办理阶段" class="queue-tabs">
      <ul>
        {tabs.map((t) => (
          <li>
            <a href={t.href} aria-current={t.current ? 'page' : undefined}>
              {t.label}
              <span class="queue-tabs__count">（{t.count}）</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function EmptyState(props: { filtered: boolean; invalid: boolean }) {
  if (props.invalid) return null
  return (
    <div class="notice" role="status">
      <p>
        {props.filtered
          ? '没有符合筛选条件的申请。可以放宽条件，或点击“清除全部筛选”。'
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
