import {
  AcceptActionPage,
  NotAcceptActionPage,
  ReferActionPage,
  SupplementActionPage,
} from '../../views/pages/staff/intake-actions.js'
import { NON_ACCEPTANCE_GROUNDS } from '../notices/notice-content.js'
import { defineAction } from './action-table.js'
import {
  FREE_ITEM_COUNT,
  NotAcceptFormSchema,
  REFERRAL_ROUTE_LABEL,
  ReferFormSchema,
  STANDARD_SUPPLEMENT_ITEMS,
  SupplementFormSchema,
  VersionOnlySchema,
} from './intake-actions.schema.js'
import {
  ACCEPTANCE_NOTICE,
  acceptApplication,
  askForSupplement,
  nonAcceptanceNotice,
  referApplication,
  referralNotice,
  refuseApplication,
  supplementNotice,
} from './intake-actions.service.js'

const SUPPLEMENT_ITEMS = Object.entries(STANDARD_SUPPLEMENT_ITEMS).map(([value, label]) => ({
  value,
  label,
}))
const GROUNDS = Object.entries(NON_ACCEPTANCE_GROUNDS).map(([value, g]) => ({
  value,
  label: g.label,
}))

const ROUTES = Object.entries(REFERRAL_ROUTE_LABEL).map(([value, label]) => ({ value, label }))

/** 控告申诉 intake decisions on a `submitted` application (docs/product.md §9), each issuing its notice. */
export const INTAKE_ACTIONS = [
  defineAction({
    name: 'request_supplement',
    title: '要求补正材料',
    done: '已要求补正，补正通知书已发给申请人。补正期限见“期限”。',
    schema: SupplementFormSchema,
    page: ({ c }, props) => (
      <SupplementActionPage
        {...props}
        items={SUPPLEMENT_ITEMS}
        freeItemCount={FREE_ITEM_COUNT}
        defaultDays={c.var.site.supplementPeriodDays}
      />
    ),
    run: ({ deps, actor, kase }, form) => askForSupplement(deps, actor, kase.id, form),
    notice: (_call, form) => supplementNotice(form),
  }),
  defineAction({
    name: 'accept',
    title: '受理',
    done: '已受理，受理通知书已发给申请人。三个月的审查期限开始计算，见“期限”。',
    schema: VersionOnlySchema,
    page: (_call, props) => <AcceptActionPage {...props} />,
    run: ({ deps, actor, kase }, form) => acceptApplication(deps, actor, kase.id, form.version),
    notice: () => ACCEPTANCE_NOTICE,
  }),
  defineAction({
    name: 'not_accept',
    title: '不予受理',
    done: '已决定不予受理，不予受理通知书已发给申请人。',
    schema: NotAcceptFormSchema,
    page: (_call, props) => <NotAcceptActionPage {...props} grounds={GROUNDS} />,
    run: ({ deps, actor, kase }, form) => refuseApplication(deps, actor, kase.id, form),
    notice: (_call, form) => nonAcceptanceNotice(form),
  }),
  defineAction({
    name: 'refer',
    title: '告知向有管辖权的机关反映',
    done: '已告知申请人向有管辖权的机关反映，告知书已发给申请人。',
    schema: ReferFormSchema,
    page: (_call, props) => <ReferActionPage {...props} routes={ROUTES} />,
    run: ({ deps, actor, kase }, form) => referApplication(deps, actor, kase.id, form),
    notice: (_call, form) => referralNotice(form),
  }),
]
