import { describe, expect, it } from 'vitest'
import { splitSqlStatements } from '../../src/db/sql-split.js'

describe('splitSqlStatements', () => {
  it.each([
    [
      'create table a (x int); create table b (y int);',
      ['create table a (x int)', 'create table b (y int)'],
    ],
    ["insert into t values ('a;b'); select 1", ["insert into t values ('a;b')", 'select 1']],
    ["select 'it''s; fine'", ["select 'it''s; fine'"]],
    ['select "odd;name" from t', ['select "odd;name" from t']],
    ['-- a comment; with a semicolon\nselect 1;', ['-- a comment; with a semicolon\nselect 1']],
    ['/* block; comment */ select 2', ['/* block; comment */ select 2']],
    [
      "create function f() returns trigger as $$ begin raise exception 'no;'; end $$ language plpgsql; select 3",
      [
        "create function f() returns trigger as $$ begin raise exception 'no;'; end $$ language plpgsql",
        'select 3',
      ],
    ],
    ['select $tag$ a;b $tag$', ['select $tag$ a;b $tag$']],
    ['-- only a comment\n;\n  ;', []],
  ])('splits %j', (input, expected) => {
    expect(splitSqlStatements(input)).toEqual(expected)
  })

  it.each(["select 'open", 'select $$ open', 'select 1 /* open'])(
    'refuses unterminated %j',
    (input) => {
      expect(() => splitSqlStatements(input)).toThrow(/Unterminated/)
    },
  )
})
