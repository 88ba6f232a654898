-- Every synced record, whatever its entity, lives in one table: the merge, the change feed and the
-- scope filter are the same for all of them (docs/decisions/0001-one-records-table.md).
CREATE TABLE records (
  entity text NOT NULL,
  id text NOT NULL,
  unit_code text NOT NULL,
  shared boolean NOT NULL DEFAULT false,
  data jsonb,
  stamps jsonb NOT NULL DEFAULT '{}'::jsonb,
  field_versions jsonb NOT NULL DEFAULT '{}'::jsonb,
  version bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  created_by uuid,
  updated_by uuid,
  submitted_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (entity, id)
);
CREATE UNIQUE INDEX records_version_idx ON records (version);
CREATE INDEX records_unit_version_idx ON records (unit_code, version);
CREATE INDEX records_shared_version_idx ON records (version) WHERE shared;

-- Versions are taken under a transaction-scoped advisory lock, so they are handed out in commit order.
CREATE SEQUENCE record_version_seq;

CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('collaborator', 'district', 'province', 'admin')),
  unit_code text NOT NULL,
  password_hash text NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Only a hash of each token is stored: a leaked table does not let anyone sign in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE clients (
  client_id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  last_mutation_id bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE rejections (
  client_id uuid NOT NULL,
  mutation_id bigint NOT NULL,
  name text NOT NULL,
  code text NOT NULL,
  message text NOT NULL,
  args jsonb,
  submitted_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (client_id, mutation_id)
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id uuid,
  action text NOT NULL,
  entity text,
  record_id text,
  detail jsonb,
  ip text
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
