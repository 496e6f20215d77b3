/** The shape of the import's field definitions (exchange-fields.ts). */
export type SheetRole = 'cases' | 'events' | 'ledger'

export type FieldType =
  | 'caseNo'
  | 'text'
  | 'date'
  | 'money'
  | 'names'
  | 'ids'
  | 'closingMethod'
  | 'eventType'
  | 'direction'
  | 'bool'
  | 'int'

export type FieldDef = {
  key: string
  label: string
  type: FieldType
  aliases: readonly string[]
  required?: boolean
}
