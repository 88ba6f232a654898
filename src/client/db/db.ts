// The device's database. Each version(n) stays in this file forever with its upgrade, so a phone
// that skipped app versions still opens its data (docs/decisions/0004-client-database.md).
import Dexie, { type Table, type Transaction } from 'dexie';
import { SEARCHED_ENTITIES, yearOf } from './derived.ts';
import { backlogEntries } from './search-index.ts';
import type { EntityName } from '../../shared/entities.ts';
import { CLOCK_KEY } from './schema.ts';
import type { HlcState } from '../../shared/hlc.ts';
import { getMeta, setMeta } from './meta.ts';
import { keysFrom } from './mutation-ids.ts';
import type {
  ClockRow,
  EntityRows,
  FileEntry,
  LocalRecord,
  MetaEntry,
  NewOutboxEntry,
  OutboxEntry,
  RejectedEntry,
  SearchBacklogEntry,
  WordsEntry,
} from './schema.ts';

export const TABLE_OF = {
  unit: 'units',
  plan: 'plans',
  activity: 'activities',
  forum: 'forums',
  recommendation: 'recommendations',
  training: 'trainings',
  attendee: 'attendees',
  attendance: 'attendance',
  conflict: 'conflicts',
  submission: 'submissions',
  letterhead: 'letterheads',
  progress: 'progress',
  attachment: 'attachments',
} as const satisfies Record<EntityName, string>;

/** Schema version 1, as the first release shipped it: frozen, because phones still hold it. */
export const V1_STORES = {
  units: 'id, parentCode',
  plans: 'id, year',
  activities: 'id, year',
  forums: 'id, unitCode, planId, date, _updatedAt, _state, *_words',
  recommendations:
    'id, unitCode, forumId, themeCode, year, responseStatus, _updatedAt, _state, *_words',
  trainings: 'id, unitCode, date, _updatedAt, _state',
  attendees: 'id, trainingId, unitCode, _state, *_words',
  attendance: 'id, attendeeId, trainingId',
  conflicts: 'id, recordId, resolved',
  outbox: 'id, [entity+recordId]',
  rejected: 'id, [entity+recordId]',
  meta: 'key',
};

/** The clock row as v9 and v10 kept it: the clock and the id of the next mutation. */
interface ClockRowV9 extends ClockRow {
  nextMutationId: number;
}

/** Copies the outbox entries, with their ids, from one store to another (v10 and v11). */
async function moveOutbox(tx: Transaction, from: string, to: string): Promise<void> {
  await tx
    .table<OutboxEntry, number>(to)
    .bulkAdd(await tx.table<OutboxEntry, number>(from).toArray());
}

/** Each entity's table under the name `TABLE_OF` gives it (`db.recommendations`), typed by entity. */
type RecordTables = { [E in EntityName as (typeof TABLE_OF)[E]]: Table<EntityRows[E], string> };

// Dexie puts a property on the database for each table; the interface gives the record tables
// their types from TABLE_OF, so a new entity needs no line here.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- Dexie defines them
export interface AppDatabase extends RecordTables {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface
export class AppDatabase extends Dexie {
  files!: Table<FileEntry, string>;
  outbox!: Table<OutboxEntry, number, NewOutboxEntry>;
  rejected!: Table<RejectedEntry, number>;
  meta!: Table<MetaEntry, string>;
  words!: Table<WordsEntry, string>;
  searchBacklog!: Table<SearchBacklogEntry, number>;

  constructor(name = 'dien-dan-tre-em') {
    super(name);
    this.version(1).stores(V1_STORES);
    // v2: forums by unit and year, for the filters and reports of a year; rows saved under v1 get
    // their year from their date here.
    this.version(2)
      .stores({
        forums: 'id, unitCode, planId, date, _updatedAt, _state, *_words, [unitCode+_year]',
      })
      .upgrade(async (tx) => {
        await tx
          .table('forums')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            const year = yearOf(row);
            if (year !== undefined) row['_year'] = year;
          });
      });
    // v3: recommendations by level, for forwarding and the home screen's counts. IndexedDB builds
    // the new index from the rows already stored; no upgrade function is needed.
    this.version(3).stores({
      recommendations:
        'id, unitCode, forumId, themeCode, year, responseStatus, _updatedAt, _state, *_words, level',
    });
    // v4: reports sent up and reviewed, each unit's letterhead for its documents, and units'
    // progress on the work programme's activities.
    this.version(4).stores({
      submissions: 'id, unitCode, year, status',
      letterheads: 'id, unitCode',
      progress: 'id, activityId, unitCode',
    });
    // v5: attachments (photos, minutes, consent forms, reply letters) and their bytes by content hash.
    this.version(5).stores({
      attachments: 'id, parentId, unitCode, sha256, _state',
      files: 'sha256, state',
    });
    // v6: search words move to a table of their own (db/search-index.ts), so a big pull stores its
    // records first and indexes their words after. The records' own word index goes; the words of
    // the records already here are built from the backlog after the upgrade, not during it (a
    // phone with 50,000 records opens its data at once, and search catches up).
    this.version(6)
      .stores({
        forums: 'id, unitCode, planId, date, _updatedAt, _state, [unitCode+_year]',
        recommendations:
          'id, unitCode, forumId, themeCode, year, responseStatus, _updatedAt, _state, level',
        attendees: 'id, trainingId, unitCode, _state',
        words: 'id, *words',
        searchBacklog: '++seq',
      })
      .upgrade(async (tx) => {
        for (const entity of SEARCHED_ENTITIES) {
          const ids = await tx.table(TABLE_OF[entity]).toCollection().primaryKeys();
          await tx.table('searchBacklog').bulkAdd(backlogEntries(entity, ids.map(String)));
        }
      });
    // v7: the follow-up screen's questions of a year ("this theme in 2024", "unanswered in 2024")
    // counted and listed from one index each (features/follow-up/follow-up-filters.ts) instead of
    // walking a thousand records. IndexedDB builds them from the rows already stored.
    this.version(7).stores({
      recommendations:
        'id, unitCode, forumId, themeCode, year, responseStatus, _updatedAt, _state, level, [year+themeCode], [year+responseStatus]',
    });
    // v8: indexes another index answers, or no query uses, go: every save, acknowledgement and
    // pulled record paid for them. `_state` on each record table (a save set it and its
    // acknowledgement set it again); the recommendations' `year`, `themeCode` and `responseStatus`,
    // answered from [year+themeCode] and [year+responseStatus] (db/queries.ts: a year is the first
    // part of their keys, and a theme or a status is probed once for each year there is).
    // IndexedDB drops them without touching the rows.
    this.version(8).stores({
      forums: 'id, unitCode, planId, date, _updatedAt, [unitCode+_year]',
      recommendations:
        'id, unitCode, forumId, _updatedAt, level, [year+themeCode], [year+responseStatus]',
      trainings: 'id, unitCode, date, _updatedAt',
      attendees: 'id, trainingId, unitCode',
      attachments: 'id, parentId, unitCode, sha256',
    });
    // v9: the clock and the mutation counter, kept under 'hlc' and 'nextMutationId', move to one
    // row (CLOCK_KEY), so that a save reads one meta row and writes one (db/write.ts). The counter
    // carries on from where it was: the mutations still in the outbox keep their ids.
    this.version(9)
      .stores({})
      .upgrade(async (tx) => {
        const meta = tx.table<MetaEntry, string>('meta');
        const [hlc, counter] = await meta.bulkGet(['hlc', 'nextMutationId']);
        // Both were always written together: a device with no clock has saved nothing yet.
        if (hlc) {
          const row: ClockRowV9 = {
            clock: hlc.value as HlcState,
            nextMutationId: typeof counter?.value === 'number' ? counter.value : 1,
          };
          await meta.put({ key: CLOCK_KEY, value: row });
        }
        await meta.bulkDelete(['hlc', 'nextMutationId']);
      });
    // v10 and v11: the outbox's keys come from IndexedDB's key generator, so that a save need not
    // read the counter to number its change (db/mutation-ids.ts). IndexedDB cannot give a store a key
    // generator, so the entries move to a new store and back (a store deleted by a version is still
    // readable in its upgrade). The generator starts past the last id the device gave (kept in the
    // clock row by v9), which the server may have acknowledged and the outbox forgotten.
    this.version(10)
      .stores({ outbox: null, outboxMoving: '++id, [entity+recordId]' })
      .upgrade((tx) => moveOutbox(tx, 'outbox', 'outboxMoving'));
    this.version(11)
      .stores({ outboxMoving: null, outbox: '++id, [entity+recordId]' })
      .upgrade(async (tx) => {
        await moveOutbox(tx, 'outboxMoving', 'outbox');
        const meta = tx.table<MetaEntry, string>('meta');
        const clock = await getMeta<ClockRowV9>(meta, CLOCK_KEY);
        await keysFrom(
          tx.table<OutboxEntry, number, NewOutboxEntry>('outbox'),
          (clock?.nextMutationId ?? 1) - 1,
        );
        if (clock) await setMeta(meta, CLOCK_KEY, { clock: clock.clock } satisfies ClockRow);
      });
  }

  tableOf<E extends EntityName>(entity: E): Table<EntityRows[E], string> {
    return this.table(TABLE_OF[entity]);
  }

  /** Any entity's table, for the code that writes every entity alike (the write module, pull). */
  recordTable(entity: EntityName): Table<LocalRecord, string> {
    return this.table(TABLE_OF[entity]);
  }

  get recordTables() {
    return Object.values(TABLE_OF).map((name) => this.table(name));
  }

  /**
   * The records and what is derived from them (search words hold folded names): what a scope reset
   * or another account's sign-in clears, all of it, so nothing of the old scope is left behind.
   */
  get heldTables() {
    return [...this.recordTables, this.words, this.searchBacklog];
  }
}

export const db = new AppDatabase();
