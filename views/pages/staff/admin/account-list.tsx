import type { AccountView } from '../../../../src/staff/admin/accounts/account-view.js'

export function AccountListPage(props: { accounts: AccountView[]; notice?: string | undefined }) {
  return (
    <>
      {props.notice ? (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      ) : null}
      <h1>账号管理</h1>
      <p>
        <a class="button" href="/staff/admin/accounts/new">
          新建账号
        </a>
      </p>
      <div class="table-wrap">
        <table>
          <caption>工作人员账号（{props.accounts.length} 个）</caption>
          <thead>
            <tr>
              <th scope="col">用户名</th>
              <th scope="col">姓名</th>
              <th scope="col">角色</th>
              <th scope="col">动态验证码</th>
              <th scope="col">状态</th>
              <th scope="col">最近登录</th>
            </tr>
          </thead>
          <tbody>
            {props.accounts.map((a) => (
              <tr>
                <td>
                  <a href={`/staff/admin/accounts/${a.id}`}>{a.username}</a>
                </td>
                <td>{a.displayName}</td>
                <td>{a.roleLabels.join('、') || '无'}</td>
                <td>{a.totpEnabled ? '已绑定' : '未绑定'}</td>
                <td>{statusText(a)}</td>
                <td>{a.lastLogin ?? '从未登录'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

export function statusText(a: AccountView): string {
  const parts = [
    a.disabled ? '已停用' : '正常',
    a.locked ? '已锁定（登录失败次数过多）' : '',
    a.mustChangePassword ? '待修改初始密码' : '',
  ]
  return parts.filter(Boolean).join('，')
}
