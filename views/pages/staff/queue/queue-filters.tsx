import type { Choice, QueueView } from '../../../../src/queue/queue-view.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { Checkbox } from '../../../components/choices.js'
import { SelectField, TextField } from '../../../components/field.js'

/**
 * A GET form: filtering works without JavaScript, and the URL can be bookmarked or shared. Folded
 * to one line while nothing is searched or filtered, so the list starts on the first screen.
 */
export function QueueFilterForm(props: Pick<QueueView, 'values' | 'errors' | 'options'>) {
  const { values, options } = props
  const inUse =
    Object.keys(values).some((k) => k !== 'stage') || Object.keys(props.errors).length > 0
  const select = (name: string, label: string, choices: Choice[], placeholder = '不限') => (
    <SelectField
      name={name}
      label={label}
      options={choices}
      value={values[name]}
      placeholder={placeholder}
      optional
    />
  )
  return (
    <details class="queue-filters__fold" open={inUse}>
      <summary>搜索和筛选</summary>
      <form method="get" action="/staff" class="queue-filters" role="search" aria-label="筛选办件">
        <ErrorSummary errors={props.errors} title="请修改搜索内容" />
        <TextField
          name="q"
          label="搜索"
          hint="查询码（如 ABCD-EFGH-JKMN）、申请人姓名（全名或开头几个字）或执行案号"
          value={values.q}
          error={props.errors.q}
          maxlength={60}
          optional
        />
        <div class="queue-filters__grid">
          {select('stage', '办理阶段', options.stages, '默认（全部在办；搜索时查全部）')}
          {select('matter', '监督事项', options.matters)}
          {select('court', '法院', options.courts)}
          {select('assignee', '承办人', options.assignees)}
          {select('within', '到期时间', options.within)}
          {select('flag', '提示标记', options.flags)}
        </div>
        <Checkbox name="overdue" label="只看已逾期" checked={values.overdue === 'yes'} />
        <div class="button-group">
          <button type="submit" class="button">
            筛选
          </button>
          <a href="/staff" class="button button--secondary">
            清除全部筛选
          </a>
        </div>
      </form>
    </details>
  )
}
