-- 0006: what reading a report leaves beside its figures: the number it bears, the readers' notes
-- (a total that does not add up, a value given twice), the other copies of the same report (the
-- signed PDF of a Word report, an .xls re-save), and figures the plan did not name but units report.

ALTER TABLE reports ADD COLUMN report_number TEXT;
CREATE INDEX reports_unit_number ON reports (unit_id, report_number);

CREATE TABLE report_notes (
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  ord       INTEGER NOT NULL,
  code      TEXT NOT NULL,
  message   TEXT NOT NULL,
  source    TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (report_id, ord)
) STRICT;

-- Another file holding the same report: kept, never counted twice.
CREATE TABLE report_copies (
  file_sha    TEXT PRIMARY KEY REFERENCES stored_files(sha256),
  report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  received_at TEXT NOT NULL,
  added_at    TEXT NOT NULL
) STRICT;
CREATE INDEX report_copies_report ON report_copies (report_id);

-- 'reports': a figure units report that the plan does not name ("số liệu khác"), until adopted.
ALTER TABLE indicators ADD COLUMN origin TEXT NOT NULL DEFAULT 'plan' CHECK (origin IN ('plan', 'reports'));

ALTER TABLE review_items ADD COLUMN report_number TEXT;

CREATE TABLE review_notes (
  review_id INTEGER NOT NULL REFERENCES review_items(id) ON DELETE CASCADE,
  ord       INTEGER NOT NULL,
  code      TEXT NOT NULL,
  message   TEXT NOT NULL,
  source    TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (review_id, ord)
) STRICT;
