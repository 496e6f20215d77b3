import { describe, expect, it } from 'vitest'
import { idsCompatible, matchParty } from '../../../src/leads/reference/party-match.js'

const ID = '410102199001011234'

describe('matching a list entry to a case 被执行人', () => {
  it.each([
    [ID, ID, true],
    [ID, '4101**********1234', true],
    [ID, '4101**********1235', false],
    [ID, '41**************34', false], // only four digits shown: too few to tell people apart
    ['4101**********1234', '410102********1234', true],
    [ID, '4101**********123', false],
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(idsCompatible(a, b)).toBe(same)
  })

  it('needs the name as well as the digits; a masked number alone never matches', () => {
    const c = { names: ['张三'], ids: [ID] }
    expect(matchParty(c, { name: '张三', id: '4101**********1234' })).toBe('张三')
    expect(matchParty(c, { name: '李四', id: '4101**********1234' })).toBeUndefined()
    expect(matchParty(c, { name: '张三', id: '4101**********9999' })).toBeUndefined()
  })

  it('never matches a person on the name alone; an organisation by its full name', () => {
    expect(matchParty({ names: ['张三'], ids: [] }, { name: '张三', id: ID })).toBeUndefined()
    expect(matchParty({ names: ['张三'], ids: [ID] }, { name: '张三', id: null })).toBeUndefined()
    const firm = { names: ['某某建材有限公司'], ids: [] }
    expect(matchParty(firm, { name: '某某建材有限公司', id: null })).toBe('某某建材有限公司')
    expect(matchParty(firm, { name: '某某建材（平顶山）有限公司', id: null })).toBeUndefined()
  })

  it('pairs numbers with names when the court gave one per 被执行人', () => {
    const c = { names: ['张三', '李四'], ids: [ID, '410102198001015678'] }
    expect(matchParty(c, { name: '张三', id: '4101**********5678' })).toBeUndefined()
    expect(matchParty(c, { name: '李四', id: '4101**********5678' })).toBe('李四')
  })
})
