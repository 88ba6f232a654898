// What one write (a device's mutation, or a conflict resolution) is checked and merged against.
import type { Viewer } from '../../../shared/units/scope.ts';
import type { UnitTree } from '../../../shared/units/unit-tree.ts';
import type { RecordRow } from '../records-store.ts';

export interface WriteContext {
  /** The account whose device made the change (role and unit as the server holds them). */
  author: Viewer;
  /** The account that sent it (differs for an outbox carried by file). */
  submitter: Viewer;
  tree: UnitTree;
  /** The records the batch touches, as stored, updated as the batch applies. */
  stored: Map<string, RecordRow>;
  now: number;
  /** The clock node the device must stamp with; null for the server's own writes. */
  node: string | null;
  /** For each plan the batch changes: the theme codes its recommendations use. */
  themesInUse: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A write refused for a reason the device shows beside the record; the batch goes on. */
export class Reject extends Error {
  constructor(
    readonly code: RejectCode,
    message: string,
  ) {
    super(message);
  }
}

export type RejectCode =
  | 'unknown-mutation'
  | 'clock-node'
  | 'forbidden'
  | 'invalid'
  | 'deleted'
  | 'out-of-scope'
  | 'child-data';

export interface Applied {
  action: 'create' | 'update' | 'delete';
  row: RecordRow;
  conflicts: RecordRow[];
  /** How far ahead of the server's clock the device stamped, when it was clamped. */
  clampedMs: number;
}
