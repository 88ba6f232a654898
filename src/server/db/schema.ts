// Drizzle's view of the tables that migrations/*.sql create. The SQL files are the source of truth;
// db/schema.test.ts checks that this file and the migrated database agree.
import {
  bigint,
  bigserial,
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const records = pgTable(
  'records',
  {
    entity: text('entity').notNull(),
    id: text('id').notNull(),
    unitCode: text('unit_code').notNull(),
    shared: boolean('shared').notNull().default(false),
    data: jsonb('data').$type<Record<string, unknown> | null>(),
    stamps: jsonb('stamps').$type<Record<string, string>>().notNull(),
    fieldVersions: jsonb('field_versions').$type<Record<string, number>>().notNull(),
    version: bigint('version', { mode: 'number' }).notNull(),
    /** The writing transaction's id: the change feed's order (docs/decisions/0007). */
    txid: bigint('txid', { mode: 'number' }).notNull(),
    deleted: boolean('deleted').notNull().default(false),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    submittedBy: uuid('submitted_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.entity, t.id] })],
);

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role').$type<'collaborator' | 'district' | 'province' | 'admin'>().notNull(),
  unitCode: text('unit_code').notNull(),
  passwordHash: text('password_hash').notNull(),
  disabled: boolean('disabled').notNull().default(false),
  /** Set by a reset: the one-time password works only to choose a new one. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  createdAt: ts('created_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
  revokedAt: ts('revoked_at'),
  lastUsedAt: ts('last_used_at').notNull().defaultNow(),
  userAgent: text('user_agent'),
});

export const clients = pgTable('clients', {
  clientId: uuid('client_id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  lastMutationId: bigint('last_mutation_id', { mode: 'number' }).notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
  lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
});

export const rejections = pgTable(
  'rejections',
  {
    clientId: uuid('client_id').notNull(),
    mutationId: bigint('mutation_id', { mode: 'number' }).notNull(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    message: text('message').notNull(),
    args: jsonb('args'),
    submittedBy: uuid('submitted_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.mutationId] })],
);

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: ts('at').notNull().defaultNow(),
  userId: uuid('user_id'),
  action: text('action').notNull(),
  entity: text('entity'),
  recordId: text('record_id'),
  detail: jsonb('detail'),
  ip: text('ip'),
});

/** Sign-in attempts per key (address, account at an address) in a fixed window. */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  windowStart: ts('window_start').notNull().defaultNow(),
  attempts: integer('attempts').notNull().default(0),
});

export const serverSettings = pgTable('server_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<Record<string, unknown>>().notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const schema = {
  records,
  users,
  sessions,
  clients,
  rejections,
  auditLog,
  loginThrottle,
  serverSettings,
};
