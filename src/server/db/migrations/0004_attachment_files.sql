-- Attachments' bytes, stored once by their SHA-256 (docs/decisions/0010-attachments.md). Kept in the
-- database so that the embedded PGlite needs nothing else and a backup holds everything.
CREATE TABLE files (
  sha256 text PRIMARY KEY,
  mime text NOT NULL,
  size integer NOT NULL,
  bytes bytea NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- An upload under way: the pieces received so far, in order. A device that lost its connection asks
-- how far it got and sends the rest; a piece at the wrong offset is refused, so bytes never repeat.
CREATE TABLE file_uploads (
  sha256 text PRIMARY KEY,
  mime text NOT NULL,
  size integer NOT NULL,
  received integer NOT NULL DEFAULT 0,
  user_id uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE file_pieces (
  sha256 text NOT NULL REFERENCES file_uploads (sha256) ON DELETE CASCADE,
  "offset" integer NOT NULL,
  bytes bytea NOT NULL,
  PRIMARY KEY (sha256, "offset")
);
CREATE INDEX file_uploads_user_idx ON file_uploads (user_id);

-- Who may download a file is decided by the attachment records that name it.
CREATE INDEX records_attachment_file_idx ON records ((data->>'sha256')) WHERE entity = 'attachment';
