-- 0009: Đối chiếu reads every current report's item statuses for a round (16 000 for 200 units ×
-- 80 items): this index holds all it reads, so the read never touches the table rows with their
-- result text.
CREATE INDEX report_entries_status ON report_entries (report_id, item_id, status);
