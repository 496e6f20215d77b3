import { describe, expect, it } from 'vitest'
import {
  addresseeOf,
  consentLabel,
  maskAddress,
} from '../../../src/service-of-documents/service-addressee.js'
import { checkSealPng } from '../../../src/staff/admin/seal/seal-png.js'
import { pngBytes, sealPngBytes } from '../../helpers/upload-fixtures.js'

describe('maskAddress', () => {
  it.each([
    ['河南省平顶山市卫东区建设路 1 号', '河南省平顶山市卫东区*******'],
    ['北京市朝阳区建国路 88 号', '北京市朝阳区********'],
    ['某县城关镇', '某县****'],
    ['', '（未填写）'],
  ])('%s → %s', (address, masked) => {
    expect(maskAddress(address)).toBe(masked)
  })
})

describe('consentLabel', () => {
  const app = (consent: boolean | null, email: string | null) =>
    addresseeOf({
      applicant_name: '张秀英',
      email,
      electronic_service_consent: consent,
      answers: { person: { address: '河南省平顶山市卫东区建设路 1 号' } },
    })
  it.each([
    [true, 'a@example.cn', '同意电子送达（电子邮件、本系统）'],
    [true, null, '同意电子送达，但没有填写电子邮箱：须邮寄或者直接送达'],
    [false, 'a@example.cn', '不同意电子送达：须邮寄或者直接送达'],
    [null, 'a@example.cn', '未询问（提交于询问之前）：按不同意处理，须邮寄或者直接送达'],
  ] as const)('consent %s, email %s', (consent, email, label) => {
    expect(consentLabel(app(consent, email))).toBe(label)
  })
  it('takes the address the application holds', () => {
    expect(app(true, null).address).toBe('河南省平顶山市卫东区建设路 1 号')
  })
})

describe('checkSealPng', () => {
  it('accepts a square PNG with an alpha channel', () => {
    expect(checkSealPng(sealPngBytes(240))).toEqual({ ok: true, width: 240, height: 240 })
  })
  it.each([
    ['not a PNG', Buffer.from('%PDF-1.7 not an image at all, just text'), '必须是 PNG 格式'],
    ['no transparency', pngBytes(240, 240), '必须带透明背景'],
    ['too small', sealPngBytes(120), '边长应在 200 至 2000 像素之间'],
    ['not square', pngBytes(400, 240), '应大致为正方形'],
  ])('refuses %s', (_, png, message) => {
    const checked = checkSealPng(png)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.message).toContain(message)
  })
})
