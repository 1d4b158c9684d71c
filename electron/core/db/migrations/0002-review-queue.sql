-- 0002: the review queue (files read with too little certainty, or for a locked round) and round locking time.

CREATE TABLE review_items (
  id          INTEGER PRIMARY KEY,
  file_sha    TEXT NOT NULL REFERENCES stored_files(sha256),
  file_name   TEXT NOT NULL,
  reader      TEXT NOT NULL,
  reason      TEXT NOT NULL,
  unit_code   TEXT,
  unit_evidence TEXT NOT NULL DEFAULT '',
  plan_id     INTEGER REFERENCES plans(id),
  round_id    INTEGER REFERENCES rounds(id),
  report_date TEXT,
  received_at TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  resolved_at TEXT,
  resolution  TEXT CHECK (resolution IN ('accepted', 'discarded')),
  report_id   INTEGER REFERENCES reports(id)
) STRICT;
CREATE INDEX review_items_open ON review_items (resolved_at);

CREATE TABLE review_entries (
  review_id   INTEGER NOT NULL REFERENCES review_items(id) ON DELETE CASCADE,
  ord         INTEGER NOT NULL,
  item_code   TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('done', 'in_progress', 'not_done')),
  result_text TEXT NOT NULL DEFAULT '',
  source      TEXT NOT NULL,
  confidence  REAL NOT NULL,
  PRIMARY KEY (review_id, ord)
) STRICT;

CREATE TABLE review_figures (
  review_id     INTEGER NOT NULL REFERENCES review_items(id) ON DELETE CASCADE,
  ord           INTEGER NOT NULL,
  indicator_key TEXT NOT NULL,
  value         REAL NOT NULL,
  source        TEXT NOT NULL,
  PRIMARY KEY (review_id, ord)
) STRICT;

ALTER TABLE rounds ADD COLUMN locked_at TEXT;
