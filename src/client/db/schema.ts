// Row types of the device's IndexedDB. A record row is the entity's fields plus local bookkeeping
// in fields that start with "_" (never sent to the server).
import type { EntityName } from '../../shared/entity-names.ts';
import type { HlcState } from '../../shared/hlc.ts';
import type { MutationName } from '../../shared/mutations.ts';
import type { Activity } from '../../shared/schemas/activity.ts';
import type { Conflict } from '../../shared/schemas/conflict.ts';
import type { Forum } from '../../shared/schemas/forum.ts';
import type { Plan } from '../../shared/schemas/plan.ts';
import type { Recommendation } from '../../shared/schemas/recommendation.ts';
import type { Attendance, Attendee, Training } from '../../shared/schemas/training.ts';
import type { Unit } from '../../shared/schemas/unit.ts';
import type { Letterhead } from '../../shared/schemas/letterhead.ts';
import type { Submission } from '../../shared/schemas/submission.ts';
import type { Progress } from '../../shared/schemas/progress.ts';
import type { Attachment } from '../../shared/schemas/attachment.ts';

/** chưa gửi / đã gửi / bị từ chối */
export type SyncState = 'pending' | 'synced' | 'rejected';

export interface LocalFields {
  id: string;
  /** The server version this device last received; 0 for a record not yet on the server. */
  _version: number;
  _state: SyncState;
  /** Folded search words of schema v1–v5; since v6 they live in the words table (never read). */
  _words?: string[];
  /** A forum's year (schema v2), for filters and reports by year. */
  _year?: number;
  /** Local time of the last change on this device, for "latest first" lists. */
  _updatedAt: number;
}

export type Row<T> = T & LocalFields;

/** A row of any entity, as the code that handles every entity alike sees it. */
export type LocalRecord = LocalFields & Record<string, unknown>;

/** An entity's own fields, without the device's bookkeeping. */
export type EntityData<E extends EntityName> = Omit<EntityRows[E], keyof LocalFields>;

export interface EntityRows {
  unit: Row<Unit>;
  plan: Row<Plan>;
  activity: Row<Activity>;
  forum: Row<Forum>;
  recommendation: Row<Recommendation>;
  training: Row<Training>;
  attendee: Row<Attendee>;
  attendance: Row<Attendance>;
  conflict: Row<Conflict>;
  submission: Row<Submission>;
  letterhead: Row<Letterhead>;
  progress: Row<Progress>;
  attachment: Row<Attachment>;
}

export interface OutboxEntry {
  /**
   * The outbox's own key, from IndexedDB's key generator: rising with no gaps, since an aborted save
   * takes its key back. The server numbers the mutations of one client id 1, 2, 3 …: what travels
   * is this key less the device's MUTATION_BASE_KEY (db/mutation-ids.ts).
   */
  id: number;
  name: MutationName;
  entity: EntityName;
  recordId: string;
  args: { id: string; patch?: Record<string, unknown>; baseVersion?: number };
  hlc: string;
  createdAt: number;
}

/** An entry as a save adds it: the key generator gives its id. */
export type NewOutboxEntry = Omit<OutboxEntry, 'id'> & { id?: number };

export interface RejectedEntry extends OutboxEntry {
  code: string;
  message: string;
  rejectedAt: number;
}

/**
 * The bytes of an attachment on this device, by content hash. `pending` until the server holds
 * them; a `sent` file may be evicted to free space and fetched again when opened.
 */
export interface FileEntry {
  sha256: string;
  mime: string;
  size: number;
  bytes: ArrayBuffer;
  state: 'pending' | 'sent';
  /** Why the server refused it, shown beside the attachment. */
  failure?: string | undefined;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * The device's hybrid logical clock as of its last acknowledged change. A save does not read or
 * write it: each tab keeps the clock in memory (db/clock.ts), started from this row and the outbox.
 */
export interface ClockRow {
  clock: HlcState;
}
export const CLOCK_KEY = 'clock';

/**
 * The outbox key before the first mutation of this client id (0 until the device is reset for
 * another account): the key generator cannot be rewound, the server's numbering starts at 1.
 */
export const MUTATION_BASE_KEY = 'mutationBase';

/**
 * A searched record's folded words, each led by its entity's letter ("r:dien"), for `*words`. Keyed
 * by the record's id alone: searched records have UUIDs, unique across entities.
 */
export interface WordsEntry {
  id: string;
  words: string[];
}

/** Records of a big pulled page whose search words are still to be built (db/search-index.ts). */
export interface SearchBacklogEntry {
  seq?: number;
  entity: EntityName;
  ids: string[];
}

/** A row's own fields, without the device's bookkeeping (what is validated and sent). */
export function stripLocal<T extends LocalFields>(row: T): Omit<T, keyof LocalFields> {
  const { id: _id, _version, _state, _words, _year, _updatedAt, ...data } = row;
  return data;
}
