import { z } from 'zod'
import { dayField } from '../http/form-date.js'
import {
  optionalText,
  requiredText as text,
  versionField as version,
} from './review-actions.schema.js'

/** 规则 第三十三条: the other party the 受理通知书 and the copy of the 监督申请书 go to. */
export const OtherPartyNoticeSchema = z.object({
  version,
  partyName: text('其他当事人的姓名或者名称', 2, 60),
})
export type OtherPartyNoticeForm = z.infer<typeof OtherPartyNoticeSchema>

/** A written answer of another party received (规则 第三十三条、第三十四条). */
export const OtherPartyCommentsSchema = z.object({
  version,
  partyName: text('提出意见的当事人', 2, 60),
  receivedOn: dayField('收到书面意见的日期'),
  summary: text('意见要点', 5, 1500),
  allReceived: optionalText('全部收到', 3).transform((v) => v === 'yes'),
})
export type OtherPartyCommentsForm = z.infer<typeof OtherPartyCommentsSchema>
