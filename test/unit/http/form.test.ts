import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseForm } from '../../../src/http/form.js'

const Schema = z
  .object({
    name: z.string().trim().min(1, '请输入姓名').max(3, '姓名不能超过 3 个字'),
    tags: z.array(z.string()).optional(),
  })
  .refine((form) => form.name !== '张三', '这个名字不能用')

describe('parseForm', () => {
  it('gives the parsed data of a valid form', () => {
    expect(parseForm(Schema, { name: ' 李四 ' })).toEqual({ ok: true, data: { name: '李四' } })
  })

  it('keeps one message per field (the first), and the form-wide one under _form', () => {
    const parsed = parseForm(Schema, { name: '' })
    expect(parsed).toMatchObject({ ok: false, form: { errors: { name: '请输入姓名' } } })
    expect(parseForm(Schema, { name: '张三' })).toMatchObject({
      form: { errors: { _form: '这个名字不能用' } },
    })
  })

  it('shows text again as typed, ticked boxes as a list, and never a file', () => {
    const file = new File(['x'], 'a.pdf')
    const parsed = parseForm(Schema, {
      name: '  太长的名字 ',
      tags: ['a', file, 'b'],
      upload: file,
    })
    expect(parsed).toMatchObject({
      ok: false,
      form: { values: { name: '  太长的名字 ', tags: ['a', 'b'] } },
    })
    expect(parsed.ok || 'upload' in parsed.form.values).toBe(false)
  })
})
