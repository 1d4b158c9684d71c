// Who a document is sent to (Kính gửi, Nơi nhận) and who signs it.
import { isUpper } from './lines';
import type { Line } from './lines';

const SIGNER_CAPACITY = /^(T\/M|TM\.?|K\/T|KT\.?|T\/L|TL\.?|TUQ\.?|Q\.)\s*\p{Lu}/u;
const SIGNER_TITLE =
  /^(PHÓ BÍ THƯ|BÍ THƯ|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG|CHỦ NHIỆM|PHÓ CHỦ NHIỆM|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|TRƯỞNG PHÒNG|THƯỜNG TRỰC)\b/u;
const SIGNED_NOTE = /^\(?\s*(đã ký|ký|chữ ký|đã ký và đóng dấu)[^)]*\)?$/iu;
const PERSON_NAME = /^\p{Lu}[\p{Ll}]*(\s+\p{Lu}[\p{Ll}]*){1,4}$/u;
const RECIPIENTS_HEAD = /^Nơi nhận\s*:?\s*(.*)$/iu;
const ADDRESSEES_HEAD = /^Kính gửi\s*:?\s*(.*)$/iu;
const BULLET = /^[-–—•+]\s*/u;
// A trailing note on a recipient: "(để báo cáo)", "(để b/c)", "(để thực hiện)".
const NOTE = /\s*\((để|đ\/|b\/c|t\/h)[^)]*\)\s*$/iu;

export function isSignerStart(text: string): boolean {
  return SIGNER_CAPACITY.test(text) || (SIGNER_TITLE.test(text) && isUpper(text) && text.length <= 40);
}

export function isRecipientsHead(text: string): boolean {
  return RECIPIENTS_HEAD.test(text);
}

function tidyEntry(text: string): string {
  let s = text.replace(BULLET, '');
  for (let k = 0; k < 3; k++) s = s.replace(NOTE, '').replace(/[\s,;.]+$/u, '');
  return s.trim();
}

function isNoteOnly(text: string): boolean {
  return /^\(.*\)[,;.]?$/u.test(text);
}

/** "Kính gửi:" and the addressees under it, searched before `end`. */
export function readAddressees(lines: Line[], end: number): { addressees: string[]; at: number; next: number } {
  for (let i = 0; i < end; i++) {
    const head = ADDRESSEES_HEAD.exec(lines[i]?.text ?? '');
    if (!head) continue;
    const out: string[] = [];
    const first = (head[1] ?? '').trim();
    if (first !== '') out.push(tidyEntry(first));
    let j = i + 1;
    for (; j < end; j++) {
      const t = lines[j]?.text ?? '';
      const bulleted = BULLET.test(t);
      if (!bulleted && !(out.length === 0 && t.length < 160)) break;
      out.push(tidyEntry(t));
    }
    return { addressees: out.filter((a) => a !== ''), at: i, next: j };
  }
  return { addressees: [], at: -1, next: 0 };
}

/** Signature block: capacity (T/M…), title, name as one string "T/M BAN THƯỜNG VỤ / BÍ THƯ / Bùi Văn Tỉnh". */
function readSigner(lines: Line[], from: number): string | null {
  const parts: string[] = [];
  let started = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.sep) continue;
    const t = line.text;
    if (!started) {
      if (isSignerStart(t)) {
        started = true;
        parts.push(t);
      }
      continue;
    }
    if (BULLET.test(t) || RECIPIENTS_HEAD.test(t)) continue; // the Nơi nhận column interleaved
    if (SIGNED_NOTE.test(t)) continue;
    if (isUpper(t) && t.length <= 60) {
      parts.push(t);
      continue;
    }
    if (PERSON_NAME.test(t)) {
      parts.push(t);
      break;
    }
  }
  return parts.length > 0 ? parts.join(' / ') : null;
}

function readRecipients(lines: Line[], at: number): string[] {
  const out: string[] = [];
  const first = RECIPIENTS_HEAD.exec(lines[at]?.text ?? '')?.[1]?.trim() ?? '';
  if (first !== '') out.push(first);
  let signerSeen = false;
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.sep) continue;
    const t = line.text;
    if (isSignerStart(t)) {
      signerSeen = true;
      continue;
    }
    if (BULLET.test(t)) {
      out.push(t);
      continue;
    }
    if (isNoteOnly(t) || SIGNED_NOTE.test(t) || isUpper(t)) continue;
    if (signerSeen || PERSON_NAME.test(t)) continue;
    if (out.length === 0 || /^\p{Ll}/u.test(t)) {
      if (out.length === 0) out.push(t);
      else out[out.length - 1] = `${out[out.length - 1] ?? ''} ${t}`;
    }
  }
  return out.map(tidyEntry).filter((r) => r !== '');
}

export interface Tail {
  recipients: string[];
  signer: string | null;
}

/** Read Nơi nhận and the signature from `from` (the end of the body) on; "Như trên", "Như kính gửi" → the addressees. */
export function readTail(lines: Line[], from: number, addressees: string[]): Tail {
  let at = -1;
  for (let i = from; i < lines.length; i++) {
    if (RECIPIENTS_HEAD.test(lines[i]?.text ?? '')) {
      at = i;
      break;
    }
  }
  const raw = at >= 0 ? readRecipients(lines, at) : [];
  const recipients: string[] = [];
  for (const r of raw) {
    if (/^như (trên|kính gửi)$/iu.test(r) && addressees.length > 0) recipients.push(...addressees);
    else recipients.push(r);
  }
  return { recipients: [...new Set(recipients)], signer: readSigner(lines, from) };
}
