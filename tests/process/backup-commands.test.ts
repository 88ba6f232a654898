// The documented commands, as an administrator runs them: `npm run backup` of one embedded database,
// `npm run restore` into a new folder, and the two hold the same rows.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/server/db/client.ts';
import { PGLITE_TEMPLATE } from '../../src/server/testing/test-db.ts';

let root = '';
afterAll(() => rm(root, { recursive: true, force: true }));

function script(name: string, args: string[], dataDir: string) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', `src/server/cli/${name}.ts`, ...args],
    {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    },
  );
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

async function countRows(dataDir: string) {
  const db = await openPglite(dataDir);
  try {
    const result = await db.orm.execute<{ n: string }>(
      sql`SELECT (SELECT count(*) FROM records) || '/' || (SELECT count(*) FROM schema_migrations) AS n`,
    );
    return result.rows[0]?.n;
  } finally {
    await db.close();
  }
}

describe('backup and restore commands', () => {
  it('round-trips the embedded database through a file', async () => {
    root = await mkdtemp(join(tmpdir(), 'ddte-backup-cli-'));
    const source = join(root, 'source');
    await cp(PGLITE_TEMPLATE, source, { recursive: true });
    const file = join(root, 'backup.jsonl.gz');
    const backup = script('backup', [file], source);
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toContain('backup written to');

    const restore = script('restore', [file], join(root, 'restored'));
    expect(restore.code, restore.out).toBe(0);
    expect(await countRows(join(root, 'restored'))).toBe(await countRows(source));

    const missing = script('restore', [join(root, 'no-such-file')], join(root, 'other'));
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/^Cannot restore: /m);
  });
});
