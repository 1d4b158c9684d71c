// The figures (chỉ tiêu) offices collect, with the words that name them in plans and reports. Data,
// not logic: `when` says when a plan's tasks speak of the figure's subject (tested on folded text),
// synonyms and the measure are what later recognise it in a report's columns or prose.
import type { Indicator } from '../../../shared/domain';

export interface CatalogueEntry extends Indicator {
  /** Tested on the folded text of the tasks (no diacritics, lower case, punctuation as spaces). */
  when: (f: string) => boolean;
  /** Read only for a plan that asks for it, never kept as "số liệu khác" beside another plan's figures. */
  plannedOnly?: boolean;
  /** The wider figure this one is a narrower kind of: said without its own words, a number is the wider one's; the wider counts this one too (added to it unless given as its part). */
  narrowerOf?: string;
}

const has = (re: RegExp) => (f: string) => re.test(f);

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    key: 'hoi_nghi',
    name: 'Số hội nghị, lớp quán triệt',
    measure: 'hội nghị',
    synonyms: ['hội nghị', 'số hội nghị', 'hội nghị quán triệt', 'hội nghị học tập, quán triệt', 'lớp quán triệt', 'lớp học tập', 'số lớp', 'số cuộc', 'buổi quán triệt'],
    when: has(/\bhoi nghi\b|\bquan triet\b|\blop hoc tap\b/),
  },
  {
    key: 'luot_tham_du',
    name: 'Số lượt cán bộ, đảng viên tham dự',
    measure: 'lượt người',
    synonyms: [
      'lượt cán bộ, đảng viên', 'lượt người tham dự', 'số người tham dự', 'lượt tham dự', 'số lượt', 'cán bộ, đảng viên tham dự', 'số đảng viên tham gia',
      'lượt đảng viên', 'người tham dự', 'lượt người', 'lượt cán bộ', 'lượt hội viên', 'lượt đoàn viên', 'lượt đại biểu', 'lượt học viên', 'lượt người dân',
      'lượt cán bộ, chiến sĩ', 'lượt cán bộ, hội viên', 'lượt đoàn viên, hội viên', 'số lượt người tham dự', 'lượt tham gia', 'lượt người tham gia',
      'người tham gia', 'đại biểu', 'đại biểu tham dự', 'lượt cán bộ, đảng viên và nhân dân', 'lượt quần chúng',
      // "với 85 đồng chí tham dự": comrades counted as they sat in the hall.
      'đồng chí tham dự', 'đồng chí tham gia', 'đồng chí cán bộ, đảng viên',
    ],
    when: (f) => /\b(quan triet|hoc tap|hoi nghi|tap huan|tham du)\b/.test(f) && /\b(can bo|dang vien)\b/.test(f),
  },
  {
    key: 'tin_bai',
    name: 'Số tin, bài tuyên truyền',
    measure: 'tin, bài',
    synonyms: ['tin, bài', 'tin bài', 'số tin, bài', 'bài viết', 'tin, bài, phóng sự', 'phóng sự', 'tin bài đăng tải', 'số tin', 'số bài', 'lượt tin, bài', 'lượt tin bài'],
    when: has(/\btin bai\b|\bbai viet\b|\bbao chi\b|\bthong tin dai chung\b|\bphong su\b|\bdang tai\b/),
  },
  {
    key: 'chuyen_muc',
    name: 'Số chuyên trang, chuyên mục',
    measure: 'chuyên trang, chuyên mục',
    synonyms: ['chuyên trang', 'chuyên mục', 'chuyên trang, chuyên mục', 'số chuyên mục', 'chuyên đề trên báo'],
    when: has(/\bchuyen trang\b|\bchuyen muc\b/),
  },
  {
    key: 'buoi_tuyen_truyen',
    name: 'Số buổi tuyên truyền',
    measure: 'buổi',
    synonyms: ['buổi tuyên truyền', 'số buổi', 'buổi nói chuyện', 'tuyên truyền miệng', 'cuộc tuyên truyền', 'buổi sinh hoạt', 'lượt báo cáo viên'],
    when: has(/\bbuoi (tuyen truyen|noi chuyen|sinh hoat)\b|\btuyen truyen mieng\b|\bbao cao vien\b|\btuyen truyen vien\b|\bnoi chuyen chuyen de\b/),
  },
  {
    key: 'tai_lieu',
    name: 'Số tài liệu tuyên truyền phát hành',
    measure: 'bản',
    synonyms: ['tài liệu', 'số tài liệu', 'tài liệu tuyên truyền', 'bản tài liệu', 'tài liệu phát hành', 'đề cương tuyên truyền', 'tờ rơi', 'tờ gấp', 'cuốn tài liệu', 'ấn phẩm'],
    when: has(/\btai lieu\b.{0,60}\b(phat hanh|bien soan|bien tap|cung cap)\b|\b(phat hanh|bien soan|bien tap|cung cap)\b.{0,60}\btai lieu\b|\bde cuong tuyen truyen\b/),
  },
  {
    key: 'co_dong_truc_quan',
    name: 'Số băng rôn, pa-nô, khẩu hiệu',
    measure: 'cái',
    synonyms: ['băng rôn', 'pa-nô', 'pano', 'khẩu hiệu', 'cổ động trực quan', 'áp phích', 'băng rôn, khẩu hiệu'],
    when: has(/\bco dong truc quan\b|\bbang ron\b|\bpa no\b|\bpano\b|\bkhau hieu\b|\bap phich\b/),
  },
  {
    key: 'tin_bai_mang',
    name: 'Số tin, bài trên mạng xã hội, trang thông tin điện tử',
    measure: 'tin, bài',
    synonyms: ['mạng xã hội', 'trang thông tin điện tử', 'tin, bài trên mạng', 'bài đăng', 'fanpage', 'cổng thông tin điện tử'],
    when: has(/\bmang xa hoi\b|\btrang thong tin dien tu\b|\bcong thong tin dien tu\b|\bfanpage\b/),
    narrowerOf: 'tin_bai',
  },
  {
    key: 'van_ban',
    name: 'Số kế hoạch, văn bản triển khai',
    measure: 'văn bản',
    // A document's kind after its count: "02 kế hoạch, 03 công văn, 01 hướng dẫn".
    synonyms: ['kế hoạch', 'văn bản', 'số văn bản', 'kế hoạch, văn bản', 'văn bản chỉ đạo', 'văn bản triển khai', 'số kế hoạch', 'công văn', 'hướng dẫn'],
    when: has(/\b(xay dung|ban hanh) (cac )?(ke hoach|van ban)\b|\bvan ban (chi dao|trien khai|huong dan)\b/),
  },
  {
    key: 'kiem_tra',
    name: 'Số cuộc kiểm tra, giám sát',
    measure: 'cuộc',
    synonyms: ['kiểm tra', 'giám sát', 'cuộc kiểm tra', 'số cuộc kiểm tra', 'kiểm tra, giám sát', 'đoàn kiểm tra', 'cuộc giám sát', 'đoàn giám sát'],
    when: has(/\bkiem tra\b|\bgiam sat\b/),
  },
  {
    key: 'tap_huan',
    name: 'Số lớp tập huấn, bồi dưỡng',
    measure: 'lớp',
    synonyms: ['tập huấn', 'bồi dưỡng', 'lớp tập huấn', 'lớp bồi dưỡng', 'số lớp tập huấn'],
    when: has(/\b(to chuc|mo)( cac)?( lop| khoa| chuong trinh)? (tap huan|boi duong)\b|\blop (tap huan|boi duong)\b/),
  },
  {
    key: 'hoi_thao',
    name: 'Số hội thảo, tọa đàm',
    measure: 'cuộc',
    synonyms: ['hội thảo', 'tọa đàm', 'toạ đàm', 'số hội thảo', 'hội thảo, tọa đàm'],
    when: has(/\b(to chuc|mo)( cac)?( cuoc| buoi)? (hoi thao|toa dam)\b/),
  },
  {
    key: 'doan_ra_vao',
    name: 'Số đoàn ra, đoàn vào',
    measure: 'đoàn',
    synonyms: ['đoàn ra', 'đoàn vào', 'đoàn ra, đoàn vào', 'đoàn ra, vào', 'đoàn khách', 'đoàn công tác', 'số đoàn', 'số đoàn ra, đoàn vào', 'lượt đoàn'],
    when: has(/\bdoan ra\b|\bdoan vao\b|\bdon tiep (cac )?doan\b/),
  },
  {
    key: 'tien_ung_ho',
    name: 'Số tiền vận động, ủng hộ',
    measure: 'triệu đồng',
    synonyms: ['số tiền vận động', 'số tiền ủng hộ', 'tiền ủng hộ', 'vận động ủng hộ', 'ủng hộ quỹ', 'tiếp nhận ủng hộ', 'quyên góp'],
    // Sums given to many causes run through reports on anything: the plan's only when it asks.
    plannedOnly: true,
    when: has(/\b(ung ho|van dong|quyen gop)\b.{0,40}\bquy\b|\bquy\b.{0,40}\bung ho\b/),
  },
];

/** The figure `key` is a narrower kind of ("tin_bai_mang" → "tin_bai"), if the catalogue says so. */
export function widerFigureOf(key: string): string | undefined {
  return CATALOGUE.find((c) => c.key === key)?.narrowerOf;
}
