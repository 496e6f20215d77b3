import { z } from 'zod'
import { requiredText as text, versionField as version } from '../actions/review-actions.schema.js'

/** A legal hold names why the case must be kept past its period (a complaint, a lawsuit, an inquiry). */
export const SetLegalHoldSchema = z.object({ version, reason: text('保留的理由', 5, 500) })
export type SetLegalHoldForm = z.infer<typeof SetLegalHoldSchema>

export const LiftLegalHoldSchema = z.object({ version, reason: text('解除保留的理由', 5, 500) })
export type LiftLegalHoldForm = z.infer<typeof LiftLegalHoldSchema>
