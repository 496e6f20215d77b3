/** One id scheme for inputs, hints and errors, so the error summary can link to any field. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^\w-]/g, '-')}`
}

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}
