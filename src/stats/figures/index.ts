import { APPLICATION_FIGURES } from './applications.js'
import { COLLABORATION_FIGURES } from './collaboration.js'
import { EXCHANGE_FIGURES } from './exchange.js'
import type { Area, Figure } from './figure.js'
import { LEAD_FIGURES } from './leads.js'
import { RECOMMENDATION_FIGURES } from './recommendations.js'
import { REVIEW_FIGURES } from './review.js'

/**
 * Every figure the statistics page shows, area by area. A capability that lands later adds one file
 * here and its list below.
 */
export const FIGURES: readonly Figure[] = [
  ...APPLICATION_FIGURES,
  ...REVIEW_FIGURES,
  ...RECOMMENDATION_FIGURES,
  ...EXCHANGE_FIGURES,
  ...LEAD_FIGURES,
  ...COLLABORATION_FIGURES,
]

export const AREAS: readonly Area[] = [
  'applications',
  'review',
  'recommendations',
  'exchange',
  'leads',
  'collaboration',
]

export function findFigure(id: string): Figure | undefined {
  return FIGURES.find((f) => f.id === id)
}
