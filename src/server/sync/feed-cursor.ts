// The pull cursor: where in the change feed a device stands, and for which scope it was issued.
// The feed is ordered by (writing transaction, version) (docs/decisions/0007).
import { createHash } from 'node:crypto';
import { seesChildNames, visibleUnits, type Viewer } from '../../shared/units/scope.ts';
import type { UnitTree } from '../../shared/units/unit-tree.ts';
import { HttpProblem } from '../http/problem.ts';

export interface FeedPosition {
  txid: number;
  version: number;
}

export const FEED_START: FeedPosition = { txid: 0, version: 0 };

/**
 * A key that changes whenever what the viewer may see changes (role, unit, the units below it,
 * where it sees children's names), so that a cursor from before starts the feed over.
 */
export function scopeKey(tree: UnitTree, viewer: Viewer): string {
  const units = visibleUnits(tree, viewer).sort();
  const named = units.filter((unit) => seesChildNames(tree, viewer, unit));
  return createHash('sha256')
    .update(JSON.stringify([viewer.role, viewer.unitCode, units, named]))
    .digest('base64url')
    .slice(0, 12);
}

export function formatCursor(position: FeedPosition, key: string): string {
  return `2:${position.txid}:${position.version}:${key}`;
}

/**
 * The position a cursor names, or the start when it was issued for another scope (`reset`: the
 * device must drop what it holds and take the feed again). Cursors of protocol 1's first form,
 * "<version>.<key>", name positions before any transaction was recorded.
 */
export function parseCursor(
  cursor: string | null,
  key: string,
): { position: FeedPosition; reset: boolean } {
  if (cursor === null) return { position: FEED_START, reset: false };
  const current = /^2:(\d{1,19}):(\d{1,19}):([A-Za-z0-9_-]{1,40})$/.exec(cursor);
  const legacy = /^(\d{1,15})\.([0-9a-z]+)$/.exec(cursor);
  if (current) {
    return current[3] === key
      ? { position: { txid: Number(current[1]), version: Number(current[2]) }, reset: false }
      : { position: FEED_START, reset: true };
  }
  // A legacy cursor's scope key was made another way: start over, keeping what is on the device.
  if (legacy) return { position: FEED_START, reset: false };
  throw new HttpProblem(
    400,
    'Con trỏ đồng bộ không hợp lệ',
    'cursor is not one this server issued',
  );
}
