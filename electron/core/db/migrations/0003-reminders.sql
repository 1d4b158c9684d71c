-- 0003: the log of reminder letters (công văn đôn đốc) sent for a round.
CREATE TABLE reminders (
  id        INTEGER PRIMARY KEY,
  round_id  INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  unit_code TEXT NOT NULL,
  reason    TEXT NOT NULL CHECK (reason IN ('missing', 'incomplete')),
  due_date  TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sent_at   TEXT NOT NULL
) STRICT;
CREATE INDEX reminders_round ON reminders (round_id);
