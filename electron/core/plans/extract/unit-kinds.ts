// Which families of units a phrase names. Works on folded text (no diacritics, lower case), so
// "Thành uỷ" and "Thành ủy", "tọa" and "toạ" read the same.
import type { UnitFamily } from '../../../../shared/domain';
import { UNIT_FAMILIES } from '../../../../shared/domain';
import { fold } from '../../../../shared/text';
import { familyFromName } from '../../../../shared/unit-kinds';

// Only abbreviations that cannot be ordinary words: "tu" or "thu" would also be "từ", "thư".
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bubmttq\b/g, 'uy ban mat tran to quoc'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bbcs\b/g, 'ban can su'],
  [/\bubkt\b/g, 'uy ban kiem tra'],
  [/\bvptu\b/g, 'van phong tinh uy'],
  [/\bbtg\b/g, 'ban tuyen giao'],
  [/\bctxh\b/g, 'chinh tri xa hoi'],
];

export function foldUnit(s: string): string {
  let out = fold(s);
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out;
}

const COMMITTEES: UnitFamily[] = ['huyen-uy', 'dang-uy-xa', 'co-so', 'dang-uy-truc-thuoc'];
// Tổ chức cơ sở đảng: chi bộ and đảng bộ cơ sở, the đảng bộ of a xã or phường among them.
const GRASSROOTS: UnitFamily[] = ['dang-uy-xa', 'co-so'];
// "cơ quan, đơn vị" with nothing more: every unit that is not a territorial committee or the press.
const AGENCIES: UnitFamily[] = ['dang-uy-truc-thuoc', 'ban-dang', 'dang-doan-bcs', 'mttq-doan-the', 'hoi-quan-chung', 'so-nganh'];
const LEVEL = String.raw`(huyen|quan|thi|thanh|dang) uy`;
// "Sở" folds as "số", "sơ", "sổ" do: "số liệu", "sơ kết", "sổ tay" name no department.
const SO = String.raw`so(?! (?:lieu|luong|hieu|nguoi|tien|lan|ho|thu tu|ket|bo|huu|sach|tay|hoa|do|sanh|voi)\b)`;

// Ordered: a rule consumes what it matched, so "cơ quan thông tin đại chúng" is the press and
// not also the generic "cơ quan" further down.
const GROUP_RULES: ReadonlyArray<[RegExp, UnitFamily[]]> = [
  // "(Bí thư) cấp ủy các đảng bộ trực thuộc": the committees of the units named next, no more.
  [/\bcap uy (cac )?(?=(dang bo|dang uy|chi bo|to chuc dang)\b)/g, []],
  [/\b(co quan|phuong tien) thong tin dai chung\b|\bbao chi\b|\bco quan bao\b|\bbao dai\b|\bdai phat thanh\b|\btruyen hinh\b/g, ['bao-chi']],
  [/\bban can su( dang)?\b|\bdang doan\b/g, ['dang-doan-bcs']],
  [
    /\b(uy ban )?mat tran( to quoc)?( viet nam)?\b|\bdoan the( chinh tri xa hoi)?\b|\bto chuc chinh tri xa hoi\b|\bchinh tri xa hoi\b|\bdoan thanh nien\b|\bcong doan\b|\bhoi (nong dan|lien hiep phu nu|cuu chien binh)\b/g,
    ['mttq-doan-the'],
  ],
  // "các tổ chức nhân dân": the Front's members and the mass associations alike.
  [/\bto chuc (nhan dan|quan chung)\b/g, ['mttq-doan-the', 'hoi-quan-chung']],
  [/\bhoi quan chung\b|\bto chuc huu nghi\b|\blien hiep (cac )?(to chuc )?huu nghi\b|\bcac hoi\b|\bhoi dac thu\b|\bto chuc xa hoi( nghe nghiep)?\b/g, ['hoi-quan-chung']],
  // "Ủy ban Kiểm tra các cấp": the inspection commission of every committee, which reports through it;
  // not the province's own offices (Ban Tuyên giáo, Văn phòng) that "ủy ban kiểm tra" alone would bring in.
  [/\buy ban kiem tra (cac cap|cap uy cac cap|cua cap uy cac cap|cac cap uy)\b/g, COMMITTEES],
  [
    /\bco quan (tham muu|giup viec)( giup viec)?\b|\bban dang\b|\bcac ban (xay dung dang|tinh uy|thanh uy|huyen uy)\b|\bvan phong (tinh|thanh|huyen) uy\b|\buy ban kiem tra\b/g,
    ['ban-dang'],
  ],
  // Grassroots first: "các chi, đảng bộ cơ sở trực thuộc Huyện ủy" are not the province's đảng ủy trực thuộc.
  [
    new RegExp(
      String.raw`\b(cac )?(chi bo |chi )?(dang bo|dang uy|to chuc dang|chi bo) co so( truc thuoc( ${LEVEL})?)?\b|\bto chuc co so dang( truc thuoc( ${LEVEL})?)?\b|\b(dang bo|dang uy|to chuc dang|chi bo) truc thuoc ${LEVEL}\b|\btruc thuoc (huyen|quan|thi|thanh) uy\b|\bco so dang\b|\bco so\b|\bchi bo\b`,
      'g',
    ),
    GRASSROOTS,
  ],
  [/\b(dang uy|dang bo) (cac )?(cap )?(xa|phuong|thi tran|dac khu)\b|\bcap xa\b|\bxa,? phuong\b|\bphuong,? xa\b|\bdac khu\b/g, ['dang-uy-xa']],
  [/\b(dang uy|dang bo|to chuc dang) truc thuoc\b|\btruc thuoc\b|\bdang uy khoi\b/g, ['dang-uy-truc-thuoc']],
  // "huyện" alone is often a level ("các đoàn thể huyện"); as a group it comes as "các huyện…" or "huyện ủy".
  [/\bcac huyen\b|\bhuyen (thi|thanh|uy)\b|\b(dang bo|cap) huyen\b|\b(quan|thi|thanh) uy\b|\bthi xa\b/g, ['huyen-uy']],
  [/\bto chuc dang\b/g, [...COMMITTEES, 'dang-doan-bcs']],
  [/\bcap uy\b|\bdang bo\b|\bdang uy\b/g, COMMITTEES],
  [new RegExp(String.raw`\b${SO}\b|\bnganh\b|\bco quan (nha nuoc|chuyen mon|hanh chinh)\b|\bchinh quyen\b|\buy ban nhan dan\b`, 'g'), ['so-nganh']],
  [/\bdia phuong\b/g, ['huyen-uy', 'dang-uy-xa']],
  [/\bco quan\b|\bdon vi\b/g, AGENCIES],
];

function ordered(kinds: Iterable<UnitFamily>): UnitFamily[] {
  const set = new Set(kinds);
  return UNIT_FAMILIES.filter((k) => set.has(k));
}

/** Families named by a group phrase: "Các huyện ủy, thành ủy, đảng ủy trực thuộc" → huyen-uy, dang-uy-truc-thuoc. */
export function groupKinds(phrase: string): UnitFamily[] {
  // "Các đảng ủy xã có thôn chưa có chi bộ": the group is the communes', whatever they have.
  const group = phrase.split(/\s+(?:(?:chưa|không|đã)\s+)?có\s+/u)[0] ?? phrase;
  // Commas kept: "cấp ủy các đảng bộ" names the committees of the units after it, "cấp ủy, chi bộ" two groups.
  let f = ` ${group.split(/\s*[,;]\s*/u).map(foldUnit).join(', ')} `;
  const out: UnitFamily[] = [];
  for (const [re, kinds] of GROUP_RULES) {
    const next = f.replace(re, ' # ');
    if (next !== f) out.push(...kinds);
    f = next;
  }
  return ordered(out);
}

// Heads of a single body's name that make it no unit of any family (Ban Chỉ đạo, Hội đồng…);
// the heads that do tell a family are data (shared/unit-kind-words.json).
const NO_FAMILY_HEADS = /^(ban chi dao|ban chi huy|hoi dong|ban thuong vu|thuong truc|ban chap hanh|ban bi thu|bo chinh tri)\b/;
const OTHER_HEADS: ReadonlyArray<[RegExp, UnitFamily | null]> = [
  [/^(truong|trung tam|van phong)\b/, null],
  [/^ban\b/, 'ban-dang'],
];

export interface SingleHead {
  /** The unit's family, or null when its head names no family of the directory (Ban Chỉ đạo…). */
  kind: UnitFamily | null;
}

/** The head noun of a single unit's name ("Ban cán sự đảng UBND tỉnh"), else null. */
export function singleHead(folded: string): SingleHead | null {
  if (NO_FAMILY_HEADS.test(folded)) return { kind: null };
  const family = familyFromName(folded);
  if (family !== null) return { kind: family };
  for (const [re, kind] of OTHER_HEADS) if (re.test(folded)) return { kind };
  return null;
}

/** Bodies that lead the country's and the province's politics: never reporting units. */
export function isLeadership(folded: string): boolean {
  return /^(ban thuong vu|thuong truc|ban chap hanh|ban bi thu|bo chinh tri|trung uong)\b/.test(folded);
}

// A kind word with no name after it is a group ("đảng đoàn", "ban cán sự đảng"), and so is a mass
// organisation named without its level ("Mặt trận Tổ quốc" means the Front at every level).
const BARE =
  /^(chi bo|to chuc huu nghi|hoi quan chung|to chuc (nhan dan|quan chung)|dang doan|ban can su( dang)?|ban dang|(dang uy|dang bo)( truc thuoc( tinh uy)?)?|(huyen|thi|thanh|quan) uy|so|nganh|hoi|doan the|ban nganh|co quan|don vi|(uy ban )?mat tran( to quoc)?( viet nam)?|cong doan|doan thanh nien( cong san ho chi minh)?|hoi (nong dan|lien hiep phu nu|cuu chien binh)( viet nam)?)$/;

export function isBareKindWord(folded: string): boolean {
  return BARE.test(folded);
}

/** Words that can open the name of a unit or a group of units. */
export const UNIT_OPENING = new RegExp(
  String.raw`^(cac|cap uy|cap (huyen|xa|co so)|ban|van phong|uy ban|dang|mat tran|${SO}|huyen|thi uy|thanh uy|quan uy|tinh doan|thanh doan|hoi|lien doan|lien hiep|bao|dai|truong|bi thu|thu truong|nguoi dung dau|chi bo|chi dang bo|co quan|nhung|moi|tat ca|toan the|cong an|bo chi huy|vien kiem sat|toa an|trung tam|doan|cong doan|to chuc dang|chinh quyen|thuong truc|dia phuong)\b`,
);
