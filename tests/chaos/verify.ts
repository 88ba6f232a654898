// The end of a chaos run: the server's truth, read from its database, against what every device made
// and holds. Each device's records must be on the server once, whole; each device must hold exactly
// the server's live records of its scope, and nothing outside it.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { stripLocal } from '../../src/client/db/schema.ts';
import type { Database } from '../../src/server/db/client.ts';
import { creationsPerRecord } from '../../src/server/sync/push-audit.ts';
import type { Device } from './device.ts';

export interface Verdict {
  records: number;
  lost: number;
  duplicated: number;
  leaked: number;
  diverged: number;
  rejected: number;
}

export async function verify(db: Database, devices: Device[]): Promise<Verdict> {
  let lost = 0;
  let duplicated = 0;
  let leaked = 0;
  let diverged = 0;
  let rejected = 0;
  let records = 0;
  const rows = (
    await db.orm.execute<{
      entity: string;
      id: string;
      unit_code: string;
      deleted: boolean;
      data: Record<string, unknown> | null;
    }>(
      sql`SELECT entity, id, unit_code, deleted, data FROM records WHERE entity IN ('forum', 'recommendation', 'training', 'attendee', 'attendance', 'attachment')`,
    )
  ).rows;
  const onServer = new Map(rows.map((row) => [row.id, row]));
  // Each file once, whole: its bytes hash to its name.
  const files = new Map(
    (
      await db.orm.execute<{ sha256: string; bytes: Buffer }>(sql`SELECT sha256, bytes FROM files`)
    ).rows.map((row) => [row.sha256, createHash('sha256').update(row.bytes).digest('hex')]),
  );
  const creates = await creationsPerRecord(db.orm);
  for (const device of devices) {
    rejected += await device.database.rejected.count();
    for (const [id, expected] of device.created) {
      records += 1;
      const row = onServer.get(id);
      const createCount = creates.get(id) ?? 0;
      if (createCount > 1) duplicated += 1;
      if (!row || createCount === 0) {
        lost += 1;
        continue;
      }
      if (expected.deleted !== row.deleted) {
        lost += 1;
        continue;
      }
      if (expected.entity === 'attachment') {
        const sha256 = String(expected.fields['sha256']);
        if (files.get(sha256) !== sha256) lost += 1;
      }
      if (!expected.deleted) {
        const mismatch = Object.entries(expected.fields).some(
          ([field, value]) => JSON.stringify(row.data?.[field]) !== JSON.stringify(value),
        );
        if (mismatch) lost += 1;
      }
    }
    // The device holds exactly the server's live records of its scope, with the same fields.
    const local = [
      ...(await device.database.forums.toArray()),
      ...(await device.database.recommendations.toArray()),
      ...(await device.database.trainings.toArray()),
      ...(await device.database.attendees.toArray()),
      ...(await device.database.attendance.toArray()),
      ...(await device.database.attachments.toArray()),
    ];
    for (const row of local) if (!device.scope.has(row.unitCode)) leaked += 1;
    const localIds = new Set(local.map((row) => row.id));
    for (const row of rows) {
      if (row.deleted || !device.scope.has(row.unit_code)) continue;
      if (!localIds.has(row.id)) diverged += 1;
    }
    for (const row of local) {
      const server = onServer.get(row.id);
      if (!server || server.deleted) {
        diverged += 1;
        continue;
      }
      if (JSON.stringify(sortKeys(stripLocal(row))) !== JSON.stringify(sortKeys(server.data ?? {})))
        diverged += 1;
    }
  }
  return { records, lost, duplicated, leaked, diverged, rejected };
}

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}
