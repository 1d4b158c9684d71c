-- 0007: scanned reports read by OCR. The page images that were read (straightened, as JPEG) and
-- where on them each value was read stay with the original file, for review and for tracing a
-- figure back to the page later. A box names its value by field and key (the item code or the
-- indicator key; empty for the unit, number and date), which review items and reports share.

CREATE TABLE scan_pages (
  file_sha   TEXT NOT NULL REFERENCES stored_files(sha256),
  page       INTEGER NOT NULL,
  width      INTEGER NOT NULL,
  height     INTEGER NOT NULL,
  mime       TEXT NOT NULL,
  image      BLOB NOT NULL,
  confidence REAL NOT NULL,
  skew_deg   REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (file_sha, page)
) STRICT;

CREATE TABLE scan_boxes (
  file_sha   TEXT NOT NULL REFERENCES stored_files(sha256),
  field      TEXT NOT NULL CHECK (field IN ('unit', 'number', 'date', 'entry', 'figure')),
  key        TEXT NOT NULL DEFAULT '',
  page       INTEGER NOT NULL,
  x          REAL NOT NULL,
  y          REAL NOT NULL,
  w          REAL NOT NULL,
  h          REAL NOT NULL,
  text       TEXT NOT NULL,
  confidence REAL NOT NULL,
  PRIMARY KEY (file_sha, field, key)
) STRICT;
