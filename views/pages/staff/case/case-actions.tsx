export type ActionLink = { href: string; label: string }

/** Exactly the actions the stage and the viewer's roles allow (docs/product.md §8); each opens its own form. */
export function CaseActions(props: { actions: ActionLink[]; stageLabel: string }) {
  return (
    <section aria-labelledby="actions-title" class="panel case-actions">
      <h2 id="actions-title">可办理的事项</h2>
      {props.actions.length === 0 ? (
        <p>当前状态为“{props.stageLabel}”，您的角色没有可办理的事项。</p>
      ) : (
        <ul class="link-list">
          {props.actions.map((a) => (
            <li>
              <a href={a.href}>{a.label}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
