import { describe, expect, it } from 'vitest'
import { ActiveContentScanner } from '../../../src/uploads/pdf-active-content.js'

/** Security review F23: the names of actions a desktop reader would run, found while streaming. */
function scan(chunks: string[]): string | undefined {
  const scanner = new ActiveContentScanner()
  for (const c of chunks) scanner.push(Buffer.from(c, 'latin1'))
  return scanner.finish()
}

describe('ActiveContentScanner', () => {
  it.each([
    ['a JavaScript action', ['<< /S /JavaScript /JS (app.alert(1)) >>'], 'JavaScript'],
    ['a bare /JS key', ['<</JS(x)>>'], 'JS'],
    ['a Launch action', ['/S/Launch/F(cmd.exe)'], 'Launch'],
    ['an embedded file', ['/Type /EmbeddedFile /Length 5'], 'EmbeddedFile'],
    ['a #-escaped name', ['/S /J#61va#53cript'], 'JavaScript'],
    ['a name split across chunks', ['<< /S /Jav', 'aScript >>'], 'JavaScript'],
    ['a name split inside its escape', ['/L#6', '1unch '], 'Launch'],
    ['a name that ends the file', ['xx /Launch'], 'Launch'],
  ])('finds %s', (_label, chunks, name) => {
    expect(scan(chunks)).toBe(name)
  })

  it.each([
    ['an OpenAction that sets the zoom', ['/OpenAction [3 0 R /Fit]']],
    ['a longer name that starts like one', ['/JSON /Launcher /JavaScripts']],
    ['a longer name split after its first letters', ['/JS', 'ON true']],
    ['the words in page text', ['(JavaScript and Launch) Tj']],
  ])('passes %s', (_label, chunks) => {
    expect(scan(chunks)).toBeUndefined()
  })
})
