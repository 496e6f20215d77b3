import { z } from 'zod'
import { NUMBERED_KINDS } from '../../../documents/document-kinds.js'
import { templateProblem } from '../../../notices/document-number.js'
import { numberedKindHeading } from '../../../notices/notice-kinds.js'

/** 1 to 10 characters (as the table's check counts them). */
const short = (message: string) => z.string().trim().min(1, message).max(10, message)

function template(title: string) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = templateProblem(value)
      if (problem) ctx.addIssue({ code: 'custom', message: `${title}：${problem}` })
    })
}

/**
 * The document numbers form: the abbreviation, then each kind's code and template. A field left
 * out keeps its saved value (numberSettingsView), which the table's checks have kept valid.
 */
export const NumberSettingsSchema = z.object({
  abbreviation: short('文号简称请填写 1 至 10 个字').optional(),
  ...Object.fromEntries(
    NUMBERED_KINDS.flatMap((kind) => {
      const title = numberedKindHeading(kind)
      return [
        [`code_${kind}`, short(`${title}的类别代字请填写 1 至 10 个字`).optional()],
        [`template_${kind}`, template(title).optional()],
      ]
    }),
  ),
})
