-- 0001: the first schema. Append-only: later changes go in 0002-…, never edit this file.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE units (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  parent_code TEXT,
  valid_from  TEXT,
  valid_to    TEXT,
  merged_into TEXT
) STRICT;

CREATE TABLE unit_aliases (
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  ord     INTEGER NOT NULL,
  alias   TEXT NOT NULL,
  PRIMARY KEY (unit_id, ord)
) STRICT;

CREATE TABLE stored_files (
  sha256        TEXT PRIMARY KEY,
  original_name TEXT NOT NULL,
  size          INTEGER NOT NULL,
  format        TEXT NOT NULL,
  stored_at     TEXT NOT NULL
) STRICT;

CREATE TABLE plans (
  id              INTEGER PRIMARY KEY,
  doc_type        TEXT,
  number          TEXT,
  place           TEXT,
  issued_date     TEXT,
  issuer          TEXT,
  superior_issuer TEXT,
  title           TEXT NOT NULL,
  signer          TEXT,
  source_text     TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL
) STRICT;

-- Documents a plan cites and the recipients it names, in order.
CREATE TABLE plan_refs (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  role    TEXT NOT NULL CHECK (role IN ('cites', 'recipient')),
  ord     INTEGER NOT NULL,
  text    TEXT NOT NULL,
  PRIMARY KEY (plan_id, role, ord)
) STRICT;

CREATE TABLE plan_items (
  id                  INTEGER PRIMARY KEY,
  plan_id             INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  ord                 INTEGER NOT NULL,
  code                TEXT NOT NULL,
  parent_code         TEXT,
  level               INTEGER NOT NULL,
  kind                TEXT NOT NULL CHECK (kind IN ('section', 'context', 'task')),
  text                TEXT NOT NULL,
  deadline_text       TEXT,
  deadline_date       TEXT,
  deadline_recurrence TEXT,
  UNIQUE (plan_id, code)
) STRICT;

CREATE TABLE plan_item_flags (
  item_id INTEGER NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
  flag    TEXT NOT NULL,
  PRIMARY KEY (item_id, flag)
) STRICT;

CREATE TABLE item_assignees (
  item_id    INTEGER NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  label      TEXT NOT NULL,
  unit_code  TEXT,
  PRIMARY KEY (item_id, ord)
) STRICT;

CREATE TABLE item_assignee_kinds (
  item_id INTEGER NOT NULL,
  ord     INTEGER NOT NULL,
  kind    TEXT NOT NULL,
  PRIMARY KEY (item_id, ord, kind),
  FOREIGN KEY (item_id, ord) REFERENCES item_assignees(item_id, ord) ON DELETE CASCADE
) STRICT;

CREATE TABLE indicators (
  id      INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  ord     INTEGER NOT NULL,
  key     TEXT NOT NULL,
  name    TEXT NOT NULL,
  measure TEXT NOT NULL,
  UNIQUE (plan_id, key)
) STRICT;

CREATE TABLE indicator_synonyms (
  indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  synonym      TEXT NOT NULL,
  PRIMARY KEY (indicator_id, ord)
) STRICT;

CREATE TABLE rounds (
  id          INTEGER PRIMARY KEY,
  plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  label       TEXT NOT NULL,
  period_from TEXT,
  period_to   TEXT,
  due_date    TEXT NOT NULL,
  locked      INTEGER NOT NULL DEFAULT 0,
  UNIQUE (plan_id, label)
) STRICT;

CREATE TABLE reports (
  id            INTEGER PRIMARY KEY,
  unit_id       INTEGER NOT NULL REFERENCES units(id),
  plan_id       INTEGER NOT NULL REFERENCES plans(id),
  round_id      INTEGER NOT NULL REFERENCES rounds(id),
  file_sha      TEXT NOT NULL REFERENCES stored_files(sha256),
  reader        TEXT NOT NULL,
  report_date   TEXT,
  received_at   TEXT NOT NULL,
  imported_at   TEXT NOT NULL,
  superseded_by INTEGER REFERENCES reports(id)
) STRICT;
CREATE INDEX reports_round_unit ON reports (round_id, unit_id);
CREATE INDEX reports_file ON reports (file_sha);

CREATE TABLE report_entries (
  report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  item_id     INTEGER NOT NULL REFERENCES plan_items(id),
  status      TEXT NOT NULL CHECK (status IN ('done', 'in_progress', 'not_done')),
  result_text TEXT NOT NULL DEFAULT '',
  source      TEXT NOT NULL,
  PRIMARY KEY (report_id, item_id)
) STRICT;

CREATE TABLE report_figures (
  report_id    INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  indicator_id INTEGER NOT NULL REFERENCES indicators(id),
  value        REAL NOT NULL,
  source       TEXT NOT NULL,
  PRIMARY KEY (report_id, indicator_id)
) STRICT;

-- Every accept, edit and delete, for the history the specialist can be asked about.
CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  detail    TEXT NOT NULL DEFAULT ''
) STRICT;
