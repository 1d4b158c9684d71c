-- 0004: figures reported as cumulative since the start of the year ("lũy kế từ đầu năm").
ALTER TABLE report_figures ADD COLUMN cumulative INTEGER NOT NULL DEFAULT 0;
ALTER TABLE review_figures ADD COLUMN cumulative INTEGER NOT NULL DEFAULT 0;
