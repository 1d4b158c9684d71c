// Header, number, place and date, title, cites, Nơi nhận and signature; a Công văn per recipient.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../electron/core/plans/extract';
import { byCode } from './helpers';

const CONG_VAN = `HUYỆN ỦY PHÚ GIÁO                         ĐẢNG CỘNG SẢN VIỆT NAM
          *
Số 328-CV/HU                        Phú Giáo, ngày 05 tháng 9 năm 2023
V/v tổ chức tuyên truyền kỷ niệm
ngày thành lập Đảng bộ huyện

Kính gửi:
- Các chi, đảng bộ cơ sở;
- Ban Tuyên giáo Huyện ủy;
- Mặt trận Tổ quốc và các đoàn thể huyện.

Thực hiện Kế hoạch số 120-KH/TU, ngày 20/8/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy đề nghị các đơn vị thực hiện một số nội dung sau:

1. Các chi, đảng bộ cơ sở tổ chức quán triệt đến cán bộ, đảng viên trong quý III/2023.
2. Ban Tuyên giáo Huyện ủy phối hợp đăng tải tin, bài trên trang thông tin điện tử.
3. Tổ chức các buổi tuyên truyền, treo băng rôn, khẩu hiệu tại trụ sở.
Báo cáo kết quả về Ban Thường vụ Huyện ủy (qua Văn phòng Huyện ủy) trước ngày 01/10/2023.

Nơi nhận:                                    T/L BAN THƯỜNG VỤ
- Như trên,                                  CHÁNH VĂN PHÒNG
- Thường trực Huyện ủy,
- Lưu VP.                                    (Đã ký)

                                             Nguyễn Văn An
`;

describe('a Công văn addressed per recipient', () => {
  const draft = extractPlan(CONG_VAN);

  it('reads the two-column header', () => {
    expect(draft).toMatchObject({
      docType: 'Công văn',
      number: '328-CV/HU',
      place: 'Phú Giáo',
      issuedDate: '2023-09-05',
      issuer: 'HUYỆN ỦY PHÚ GIÁO',
      superiorIssuer: null,
      title: 'tổ chức tuyên truyền kỷ niệm ngày thành lập Đảng bộ huyện',
      cites: ['Kế hoạch số 120-KH/TU, ngày 20/08/2023'],
    });
  });

  it('expands "Như trên" to the addressees and reads the signature beside Nơi nhận', () => {
    expect(draft.recipients).toEqual(['Các chi, đảng bộ cơ sở', 'Ban Tuyên giáo Huyện ủy', 'Mặt trận Tổ quốc và các đoàn thể huyện', 'Thường trực Huyện ủy', 'Lưu VP']);
    expect(draft.signer).toBe('T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG / Nguyễn Văn An');
  });

  it('assigns each numbered point to the unit it names', () => {
    expect(byCode(draft.items, '1').assignees).toEqual([{ label: 'Các chi, đảng bộ cơ sở', unitCode: null, unitKinds: ['dang-uy-xa', 'co-so'] }]);
    expect(byCode(draft.items, '1').deadline).toEqual({ text: 'quý III/2023', date: '2023-09-30', recurrence: 'once' });
    expect(byCode(draft.items, '2').assignees.map((a) => a.label)).toEqual(['Ban Tuyên giáo Huyện ủy']);
  });

  it('falls back to the addressees, flagged, when a point names no unit', () => {
    const third = byCode(draft.items, '3');
    expect(third.assignees.map((a) => a.label)).toEqual(['Các chi, đảng bộ cơ sở', 'Ban Tuyên giáo Huyện ủy', 'Mặt trận Tổ quốc và các đoàn thể huyện']);
    expect(third.flags).toEqual(['assignee-from-recipients']);
  });

  it('keeps the closing reporting instruction as its own item and round', () => {
    const report = byCode(draft.items, 'p1');
    expect(report).toMatchObject({ kind: 'task', parentCode: null, deadline: { date: '2023-10-01', recurrence: 'once' } });
    expect(draft.rounds).toEqual([{ label: 'Báo cáo kết quả (hạn 01/10/2023)', periodFrom: '2023-09-05', periodTo: '2023-10-01', dueDate: '2023-10-01' }]);
  });
});

describe('a Công văn without numbered points', () => {
  const draft = extractPlan(`ĐẢNG BỘ TỈNH BÌNH DƯƠNG
HUYỆN ỦY DẦU TIẾNG
*
Số: 45-CV/HU
V/v báo cáo kết quả thực hiện Chỉ thị 05

Kính gửi: Các chi bộ, đảng bộ cơ sở trực thuộc Huyện ủy.

Thực hiện Công văn số 1234-CV/TU ngày 10/3/2024 của Tỉnh ủy, Ban Thường vụ Huyện ủy đề nghị các chi bộ, đảng bộ cơ sở xây dựng báo cáo kết quả thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị, gửi về Ban Tuyên giáo Huyện ủy chậm nhất ngày 15 tháng 4 năm 2024.

Nhận được Công văn này, đề nghị các đơn vị quan tâm thực hiện./.

Nơi nhận:
- Như trên,
- Lưu VP.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG

Lê Thị Hoa
`);

  it('reads the issuers above the asterisk', () => {
    expect(draft).toMatchObject({ superiorIssuer: 'ĐẢNG BỘ TỈNH BÌNH DƯƠNG', issuer: 'HUYỆN ỦY DẦU TIẾNG', number: '45-CV/HU', issuedDate: null, place: null });
  });

  it('makes the request paragraph the one task', () => {
    expect(draft.items.map((i) => i.code)).toEqual(['p1']);
    expect(draft.items[0]).toMatchObject({ kind: 'task', deadline: { date: '2024-04-15' }, flags: [] });
    expect(draft.items[0]?.assignees.map((a) => a.unitKinds)).toEqual([['dang-uy-xa', 'co-so']]);
    expect(draft.cites).toEqual(['Công văn số 1234-CV/TU, ngày 10/03/2024', 'Chỉ thị số 05-CT/TW, ngày 15/05/2016']);
    expect(draft.recipients).toEqual(['Các chi bộ, đảng bộ cơ sở trực thuộc Huyện ủy', 'Lưu VP']);
    expect(draft.signer).toBe('T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG / Lê Thị Hoa');
  });
});

describe('header variants', () => {
  it.each([
    ['Số 31 - KH/BTGTU', '31-KH/BTGTU', 'Kế hoạch'],
    ['Số: 12 -HD/BTGTU', '12-HD/BTGTU', 'Hướng dẫn'],
    ['Số 05-KL/TU', '05-KL/TU', 'Kết luận'],
    ['Số: 1234/QĐ-UBND', '1234/QĐ-UBND', 'Quyết định'],
  ])('number "%s"', (line, number, docType) => {
    const draft = extractPlan(`TỈNH ỦY BÌNH DƯƠNG\n*\n${line}\nBình Dương, ngày 08 tháng 7 năm 2019\n\nCăn cứ tình hình thực tế.\n1. Các huyện ủy thực hiện.`);
    expect(draft).toMatchObject({ number, docType, place: 'Bình Dương', issuedDate: '2019-07-08', issuer: 'TỈNH ỦY BÌNH DƯƠNG', superiorIssuer: null });
  });

  it('reads a Markdown table header and a doc type with its title on one line', () => {
    const draft = extractPlan(`| ĐẢNG BỘ TỈNH ĐỒNG NAI | ĐẢNG CỘNG SẢN VIỆT NAM |
|---|---|
| **BAN TUYÊN GIÁO VÀ DÂN VẬN** | *Đồng Nai, ngày 12 tháng 3 năm 2026* |
| Số: 15 -KH/BTGDVTU | |

# CHỈ THỊ VỀ TĂNG CƯỜNG CÔNG TÁC TUYÊN TRUYỀN

---

1. Các đảng ủy xã, phường tổ chức tuyên truyền.`);
    expect(draft).toMatchObject({
      docType: 'Chỉ thị',
      number: '15-KH/BTGDVTU',
      place: 'Đồng Nai',
      issuedDate: '2026-03-12',
      issuer: 'BAN TUYÊN GIÁO VÀ DÂN VẬN',
      superiorIssuer: 'ĐẢNG BỘ TỈNH ĐỒNG NAI',
      title: 'VỀ TĂNG CƯỜNG CÔNG TÁC TUYÊN TRUYỀN',
    });
  });

  it.each(['THÔNG BÁO', 'KẾT LUẬN', 'BÁO CÁO', 'QUYẾT ĐỊNH', 'HƯỚNG DẪN'])('doc type %s', (word) => {
    const draft = extractPlan(`${word}\nvề việc tuyên truyền\n-----\n1. Các huyện ủy thực hiện.`);
    expect(draft.docType?.toUpperCase()).toBe(word);
    expect(draft.title).toBe('về việc tuyên truyền');
  });

  it('reads a header whose columns a PDF ran together', () => {
    const draft = extractPlan(`TỈNH ỦY BÌNH DƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO
Số 31-KH/BTGTU Bình Dương, ngày 8 tháng 7 năm 2019
KẾ HOẠCH
tuyên truyền
Căn cứ tình hình.
1. Các huyện ủy thực hiện.`);
    expect(draft).toMatchObject({
      number: '31-KH/BTGTU',
      place: 'Bình Dương',
      issuedDate: '2019-07-08',
      superiorIssuer: 'TỈNH ỦY BÌNH DƯƠNG',
      issuer: 'BAN TUYÊN GIÁO',
      title: 'tuyên truyền',
    });
  });

  it('leaves what the text does not say empty', () => {
    const draft = extractPlan('1. Các huyện ủy tổ chức quán triệt.');
    expect(draft).toMatchObject({ docType: null, number: null, place: null, issuedDate: null, issuer: null, superiorIssuer: null, title: '', cites: [], recipients: [], signer: null });
  });
});

describe('cites', () => {
  it('lists each document once, with its date from wherever the plan gives it', () => {
    const draft = extractPlan(`KẾ HOẠCH
thực hiện Chỉ thị số 32-CT/TW
-----
Thực hiện Chỉ thị số 32-CT/TW, ngày 18/02/2019 của Bộ Chính trị và Nghị quyết số 35- NQ/TW ngày 22 tháng 10 năm 2018; Hướng dẫn số 02-
HD/BĐNTW của Ban Đối ngoại Trung ương (Hướng dẫn số 02-HD/BDNTW, ngày 16/01/2017), Ban Thường vụ ban hành Kế hoạch như sau:
I. NHIỆM VỤ
1. Các huyện ủy quán triệt Chỉ thị số 32-CT/TW và Kế hoạch số 184-KH/TU, ngày 06/12/2018.`);
    expect(draft.cites).toEqual([
      'Chỉ thị số 32-CT/TW, ngày 18/02/2019',
      'Nghị quyết số 35-NQ/TW, ngày 22/10/2018',
      'Hướng dẫn số 02-HD/BĐNTW, ngày 16/01/2017',
    ]);
  });
});

describe('a Công văn with a part for each recipient', () => {
  const draft = extractPlan(`TỈNH ỦY ĐỒNG NAI
*
Số 512-CV/TU
V/v triển khai Kết luận số 12-KL/TW

Kính gửi:
- Ban cán sự đảng UBND tỉnh;
- Các đảng ủy xã, phường, đặc khu.

Ban Thường vụ Tỉnh ủy đề nghị:

1. Đối với Ban cán sự đảng UBND tỉnh:
- Chỉ đạo các sở, ngành rà soát văn bản trước ngày 30/9/2025.
- Báo cáo kết quả hằng quý.

2. Đối với các đảng ủy xã, phường, đặc khu:
**Tổ chức quán triệt Kết luận trong tháng 10/2025.**

Nơi nhận:
- Như trên,
- Lưu VPTU.

T/L BAN THƯỜNG VỤ
PHÓ CHÁNH VĂN PHÒNG

Trần Văn Bình
`);

  it('gives each part to the recipient that heads it', () => {
    expect(draft.items.map((i) => [i.code, i.kind, i.assignees.map((a) => a.unitKinds)])).toEqual([
      ['1', 'section', [['dang-doan-bcs']]],
      ['1.-1', 'task', [['dang-doan-bcs']]],
      ['1.-2', 'task', [['dang-doan-bcs']]],
      ['2', 'task', [['dang-uy-xa']]],
    ]);
    expect(draft.items.every((i) => i.flags.length === 0)).toBe(true);
    expect(draft.items[3]?.deadline).toMatchObject({ date: '2025-10-31' });
    expect(draft.recipients).toEqual(['Ban cán sự đảng UBND tỉnh', 'Các đảng ủy xã, phường, đặc khu', 'Lưu VPTU']);
    expect(draft.cites).toEqual(['Kết luận số 12-KL/TW']);
  });

  it('proposes quarterly rounds from the reporting line, in the year its deadlines name', () => {
    expect(draft.rounds.map((r) => [r.label, r.dueDate])).toEqual([
      ['Quý I năm 2025', '2025-03-15'],
      ['Quý II năm 2025', '2025-06-15'],
      ['Quý III năm 2025', '2025-09-15'],
      ['Quý IV năm 2025', '2025-12-15'],
    ]);
  });
});
