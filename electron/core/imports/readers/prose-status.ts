// Pure: an item's status from the words of the paragraph that reports it ("đã tổ chức quán triệt…",
// "đang triển khai", "chưa xây dựng"). Matched with diacritics: folded, "đang" and "Đảng" collide.
import type { EntryStatus } from '../../../../shared/domain';
import { parseEntryStatus } from '../../../../shared/status-words';

export type ProseStatus = { status: EntryStatus; certainty: number; phrase: string };

const START = String.raw`(?<![\p{L}\d])`;
const VERB_LIST = 'thực hiện|triển khai|tổ chức|xây dựng|ban hành|quán triệt|tiến hành|hoàn thành|mở|làm|có kế hoạch';
const VERBS = `(?:${VERB_LIST})`;
// What only "đang" makes a status of: "đang phối hợp … rà soát", "đang chuẩn bị", "đang dự thảo".
const UNDER_WAY = 'hoàn thiện|dự thảo|chỉ đạo|phối hợp|rà soát|chuẩn bị|sửa đổi|bổ sung|nghiên cứu|xem xét|thẩm định|lấy ý kiến|tham mưu';
const NOT_DONE = new RegExp(`${START}(?:chưa|không)\\s+(?:được\\s+)?${VERBS}`, 'u');
const IN_PROGRESS = new RegExp(
  `${START}(?:đang\\s+(?:được\\s+)?(?:${VERB_LIST}|${UNDER_WAY})|chưa hoàn thành|tiếp tục (?:thực hiện|triển khai))`,
  'u',
);
// Said of what is still ahead ("sẽ tiến hành trong quý IV", "chuyển sang năm 2020"): not done yet,
// unless the paragraph also says what was done.
const AHEAD = new RegExp(`${START}(?:(?:sẽ|dự kiến)\\s+(?:được\\s+)?${VERBS}|chuyển sang (?:thực hiện|triển khai|năm|quý))`, 'u');
// Under way but behind: "triển khai chậm", "chậm tiến độ".
const BEHIND = new RegExp(`${START}(?:${VERB_LIST})\\s+chậm|${START}chậm (?:tiến độ|so với)`, 'u');
// "… được các chi bộ thực hiện thường xuyên", "thường xuyên tổ chức": done, and going on.
const DONE = new RegExp(`${START}(?:đã\\s+(?:được\\s+)?\\p{L}+|hoàn thành|tổ chức được|ban hành được|kết quả:|${VERBS}\\s+thường xuyên|thường xuyên\\s+(?:được\\s+)?${VERBS})`, 'u');

export function statusInText(raw: string): ProseStatus | null {
  const text = raw.normalize('NFC').toLowerCase();
  // "chưa hoàn thành" is in progress, not "hoàn thành": check it before the done words.
  const notDone = NOT_DONE.exec(text);
  const progress = IN_PROGRESS.exec(text);
  const done = DONE.exec(text.replace(/chưa hoàn thành/gu, ''));
  if (notDone && !/chưa hoàn thành/u.test(notDone[0])) {
    // Done and not done in one paragraph: partly done.
    return done ? { status: 'in_progress', certainty: 0.6, phrase: `${done[0]} … ${notDone[0]}` } : { status: 'not_done', certainty: 0.85, phrase: notDone[0] };
  }
  if (progress) return { status: 'in_progress', certainty: done ? 0.7 : 0.85, phrase: progress[0] };
  const behind = BEHIND.exec(text);
  if (behind) return { status: 'in_progress', certainty: 0.7, phrase: behind[0] };
  if (done) return { status: 'done', certainty: 0.85, phrase: done[0] };
  const ahead = AHEAD.exec(text);
  if (ahead) return { status: 'not_done', certainty: 0.7, phrase: ahead[0] };
  return null;
}

/** A status cell: the exact words or marks first, then the same reading as prose. */
export function statusInCell(raw: string): ProseStatus | null {
  const exact = parseEntryStatus(raw);
  if (exact) return { status: exact, certainty: 1, phrase: raw.trim() };
  return statusInText(raw);
}
