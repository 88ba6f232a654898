/**
 * Splits a migration file into statements. PGlite's extended protocol runs one statement per
 * query, so migrations are applied statement by statement on both databases. Understands
 * quoted strings, -- comments and $tag$ bodies, where a semicolon does not end a statement.
 */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < script.length) {
    const rest = script.slice(i);
    const char = script[i] ?? '';
    if (rest.startsWith('--')) {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end + 1;
      continue;
    }
    const dollar = /^\$[A-Za-z_]*\$/.exec(rest);
    const quote = char === "'" || char === '"' ? char : null;
    const closer = dollar ? dollar[0] : quote;
    if (closer) {
      const end = script.indexOf(closer, i + closer.length);
      const stop = end === -1 ? script.length : end + closer.length;
      current += script.slice(i, stop);
      i = stop;
      continue;
    }
    if (char === ';') {
      if (current.trim()) statements.push(current.trim());
      current = '';
    } else {
      current += char;
    }
    i += 1;
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
