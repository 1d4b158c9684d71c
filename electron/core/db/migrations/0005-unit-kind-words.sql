-- 0005: a unit's kind is the office's own word for it ("Đảng ủy trực thuộc Tỉnh ủy"); the family
-- it belongs to ("dang-uy-truc-thuoc") is what group assignees resolve by. Until now the kind
-- column held the family key: it becomes the family, and the kind gets the family's label.
ALTER TABLE units ADD COLUMN family TEXT NOT NULL DEFAULT 'khac';

UPDATE units SET family = kind
WHERE kind IN ('huyen-uy', 'dang-uy-xa', 'dang-uy-truc-thuoc', 'ban-dang', 'dang-doan-bcs', 'mttq-doan-the', 'bao-chi', 'so-nganh', 'khac');

UPDATE units SET kind = CASE kind
  WHEN 'huyen-uy' THEN 'Huyện ủy, thị ủy, thành ủy'
  WHEN 'dang-uy-xa' THEN 'Đảng ủy xã, phường, thị trấn, đặc khu'
  WHEN 'dang-uy-truc-thuoc' THEN 'Đảng ủy trực thuộc'
  WHEN 'ban-dang' THEN 'Cơ quan tham mưu, giúp việc'
  WHEN 'dang-doan-bcs' THEN 'Đảng đoàn, ban cán sự đảng'
  WHEN 'mttq-doan-the' THEN 'Mặt trận Tổ quốc, đoàn thể chính trị - xã hội'
  WHEN 'bao-chi' THEN 'Cơ quan báo chí'
  WHEN 'so-nganh' THEN 'Sở, ban, ngành'
  WHEN 'khac' THEN 'Khác'
  ELSE kind
END;

-- Units of one kind are listed and renamed together in the Đơn vị screen.
CREATE INDEX units_kind ON units (kind);
