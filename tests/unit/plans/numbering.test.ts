// Item markers and the code scheme, on synthetic plans covering each numbering form.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../electron/core/plans/extract';
import { parseMarker } from '../../../electron/core/plans/extract/numbering';
import { byCode } from './helpers';

describe('parseMarker', () => {
  it.each([
    ['I- Mục đích, yêu cầu', 'roman', 'I', 'Mục đích, yêu cầu'],
    ['II. NỘI DUNG', 'roman', 'II', 'NỘI DUNG'],
    ['IV-Tổ chức thực hiện', 'roman', 'IV', 'Tổ chức thực hiện'],
    ['1- Phổ biến, quán triệt', 'decimal', '1', 'Phổ biến, quán triệt'],
    ['1. Mục đích', 'decimal', '1', 'Mục đích'],
    ['3) Báo cáo', 'decimal', '3', 'Báo cáo'],
    ['2.3- Công tác đấu tranh', 'decimal', '2.3', 'Công tác đấu tranh'],
    ['2.5 Các cơ quan thông tin đại chúng', 'decimal', '2.5', 'Các cơ quan thông tin đại chúng'],
    ['1.1. Nội dung tuyên truyền', 'decimal', '1.1', 'Nội dung tuyên truyền'],
    ['2.3.1. Ở cấp xã', 'decimal', '2.3.1', 'Ở cấp xã'],
    ['a) Các đảng ủy xã', 'letter', 'a', 'Các đảng ủy xã'],
    ['b- Đối với các huyện ủy', 'letter', 'b', 'Đối với các huyện ủy'],
    ['đ) Mục đ', 'letter', 'đ', 'Mục đ'],
    ['- Các cấp ủy', 'dash', '-', 'Các cấp ủy'],
    ['• Tuyên truyền', 'dash', '-', 'Tuyên truyền'],
    ['+ Đầy đủ mục tiêu', 'plus', '+', 'Đầy đủ mục tiêu'],
  ])('%s', (text, kind, label, rest) => {
    expect(parseMarker(text)).toMatchObject({ kind, label, rest });
  });

  it.each(['2019 là năm bản lề', '15 đồng chí tham dự', '1.450 lượt cán bộ', '18/02/2019 Bộ Chính trị', 'V/v tuyên truyền', 'Việc quán triệt', '30-4 là ngày lễ'])(
    'no marker in "%s"',
    (text) => {
      expect(parseMarker(text)).toBeNull();
    },
  );
});

const MIXED = `KẾ HOẠCH
thực hiện nhiệm vụ năm 2024
-----
Căn cứ Kế hoạch số 12-KH/TU, ban hành kế hoạch như sau:

I- MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao nhận thức.
II. NHIỆM VỤ
1- Công tác quán triệt
1.1- Các huyện ủy, thành ủy tổ chức hội nghị quán triệt trong quý II/2024.
1.2. Các đảng ủy trực thuộc tổ chức cho đảng viên học tập
chuyên đề năm 2024.
2- Công tác tuyên truyền
2.1 Các cơ quan thông tin đại chúng:
a) Mở chuyên trang, chuyên mục.
b- Đăng tải tin, bài:
- trên báo in;
- trên báo điện tử:
+ Báo Bình Dương điện tử;
+ Cổng thông tin điện tử tỉnh.
c) Phối hợp với Ban Tuyên giáo.
2.5 Các cơ quan, đơn vị báo cáo kết quả.
7. Ban Chỉ đạo 35 tỉnh: theo dõi, đôn đốc.
7. Chế độ báo cáo: các huyện ủy báo cáo định kỳ 6 tháng, năm.
III. TỔ CHỨC THỰC HIỆN
Các cấp ủy tổ chức thực hiện nghiêm túc Kế hoạch này.
Ban Tuyên giáo Tỉnh ủy theo dõi, hướng dẫn.
1. Ban Tuyên giáo Tỉnh ủy tổng hợp.
Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024./.
`;

describe('item tree on a plan mixing every numbering form', () => {
  const draft = extractPlan(MIXED);
  const codes = draft.items.map((i) => i.code);

  it('codes items hierarchically, bullets by ordinal', () => {
    expect(codes).toEqual([
      'I',
      'I.1',
      'II',
      'II.1',
      'II.1.1',
      'II.1.2',
      'II.2',
      'II.2.1',
      'II.2.1.a',
      'II.2.1.b',
      'II.2.1.b.-1',
      'II.2.1.b.-2',
      'II.2.1.b.-2.+1',
      'II.2.1.b.-2.+2',
      'II.2.1.c',
      'II.2.5',
      'II.7',
      'II.7#2',
      'III',
      'III.p1',
      'III.p2',
      'III.1',
    ]);
  });

  it('sets parents and levels', () => {
    expect(byCode(draft.items, 'II.2.1.b.-2.+1')).toMatchObject({ parentCode: 'II.2.1.b.-2', level: 5 });
    expect(byCode(draft.items, 'II.2.5')).toMatchObject({ parentCode: 'II.2', level: 2 });
    expect(byCode(draft.items, 'III.p1')).toMatchObject({ parentCode: 'III', level: 1 });
  });

  it('joins a line broken mid-sentence into its item', () => {
    expect(byCode(draft.items, 'II.1.2').text).toBe('Các đảng ủy trực thuộc tổ chức cho đảng viên học tập chuyên đề năm 2024.');
  });

  it('keeps a heading and its paragraph in one item', () => {
    expect(byCode(draft.items, 'I.1').text).toBe('Mục đích\nNâng cao nhận thức.');
  });

  it('flags numbering slips without renumbering', () => {
    expect(byCode(draft.items, 'II.2.5').flags).toContain('numbering-gap');
    expect(byCode(draft.items, 'II.7').flags).toContain('numbering-gap');
    expect(byCode(draft.items, 'II.7#2').flags).toContain('numbering-duplicate');
    expect(byCode(draft.items, 'II.1.2').flags).toEqual([]);
  });

  it('stops at the closing paragraph', () => {
    expect(draft.items.some((i) => i.text.startsWith('Trên đây'))).toBe(false);
  });

  it('gives units named by a heading to its children', () => {
    for (const code of ['II.2.1.a', 'II.2.1.b.-1', 'II.2.1.b.-2.+2', 'II.2.1.c']) {
      expect(byCode(draft.items, code).assignees.map((a) => a.unitKinds), code).toEqual([['bao-chi']]);
    }
  });
});

describe('Markdown and conversion artefacts', () => {
  const md = `# **KẾ HOẠCH**

**tuyên truyền kỷ niệm ngày thành lập Đảng**

***

## ***I- MỤC ĐÍCH***

Tuyên truyền sâu rộng.

## ***II- NHIỆM VỤ***

### ***1\\. Các huyện ủy tổ chức tuyên truyền***

- Treo băng rôn, khẩu hiệu trong tháng 1/2024.

Trang 2/3

- 2 -

- Tổ chức các buổi nói chuyện chuyên đề, báo cáo kết quả trước ngày 15/02/2024.
`;
  const draft = extractPlan(md);

  it('reads headings through **, ***, # and escapes', () => {
    expect(draft.docType).toBe('Kế hoạch');
    expect(draft.title).toBe('tuyên truyền kỷ niệm ngày thành lập Đảng');
    expect(draft.items.map((i) => i.code)).toEqual(['I', 'I.p1', 'II', 'II.1', 'II.1.-1', 'II.1.-2']);
    expect(byCode(draft.items, 'II.1').text).toBe('Các huyện ủy tổ chức tuyên truyền');
  });

  it('drops page numbers between items', () => {
    expect(draft.items.every((i) => !/Trang 2|^2$/u.test(i.text))).toBe(true);
    expect(byCode(draft.items, 'II.1.-1').text).toBe('Treo băng rôn, khẩu hiệu trong tháng 1/2024.');
  });

  it('gives the heading unit to the bullets under it', () => {
    expect(byCode(draft.items, 'II.1.-2').assignees.map((a) => a.unitKinds)).toEqual([['huyen-uy']]);
  });
});

describe('document symbols at the start of a wrapped line', () => {
  it.each(['32-CT/TW của Bộ Chính trị.', '35- NQ/TW, ngày 22/10/2018', '15 - CT/TU ngày 04/5/2012'])('"%s" is not an item number', (line) => {
    expect(parseMarker(line)).toBeNull();
  });
  it('"2- Yêu cầu" still is', () => expect(parseMarker('2- Yêu cầu')?.label).toBe('2'));
});
