import { describe, expect, it } from 'vitest';
import { splitStatements } from './split-sql.ts';

describe('splitStatements', () => {
  it('splits on semicolons but not inside strings, comments or dollar bodies', () => {
    const script = `-- a comment; still a comment
CREATE TABLE a (x text DEFAULT ';');
CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
INSERT INTO a VALUES ('it''s; fine')`;
    expect(splitStatements(script)).toEqual([
      "CREATE TABLE a (x text DEFAULT ';')",
      'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql',
      "INSERT INTO a VALUES ('it''s; fine')",
    ]);
  });
});
