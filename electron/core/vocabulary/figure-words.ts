// Words around a number in a report's prose that say what kind of number it is (folded: no
// diacritics, lower case). Data, not logic: a province that writes differently adds its words here.

/** After these, the numbers of the sentence are parts of a figure already given ("…, trong đó …"). */
export const PART_MARKERS = ['trong do', 'bao gom', 'cu the', 'gom co', 'rieng'];

/** Before a number, these make it the total of its kind ("tổng cộng 03 đoàn", "tổng số … là 02"). */
export const TOTAL_MARKERS = ['tong cong', 'tong so', 'tinh chung', 'toan huyen', 'toan tinh', 'toan thanh pho', 'toan dang bo', 'toan khoi', 'ca nam', 'luy ke ca nam'];

/** A change, not a count: the rest of the clause is a difference ("tăng 02 hội nghị với 265 lượt"). */
export const DELTA_MARKERS = ['tang', 'giam', 'tang them', 'them', 'nhieu hon', 'it hon', 'so voi', 'chenh lech', 'dieu chinh', 'bo sung'];

/** What is aimed at, not done ("phấn đấu tổ chức 15 hội nghị"). */
export const TARGET_MARKERS = ['phan dau', 'du kien', 'chi tieu', 'muc tieu', 'se to chuc', 'se mo', 'du tinh', 'ke hoach nam', 'dat ra'];

/**
 * A proposal right before a number's verb: what was asked for, not done ("kiến nghị thu hồi 980 triệu
 * đồng, đã thu hồi 720 triệu đồng"; "đề nghị kết nạp 12 quần chúng").
 */
export const PROPOSAL_MARKERS = ['kien nghi', 'de nghi', 'de xuat', 'yeu cau'];

/** Words of a number spelled out after its digits, as formal documents do ("02 (hai) hội nghị"). */
export const SPELLED_NUMBER_WORDS = new Set(['khong', 'mot', 'hai', 'ba', 'bon', 'tu', 'nam', 'lam', 'sau', 'bay', 'tam', 'chin', 'muoi', 'tram', 'nghin', 'ngan', 'trieu', 'ty', 'linh', 'le']);

/**
 * Verbs that may stand between a figure's name and "là"/":" ("tổng số tin, bài đã đăng là 42"):
 * they name nothing, so the name before them is read as the label.
 */
export const LABEL_VERBS = ['da', 'duoc', 'dang tai', 'dang', 'phat hanh', 'ban hanh', 'phat', 'to chuc', 'thuc hien', 'trien khai', 'mo', 'treo'];

/** Words between a verb and its number that say nothing of which figure: "giải quyết được 132". */
export const LEAD_FILLERS = new Set(['duoc', 'da', 'la', 'co', 'them', 'tong', 'so', 'cho']);

/** A plain "no" that reports zero ("không tổ chức đoàn ra", "không có đoàn vào"; "chưa tổ chức" in a report on a period past). */
export const ZERO_VERBS = ['khong to chuc', 'chua to chuc', 'khong don', 'khong cu', 'khong co', 'khong mo', 'khong phat sinh', 'khong thuc hien', 'khong tiep'];

/**
 * Counting words that say "how many" of anything: alone they name no figure, so "04 cuộc hội đàm"
 * is not "số cuộc kiểm tra". Such a word counts only with the word after it ("cuộc kiểm tra").
 */
export const CLASSIFIERS = new Set(['cuoc', 'lop', 'buoi', 'luot', 'ban', 'cai', 'dot', 'lan', 'nguoi', 'chiec', 'bo', 'to', 'so', 'don vi', 'hoat dong']);

/**
 * Words that follow a noun rather than make one with a counting word before them: "1.500 bản gửi
 * các đơn vị" counts copies, as "1.500 bản." does.
 */
export const AFTER_A_NOUN = new Set(['gui', 'cho', 'toi', 'den', 'tai', 've', 'va', 'duoc', 'da', 'phat', 'tren', 'o', 'trong', 'nham']);

/**
 * The words after a number count printed pieces: copies ("1.500 bản gửi các đơn vị", "300 cuốn tài
 * liệu") or leaflets ("2.500 tờ rơi"), not the documents written. `first` is the first word as written:
 * "tờ" folds as "tổ" (a group) does. "bản" needs no noun after it: "02 bản" may be villages.
 */
export function countsPieces(words: readonly string[], first: string | undefined): boolean {
  const [w0, w1] = words;
  if (first?.toLowerCase() === 'tờ' || w0 === 'cuon') return true;
  return w0 === 'ban' && (w1 === undefined || AFTER_A_NOUN.has(w1));
}

/** A measure word that a following word turns into something else ("đoàn viên", "đoàn thể"). */
export const NOT_FOLLOWED_BY: Readonly<Record<string, readonly string[]>> = {
  doan: ['vien', 'the', 'ket', 'thanh', 'tncs', 'hoi', 'tu', 'luat'],
  tin: ['nhan', 'hieu', 'hoc', 'dung', 'tuong', 'do'],
  bai: ['hoc', 'tap', 'tho'],
  don: ['vi', 'gian', 'le', 'doc', 'sac'],
};

/**
 * Deeds a report says were done to what a figure counts, by kind ("tiếp nhận 268 kiến nghị", "xây
 * dựng 15 mô hình"): against a figure whose name says a deed of another kind ("… được giải quyết",
 * "… được công nhận"), they tell the number is not it. "nêu 78 ý kiến" is "được tiếp nhận" still.
 */
export const DEED_KINDS: Readonly<Record<string, readonly string[]>> = {
  receive: ['tiep nhan', 'tiep thu', 'ghi nhan', 'nhan', 'neu', 'phan anh', 'de xuat', 'kien nghi', 'gui', 'tong hop', 'de nghi', 'chuyen', 'chuyen den'],
  resolve: ['giai quyet', 'xu ly', 'tra loi'],
  build: ['xay dung', 'xay moi', 'thanh lap', 'khoi cong', 'trien khai', 'to chuc', 'thuc hien', 'duy tri', 'nhan rong', 'ban giao', 'lap dat'],
  repair: ['sua chua', 'nang cap'],
  recognise: ['cong nhan', 'binh chon', 'lua chon', 'khen thuong', 'trao', 'trao tang', 'trao huy', 'chuyen chinh', 'tang huy', 'tang bang', 'tang giay', 'tang ky', 'tang danh', 'xet', 'tuyen duong', 'bieu duong'],
  inspect: ['kiem tra', 'giam sat', 'ra soat', 'tham dinh', 'thanh tra'],
  discover: ['phat hien'],
  prosecute: ['khoi to', 'truy to', 'xet xu', 'dieu tra'],
  discipline: ['ky luat'],
  admit: ['ket nap'],
  train: ['boi duong', 'dao tao', 'tap huan'],
  persuade: ['van dong', 'tuyen truyen'],
  register: ['dang ky'],
  consolidate: ['kien toan', 'cung co'],
  meet: ['tiep xuc', 'doi thoai', 'tiep don'],
  join: ['tham gia', 'tham du'],
};
