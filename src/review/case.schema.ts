import { z } from 'zod'
import { NOTE_MAX_CHARS } from './case-note.table.js'

/** An internal note: the text as it will be kept, trimmed, within the limit the page shows. */
export const NoteSchema = z.object({
  body: z
    .string()
    .catch('')
    .transform((raw, ctx) => {
      const body = raw.trim()
      const length = [...body].length
      if (length === 0) ctx.addIssue({ code: 'custom', message: '请填写备注内容' })
      else if (length > NOTE_MAX_CHARS)
        ctx.addIssue({
          code: 'custom',
          message: `备注不能超过 ${NOTE_MAX_CHARS} 字，当前 ${length} 字`,
        })
      return body
    }),
})
