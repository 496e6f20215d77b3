import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseForm, REPEATED_FIELD_MESSAGE } from '../../../src/http/form.js'

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

describe('parseForm with hostile input', () => {
  const Joined = z.object({
    note: z.preprocess((v) => String(v ?? ''), z.string()),
    tags: z.preprocess((v) => [v ?? []].flat(), z.array(z.enum(['a', 'b']))),
  })

  it('refuses a field sent twice where one value is expected, instead of joining it', () => {
    expect(parseForm(Joined, { note: ['x', 'y'] })).toMatchObject({
      ok: false,
      form: { errors: { note: REPEATED_FIELD_MESSAGE } },
    })
    expect(parseForm(Schema, { name: ['李四', '王五'] })).toMatchObject({
      form: { errors: { name: REPEATED_FIELD_MESSAGE } },
    })
  })

  it('keeps fields that repeat by design, and their own messages', () => {
    expect(parseForm(Joined, { note: 'x', tags: ['a', 'b'] })).toEqual({
      ok: true,
      data: { note: 'x', tags: ['a', 'b'] },
    })
    // one message on the list field, not one per element (issue 12 F14)
    const refused = parseForm(Joined, { tags: ['a', 'zzz', 'yyy'] })
    expect(refused).toMatchObject({ form: { errors: { tags: expect.any(String) } } })
    expect(Object.keys(refused.ok ? {} : refused.form.errors)).toEqual(['tags'])
  })

  it('removes characters nobody types, in query strings too', () => {
    expect(parseForm(Schema, { name: '李\u0000\u202e四' })).toEqual({
      ok: true,
      data: { name: '李四' },
    })
  })
})
