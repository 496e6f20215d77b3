import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * A CSS lint without a dependency (issue 13; .stylelintrc.json holds the same rules for stylelint).
 * An unclosed block is not an error to a browser: CSS nesting reads every later rule as nested and
 * nothing after it matches — half the staff desk lost its styles that way. So: braces balance, a
 * rule is nested only inside @media/@supports, no block is empty, no `//` comment.
 */
const CSS = readFileSync(new URL('../../views/assets/site.css', import.meta.url), 'utf8')

type Problem = { line: number; problem: string }

function lint(css: string): Problem[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
  const problems: Problem[] = []
  const stack: { prelude: string; line: number; start: number }[] = []
  let preludeStart = 0
  let line = 1
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\n') line++
    if (ch === '{') {
      const prelude = text.slice(preludeStart, i).trim()
      const parent = stack.at(-1)
      if (parent && !/^@(media|supports|layer|container)\b/.test(parent.prelude))
        problems.push({
          line,
          problem: `"${prelude}" nested inside "${parent.prelude}" (unclosed block?)`,
        })
      stack.push({ prelude, line, start: i + 1 })
      preludeStart = i + 1
    } else if (ch === '}') {
      const open = stack.pop()
      if (!open) problems.push({ line, problem: 'closing brace without a block' })
      else if (text.slice(open.start, i).trim() === '')
        problems.push({ line: open.line, problem: `empty block "${open.prelude}"` })
      preludeStart = i + 1
    } else if (ch === ';') preludeStart = i + 1
  }
  for (const open of stack)
    problems.push({ line: open.line, problem: `"${open.prelude}" never closed` })
  for (const m of text.matchAll(/(^|[^:])\/\/[^\n]*/g))
    problems.push({ line: text.slice(0, m.index).split('\n').length, problem: '// comment' })
  return problems
}

describe('site.css', () => {
  it('has balanced blocks, no accidental nesting, no empty block and no // comment', () => {
    expect(lint(CSS)).toEqual([])
  })

  it.each([
    ['.a {\n  color: red;\n.b {\n  color: blue;\n}\n', 'nested inside'],
    ['.a {\n}\n', 'empty block'],
    ['.a {\n  color: red;\n', 'never closed'],
    ['// note\n.a {\n  color: red;\n}\n', '// comment'],
  ])('finds the fault in %j', (css, fault) => {
    expect(
      lint(css)
        .map((p) => p.problem)
        .join('\n'),
    ).toContain(fault)
  })

  it('accepts rules inside @media', () => {
    expect(lint('@media (min-width: 40rem) {\n  .a {\n    color: red;\n  }\n}\n')).toEqual([])
  })
})
