// Headings of a report's sections and what their numbers are (folded words). A figure counts only
// where the report says what was done; context, limits, plans ahead and requests carry other numbers.
export type SectionKind = 'results' | 'context' | 'limits' | 'ahead' | 'requests';

export const SECTION_WORDS: ReadonlyArray<[Exclude<SectionKind, 'results'>, readonly string[]]> = [
  ['ahead', ['phuong huong', 'nhiem vu thoi gian toi', 'nhiem vu trong thoi gian toi', 'nhiem vu nam toi', 'ke hoach nam toi', 'nhiem vu giai phap', 'nhiem vu va giai phap', 'thoi gian toi']],
  ['requests', ['kien nghi', 'de xuat', 'de nghi']],
  ['limits', ['han che', 'ton tai', 'khuyet diem', 'kho khan', 'vuong mac', 'nguyen nhan', 'bai hoc kinh nghiem']],
  ['context', ['dac diem', 'tinh hinh chung', 'boi canh', 'khai quat', 'danh gia chung', 'nhan xet chung', 'tinh hinh']],
];

/** "Nhiệm vụ năm 2021": the year ahead of the report's own period. */
export const AHEAD_YEAR = /\b(?:phuong huong|nhiem vu|ke hoach)\b.*\bnam (\d{4})\b/u;
