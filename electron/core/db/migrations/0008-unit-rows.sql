-- 0008: one file may hold the reports of several units (a table with a row per unit). Each report,
-- and each review item, says which row of its file it was read from ("BC!B7", the cell naming the
-- unit); NULL for a file that is one unit's report.
ALTER TABLE reports ADD COLUMN source_row TEXT;
ALTER TABLE review_items ADD COLUMN source_row TEXT;
