// The pure pieces of the readers, on text as units write it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../shared/domain';
import { ReportCollector } from '../../../electron/core/imports/readers/collect';
import { detectUnit, fileNameWords } from '../../../electron/core/imports/readers/detect-unit';
import { detectPlan } from '../../../electron/core/imports/readers/detect-plan';
import { detectRound } from '../../../electron/core/imports/readers/detect-round';
import { docxBlocks } from '../../../electron/core/imports/readers/docx-blocks';
import { readGrid } from '../../../electron/core/imports/readers/grid-table';
import type { Grid } from '../../../electron/core/imports/readers/grid-table';
import { readHeaderBlock } from '../../../electron/core/imports/readers/header-block';
import { indicatorTerms, matchLabel, readingTerms } from '../../../electron/core/imports/readers/indicator-match';
import { itemIndex, itemsInClause, itemsInParagraph, matchItemRow, normalizeCode } from '../../../electron/core/imports/readers/item-match';
import { firstPageHeader } from '../../../electron/core/readers/docx-content';
import { linesOfRuns } from '../../../electron/core/readers/pdf-text';
import { periodsIn } from '../../../electron/core/imports/readers/periods';
import { chooseFigures, figuresInText } from '../../../electron/core/imports/readers/prose-figures';
import { statusInText } from '../../../electron/core/imports/readers/prose-status';
import { topicCoverage } from '../../../electron/core/imports/readers/similarity';
import * as F from '../../fixtures/reports/build';

let units: Unit[];
beforeAll(async () => {
  units = (await F.readerContext()).units;
});
const plan = F.samplePlan();
const terms = indicatorTerms(plan.indicators);

describe('header block', () => {
  it('reads number, place and date, and the title after BÁO CÁO', () => {
    const h = readHeaderBlock(['ĐẢNG BỘ TỈNH BÌNH DƯƠNG', 'HUYỆN ỦY PHÚ GIÁO', '*', 'Số: 45 - BC/HU', 'Phú Giáo, ngày 10 tháng 7 năm 2019', 'BÁO CÁO', 'Kết quả 6 tháng đầu năm 2019', 'Căn cứ Kế hoạch…']);
    expect(h).toMatchObject({ docType: 'Báo cáo', reportNumber: '45-BC/HU', reportDate: '2019-07-10', place: 'Phú Giáo', title: 'Kết quả 6 tháng đầu năm 2019' });
    expect(h.headerLines).toHaveLength(5);
  });

  it('ends the title before a body sentence that follows it ("Năm 2017, các cấp bộ Đoàn tổ chức … ."), and keeps a title on two lines', () => {
    const h = readHeaderBlock(['TỈNH ĐOÀN BÌNH DƯƠNG', 'Số 380-BC/TĐTN', 'BÁO CÁO', 'Công tác đối ngoại nhân dân năm 2017', 'Năm 2017, các cấp bộ Đoàn tổ chức 12 buổi sinh hoạt chuyên đề.']);
    expect(h.title).toBe('Công tác đối ngoại nhân dân năm 2017');
    expect(readHeaderBlock(['BÁO CÁO', 'Kết quả thực hiện Kế hoạch số 58-KH/TU', 'về công tác đối ngoại nhân dân năm 2020']).title).toBe('Kết quả thực hiện Kế hoạch số 58-KH/TU về công tác đối ngoại nhân dân năm 2020');
  });

  it('does not take a sentence starting with "Báo cáo" in lower case for the type line', () => {
    expect(readHeaderBlock(['Báo cáo này gồm ba phần']).docType).toBeNull();
  });

  it('joins a date a narrow column wrapped before its year, and reads a workbook\'s heading and the date under it', () => {
    const pdf = readHeaderBlock(['BAN THƯỜNG VỤ TỈNH ĐOÀN', '*', 'Số 310-BC/TĐTN', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Bình Dương, ngày 28 tháng 6 năm', '2019', 'BÁO CÁO', 'Kết quả thực hiện Chỉ thị số 32-CT/TW']);
    expect(pdf).toMatchObject({ reportDate: '2019-06-28', place: 'Bình Dương' });
    const sheet = readHeaderBlock(['ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH', 'SỐ LIỆU KẾT QUẢ THỰC HIỆN CHỈ THỊ 32-CT/TW, 6 THÁNG ĐẦU NĂM 2019', 'Ngày 27/6/2019']);
    expect(sheet).toMatchObject({ docType: 'Số liệu', reportDate: '2019-06-27' });
    expect(sheet.title).toContain('CHỈ THỊ 32-CT/TW');
  });

  it('reads a workbook\'s place and date on a line of their own under its heading, not a date its title cites', () => {
    const sheet = readHeaderBlock(['ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH DƯƠNG', 'SỐ LIỆU THỰC HIỆN KẾ HOẠCH 61-KH/TU', 'Phú Lâm, ngày 05 tháng 12 năm 2020', 'STT']);
    expect(sheet).toMatchObject({ docType: 'Số liệu', reportDate: '2020-12-05' });
    const cited = readHeaderBlock(['TỈNH ĐOÀN BÌNH DƯƠNG', 'BÁO CÁO', 'Kết quả thực hiện Kế hoạch số 61-KH/TU', 'của Tỉnh ủy, ngày 12 tháng 3 năm 2020']);
    expect(cited.reportDate).toBeNull();
  });

  it('reads a header whose narrow columns a PDF wrapped: the motto, the issuer\'s name, the date\'s year', () => {
    // As LibreOffice prints a Word header table of two narrow columns, the columns' lines interleaved.
    const union = readHeaderBlock(['LIÊN HIỆP CÁC TỔ CHỨC HỮU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 'NGHỊ', 'VIỆT NAM', 'TỈNH TÂY SƠN', '*', 'Phú Lâm, ngày 4 tháng 12 năm', '2020', 'Số 35/BC-LHHN', 'BÁO CÁO']);
    expect(union).toMatchObject({ orgLines: ['LIÊN HIỆP CÁC TỔ CHỨC HỮU', 'NGHỊ', 'TỈNH TÂY SƠN'], reportNumber: '35/BC-LHHN', reportDate: '2020-12-04' });
    const labour = readHeaderBlock(['TỔNG LIÊN ĐOÀN LAO ĐỘNG', 'VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 'VIỆT NAM', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY', 'SƠN', 'Phú Lâm, ngày 02 tháng 12 năm', '* 2020', 'Số: 410/BC-LĐLĐ', 'BÁO CÁO']);
    expect(labour).toMatchObject({ orgLines: ['TỔNG LIÊN ĐOÀN LAO ĐỘNG', 'VIỆT NAM', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY', 'SƠN'], reportDate: '2020-12-02' });
    const veterans = readHeaderBlock(['HỘI CỰU CHIẾN BINH VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 'VIỆT NAM', 'BAN CHẤP HÀNH TỈNH TÂY SƠN', '*', 'BÁO CÁO']);
    expect(veterans.orgLines).toEqual(['HỘI CỰU CHIẾN BINH VIỆT NAM', 'BAN CHẤP HÀNH TỈNH TÂY SƠN']);
  });

  it('reads the issuer from header lines a PDF ran together with the motto or the date', () => {
    // As a PDF's text layer gives a header whose columns do not line up row by row.
    const pdf = readHeaderBlock(['ĐẢNG BỘ KHỐI CÁC CƠ QUAN ĐẢNG CỘNG SẢN VIỆT NAM', 'VÀ DOANH NGHIỆP TỈNH', 'ĐẢNG ỦY Phú Lâm, ngày 24 tháng 6 năm 2019', '*', 'Số 98-BC/ĐUK', 'BÁO CÁO']);
    expect(pdf).toMatchObject({ orgLines: ['ĐẢNG BỘ KHỐI CÁC CƠ QUAN', 'VÀ DOANH NGHIỆP TỈNH', 'ĐẢNG ỦY'], reportNumber: '98-BC/ĐUK', reportDate: '2019-06-24' });
    expect(readHeaderBlock(['ĐẢNG CỘNG SẢN VIỆT NAM HUYỆN ỦY LÂM HÒA', '*', 'BÁO CÁO']).orgLines).toEqual(['HUYỆN ỦY LÂM HÒA']);
  });

  it('numbers and dates a table sent alone by the report it says it is attached to', () => {
    const sheet = readHeaderBlock(['THÀNH ỦY BẢO SƠN', 'KẾT QUẢ HỌC TẬP, QUÁN TRIỆT CHỈ THỊ 32-CT/TW', '(Kèm theo Báo cáo số 190-BC/TU ngày 16/6/2019)', 'TT', 'Nội dung']);
    expect(sheet).toMatchObject({ orgLines: ['THÀNH ỦY BẢO SƠN'], reportNumber: '190-BC/TU', reportDate: '2019-06-16' });
    const after = readHeaderBlock(['HUYỆN ỦY CHƯ MƠ', 'BIỂU SỐ LIỆU', '(Kèm theo Báo cáo số: 76-BC/HU, ngày 19 tháng 6 năm 2019 của Ban Thường vụ Huyện ủy)']);
    expect(after).toMatchObject({ reportNumber: '76-BC/HU', reportDate: '2019-06-19' });
    // Its own date and number come first.
    expect(readHeaderBlock(['HUYỆN ỦY CHƯ MƠ', 'Số 80-BC/HU', 'Chư Mơ, ngày 20 tháng 6 năm 2019', 'BIỂU SỐ LIỆU', '(Kèm theo Báo cáo số 76-BC/HU ngày 19/6/2019)'])).toMatchObject({ reportNumber: '80-BC/HU', reportDate: '2019-06-20' });
  });
});

describe('unit', () => {
  it('prefers the issuer line over the superior body, and says so', () => {
    const u = detectUnit({ orgLines: ['ĐẢNG BỘ TỈNH BÌNH DƯƠNG', 'ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH'] }, 'bc.docx', units, '2019-07-10');
    expect(u).toMatchObject({ code: 'DUKDN', confidence: 0.95 });
  });

  it('reads abbreviations and camel case in file names', () => {
    expect(fileNameWords('BC_HU_PhuGiao_6thang.xlsx')).toBe('BC HU Phu Giao 6thang');
    // Only the file name names the unit, and no other unit's name fits it: enough to file it.
    expect(detectUnit({ orgLines: [] }, 'BC_HU_PhuGiao_6thang.xlsx', units, null)).toMatchObject({ code: 'HUPG', confidence: 0.8 });
  });

  it('takes "Đảng bộ huyện Phú Giáo" for the Huyện ủy that speaks for it, and lowers a unit no longer valid on the report date', () => {
    const party = detectUnit({ orgLines: ['ĐẢNG BỘ HUYỆN PHÚ GIÁO'] }, 'bc.docx', units, null);
    expect(party).toMatchObject({ code: 'HUPG', confidence: 0.95 });
    // Written under its Đảng bộ, the committee is that Đảng bộ's, as the line above names it.
    expect(detectUnit({ orgLines: ['ĐẢNG BỘ HUYỆN PHÚ GIÁO', 'HUYỆN ỦY'] }, 'bc.docx', units, null)).toMatchObject({ code: 'HUPG', confidence: 0.95 });
    expect(detectUnit({ orgLines: ['ĐẢNG BỘ KHỐI CÁC CƠ QUAN', 'TỈNH', 'ĐẢNG ỦY'] }, 'bc.docx', units, null)).toMatchObject({ code: 'DUKCQ', confidence: 0.95 });
    // A body of its own under the Đảng bộ stays that body: unknown here, the Đảng bộ its superior.
    expect(detectUnit({ orgLines: ['ĐẢNG BỘ HUYỆN PHÚ GIÁO', 'ĐẢNG ỦY XÃ AN LINH'] }, 'bc.docx', units, null)).toMatchObject({ code: null, unknownIssuer: true });
    const fuzzy = detectUnit({ orgLines: ['ĐẢNG BỘ PHÚ GIÁO'] }, 'bc.docx', units, null);
    expect(fuzzy.code).toBe('HUPG');
    expect(fuzzy.confidence).toBeLessThan(0.75);
    expect(fuzzy.evidence).toContain('gần đúng');
    const late = detectUnit({ orgLines: ['HUYỆN ỦY PHÚ GIÁO'] }, 'bc.docx', units, '2025-09-01');
    expect(late.confidence).toBeLessThan(0.8);
    expect(late.evidence).toContain('không còn hiệu lực');
  });

  it('reads a province body written under the province without the "tỉnh" its directory name ends in', () => {
    expect(detectUnit({ orgLines: ['ĐẢNG BỘ TỈNH BÌNH DƯƠNG', 'ĐẢNG ỦY KHỐI DOANH NGHIỆP'] }, 'bc.docx', units, null)).toMatchObject({ code: 'DUKDN', confidence: 0.95 });
    expect(detectUnit({ orgLines: ['TỈNH ỦY BÌNH DƯƠNG', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN'] }, 'bc.docx', units, null)).toMatchObject({ code: 'DUKCQ', confidence: 0.95 });
    // A mass organisation's national name over its leadership at the province.
    expect(detectUnit({ orgLines: ['HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM', 'BAN CHẤP HÀNH TỈNH BÌNH DƯƠNG'] }, 'bc.docx', units, null)).toMatchObject({ code: 'HLHPN', confidence: 0.95 });
    // With no province above it, the line could be any level's: a near match a person confirms.
    const alone = detectUnit({ orgLines: ['ĐẢNG ỦY KHỐI DOANH NGHIỆP'] }, 'bc.docx', units, null);
    expect(alone.confidence).toBeLessThan(0.75);
  });

  it('reads the Front under its Đảng đoàn, the Đảng ủy under the body it leads, and the usual abbreviations', () => {
    const more = [...units, { ...units[0]!, code: 'DUCA', name: 'Đảng ủy Công an tỉnh', aliases: [] }, { ...units[0]!, code: 'LHHN', name: 'Liên hiệp các tổ chức hữu nghị tỉnh', aliases: [] }];
    expect(detectUnit({ orgLines: ['ĐẢNG ĐOÀN', 'MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG'] }, 'bc.docx', more, null)).toMatchObject({ code: 'MTTQ', confidence: 0.95 });
    expect(detectUnit({ orgLines: ['CÔNG AN TỈNH BÌNH DƯƠNG', 'ĐẢNG ỦY'] }, 'bc.docx', more, null)).toMatchObject({ code: 'DUCA', confidence: 0.95 });
    expect(detectUnit({ orgLines: ['LIÊN HIỆP CÁC TCHN TỈNH BÌNH DƯƠNG'] }, 'bc.docx', more, null)).toMatchObject({ code: 'LHHN', confidence: 0.95 });
  });

  it('finds nothing in an unrelated header', () => {
    // A body the directory does not hold is named as the sender, so the file can be refused by name.
    expect(detectUnit({ orgLines: ['CÔNG TY TNHH ABC'] }, 'bao-cao.docx', units, null)).toMatchObject({ code: null, confidence: 0, unknownIssuer: true, issuer: 'CÔNG TY TNHH ABC' });
    expect(detectUnit({ orgLines: ['KẾT QUẢ THỰC HIỆN NĂM 2019'] }, 'bao-cao.docx', units, null)).toMatchObject({ code: null, unknownIssuer: false });
  });

  it('reads the province\'s Đảng bộ alone as the superior line of an issuer left out, not as a sender', () => {
    // The Youth Union "Tỉnh đoàn Bình Dương" shares every word but one with it: no near match either.
    const withYouth = [...units, { ...units[0]!, code: 'TDBD', name: 'Tỉnh đoàn Bình Dương', aliases: [] }];
    expect(detectUnit({ orgLines: ['ĐẢNG BỘ TỈNH BÌNH DƯƠNG'] }, 'BC CT32 - HU Phu Giao.docx', withYouth, null)).toMatchObject({ code: 'HUPG', unknownIssuer: false });
    expect(detectUnit({ orgLines: ['ĐẢNG BỘ TỈNH BÌNH DƯƠNG'] }, 'bao cao.docx', withYouth, null)).toMatchObject({ code: null, unknownIssuer: false });
  });
});

describe('periods and round', () => {
  it('reads half-years, quarters, months and years, not dates', () => {
    const p = periodsIn('Báo cáo quý II/2019 và 6 tháng đầu năm 2019, tháng 7/2019; ngày 10 tháng 7 năm 2019; năm 2020');
    expect(p.map((x) => [x.from, x.to])).toEqual([
      ['2019-04-01', '2019-06-30'],
      ['2019-01-01', '2019-06-30'],
      ['2019-07-01', '2019-07-31'],
      ['2020-01-01', '2020-12-31'],
    ]);
    expect(periodsIn('6 tháng cuối năm', 2019)[0]).toMatchObject({ from: '2019-07-01', to: '2019-12-31' });
  });

  it('reads the period a title reports on, not the next one it plans for', () => {
    const one = { ...plan, issuedDate: '2019-05-10', rounds: [{ ...plan.rounds[0]!, id: 9, label: 'Báo cáo kết quả (hạn 30/06/2019)', periodFrom: '2019-05-10', periodTo: '2019-06-30', dueDate: '2019-06-30' }] };
    const title = 'công tác tuyên giáo 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2019';
    const r = detectRound({ title, body: '', reportDate: '2019-06-24' }, one);
    expect(r).toMatchObject({ outOfPeriod: null, detected: { id: 9 } });
    // Only the next period: still a report of another period.
    expect(detectRound({ title: 'kết quả công tác 6 tháng cuối năm 2019', body: '', reportDate: '2019-12-20' }, one).outOfPeriod).not.toBeNull();
  });

  it('notes a report whose title names a period well inside its round\'s (a quarter of a year)', () => {
    const year = { ...plan, issuedDate: '2020-03-12', rounds: [{ ...plan.rounds[0]!, id: 9, label: 'Năm 2020', periodFrom: '2020-01-01', periodTo: '2020-12-31', dueDate: '2020-12-15' }] };
    const quarter = detectRound({ title: 'kết quả công tác đối ngoại nhân dân quý III năm 2020', body: '', reportDate: '2020-09-28' }, year, 9);
    expect(quarter.detected).toMatchObject({ id: 9 });
    expect(quarter.partOfRound).toContain('01/07/2020 đến 30/09/2020');
    expect(detectRound({ title: 'kết quả công tác đối ngoại nhân dân năm 2020', body: '', reportDate: '2020-12-05' }, year, 9).partOfRound).toBeUndefined();
    // Most of the round ("9 tháng" of a year) is no part to warn of.
    expect(detectRound({ title: 'kết quả 9 tháng đầu năm 2020', body: '', reportDate: '2020-09-28' }, year, 9).partOfRound).toBeUndefined();
  });

  it('takes a plan\'s only round, sure enough, for a report dated while it runs', () => {
    const one = { ...plan, issuedDate: '2019-03-01', rounds: [{ ...plan.rounds[0]!, id: 9, label: 'Báo cáo kết quả (hạn 30/06/2019)', periodFrom: null, periodTo: '2019-06-30', dueDate: '2019-06-30' }] };
    const dated = detectRound({ title: 'Kết quả thực hiện', body: '', reportDate: '2019-06-20' }, one);
    expect(dated.detected).toMatchObject({ id: 9 });
    expect(dated.detected.confidence).toBeGreaterThanOrEqual(0.75);
    // Undated, or dated long after the due date: a person confirms.
    expect(detectRound({ title: 'Kết quả thực hiện', body: '', reportDate: null }, one).detected.confidence).toBeLessThan(0.75);
    expect(detectRound({ title: 'Kết quả thực hiện', body: '', reportDate: '2019-10-01' }, one).detected.confidence).toBeLessThan(0.75);
  });

  it('falls back on the report date just after a round closes', () => {
    const r = detectRound({ title: 'Kết quả công tác tuyên truyền', body: '', reportDate: '2019-07-10' }, plan);
    expect(r.detected).toMatchObject({ id: F.ROUND_H1 });
    expect(r.detected.confidence).toBeLessThan(0.75);
    expect(r.detected.evidence).toContain('ngày báo cáo');
  });

  it('from the date alone, takes the deadline still ahead over a round already past, and stays unsure', () => {
    const base = F.samplePlan();
    const round = (id: number, label: string, periodFrom: string, periodTo: string, dueDate: string) => ({ id, planId: base.id, label, periodFrom, periodTo, dueDate, locked: false });
    const plan = {
      ...base,
      rounds: [
        round(1, 'Tháng 10/2025', '2025-10-01', '2025-10-31', '2025-10-15'),
        round(2, 'Báo cáo kết quả (hạn 05/11/2025)', '2025-09-12', '2025-11-05', '2025-11-05'),
        round(3, 'Báo cáo kết quả (hạn 20/11/2025)', '2025-09-12', '2025-11-20', '2025-11-20'),
      ],
    };
    const r = detectRound({ title: 'Kết quả tuyên truyền', body: '', reportDate: '2025-11-17' }, plan);
    expect(r.detected).toMatchObject({ id: 3 });
    expect(r.detected.confidence).toBeLessThan(0.75);
  });
});

describe('prose', () => {
  it('reads counts after numbers, skipping dates, symbols and percentages', () => {
    const f = figuresInText('Ngày 10/7/2019, theo Chỉ thị số 32-CT/TW, huyện tổ chức 12 hội nghị với 1.450 lượt cán bộ, đảng viên tham dự (đạt 95%); đăng 35 tin, bài.', terms);
    expect(f.map((x) => [x.indicatorKey, x.value, x.cumulative])).toEqual([
      ['hoi_nghi', 12, false],
      ['luot_tham_du', 1450, false],
      ['tin_bai', 35, false],
    ]);
    expect(figuresInText('Lũy kế từ đầu năm đã tổ chức 20 hội nghị.', terms)[0]).toMatchObject({ value: 20, cumulative: true });
  });

  it('counts the people a conference was held for, or who were briefed, as those who attended it', () => {
    const pick = (text: string) => chooseFigures(figuresInText(text, terms).map((f) => ({ ...f, at: 0 }))).map((f) => [f.indicatorKey, f.value]);
    expect(pick('Ban Thường vụ tổ chức 01 hội nghị quán triệt cho 132 cán bộ chủ chốt; các chi bộ tổ chức 24 hội nghị với 1.215 lượt đảng viên tham dự.')).toEqual([
      ['hoi_nghi', 25],
      ['luot_tham_du', 1347],
    ]);
    expect(pick('Có 48/52 tổ chức cơ sở đảng tổ chức quán triệt, với tổng số 2.140 đảng viên được quán triệt.')).toEqual([['luot_tham_du', 2140]]);
    // The directive's number between the conference and its people; the training before it is another gathering.
    expect(pick('Tổ chức 02 lớp tập huấn cho 120 tình nguyện viên; 01 hội nghị phổ biến Chỉ thị số 04-CT/TW cho 60 cán bộ.')).toContainEqual(['luot_tham_du', 60]);
    // Trainees are no conference's attendance, nor are people a unit sent or disciplined.
    expect(pick('Tổ chức 02 lớp tập huấn cho 95 cán bộ.').map(([key]) => key)).not.toContain('luot_tham_du');
    expect(pick('Thi hành kỷ luật 02 đảng viên vi phạm.')).toEqual([]);
  });

  it('takes no name before a number for a figure of another sort than the words after it', () => {
    // People after the number: no count of conferences, though the name sounds like "hội nghị học tập, quán triệt".
    expect(figuresInText('Số đảng viên được học tập, quán triệt là 2.110 đồng chí, đạt 97%.', terms).filter((f) => f.indicatorKey === 'hoi_nghi')).toEqual([]);
    expect(figuresInText('Số hội nghị quán triệt: 08.', terms)).toMatchObject([{ indicatorKey: 'hoi_nghi', value: 8 }]);
  });

  it('takes occasions counted by their counting word alone only for a figure the sentence names', () => {
    const checks = indicatorTerms([
      { key: 'hoi_nghi', name: 'Số hội nghị, lớp quán triệt', measure: 'hội nghị', synonyms: [] },
      { key: 'kiem_tra', name: 'Số cuộc kiểm tra, giám sát', measure: 'cuộc', synonyms: [] },
    ]);
    const keys = (text: string): [string, number][] => figuresInText(text, checks).map((f) => [f.indicatorKey, f.value]);
    expect(keys('Các chi bộ tổ chức sinh hoạt chuyên đề về Chỉ thị 32 được 38 cuộc.')).toEqual([]);
    expect(keys('Ban Thường vụ tổ chức kiểm tra được 03 cuộc.')).toEqual([['kiem_tra', 3]]);
    expect(keys('Kiểm tra, giám sát 05 cuộc tại các cơ sở đảng.')).toEqual([['kiem_tra', 5]]);
  });

  it('reads a list of documents by their kinds, a plan named before a comma being no plan\'s number', () => {
    const docs = indicatorTerms([{ key: 'van_ban', name: 'Số kế hoạch, văn bản triển khai', measure: 'văn bản', synonyms: [] }]);
    const sum = (text: string): number[] => chooseFigures(figuresInText(text, docs).map((f) => ({ ...f, at: 0 }))).map((f) => f.value);
    expect(sum('Ban Thường vụ ban hành 02 kế hoạch, 03 công văn chỉ đạo.')).toEqual([5]);
    expect(sum('Ban Tuyên giáo đã ban hành 01 hướng dẫn và 02 công văn.')).toEqual([3]);
    // A plan's own number stays no count, and "hướng dẫn" before a number is a verb.
    expect(sum('Thực hiện Kế hoạch 45-KH/TU, Ban Tuyên giáo hướng dẫn 05 đơn vị.')).toEqual([]);
  });

  it('reads a figure named before "là" with a verb between the name and the number', () => {
    const f = figuresInText('Tổng số tin, bài đã đăng là 42 (trong đó trên trang thông tin điện tử 27 tin, bài).', terms);
    expect(f[0]).toMatchObject({ indicatorKey: 'tin_bai', value: 42 });
    expect(figuresInText('Số hội nghị, lớp quán triệt đã tổ chức được là 05.', terms)[0]).toMatchObject({ indicatorKey: 'hoi_nghi', value: 5 });
  });

  it('reads a number spelled out in brackets after its digits, as formal documents write it', () => {
    const f = figuresInText('Đã tổ chức 02 (hai) hội nghị cho 1.200 (một nghìn hai trăm) lượt cán bộ, đảng viên tham dự.', terms);
    expect(f.map((x) => [x.indicatorKey, x.value])).toEqual([
      ['hoi_nghi', 2],
      ['luot_tham_du', 1200],
    ]);
    expect(figuresInText('Tổ chức 02 (hai) hội nghị tính từ đầu năm.', terms)[0]).toMatchObject({ value: 2, cumulative: true });
    // Brackets that are not the number in words are left as they are: no figure is made of them.
    expect(figuresInText('Đã tổ chức 02 (theo kế hoạch) hội nghị.', terms)).toEqual([]);
  });

  it('tells two figures with the same measure apart by what the clause says around the number', () => {
    // Both count "tin, bài": the words before the number, or after the measure, say where. With
    // nothing to go by, neither: a guess would put the number in a total it may not belong to.
    const same = indicatorTerms([
      { key: 'tin_bao_dai', name: 'Số tin, bài trên báo, đài', measure: 'tin, bài', synonyms: ['báo, đài'] },
      { key: 'tin_mang', name: 'Số tin, bài trên mạng', measure: 'tin, bài', synonyms: ['mạng xã hội'] },
    ]);
    const read = (text: string) => figuresInText(text, same).map((x) => [x.indicatorKey, x.value]);
    expect(read('Báo, đài của huyện đưa 8 tin, bài; trang mạng xã hội của huyện đăng 12 tin, bài.')).toEqual([
      ['tin_bao_dai', 8],
      ['tin_mang', 12],
    ]);
    // After the measure, up to the next number: "… và 15" is not the 27's.
    expect(read('Đăng 27 tin, bài trên mạng xã hội và 15 tin, bài trên báo, đài.')).toEqual([
      ['tin_mang', 27],
      ['tin_bao_dai', 15],
    ]);
    // The words after an earlier number are that number's, not this one's.
    expect(read('Đăng 12 tin, bài trên mạng xã hội, 8 tin, bài.')).toEqual([
      ['tin_mang', 12],
      ['tin_bao_dai', 8],
    ]);
    expect(read('Đăng 8 tin, bài.')).toEqual([]);
  });

  it('tells figures counted in the same word apart by the verb a list shares, or by the others named', () => {
    const members = indicatorTerms([
      { key: 'admitted', name: 'Kết nạp đảng viên mới', measure: 'đảng viên', synonyms: [] },
      { key: 'inspected', name: 'Đảng viên được kiểm tra', measure: 'đảng viên', synonyms: [] },
      { key: 'disciplined', name: 'Đảng viên bị thi hành kỷ luật', measure: 'đảng viên', synonyms: [] },
    ]);
    const read = (text: string) => figuresInText(text, members).map((x) => [x.indicatorKey, x.value]);
    // The verb before the list's first number is every number's of the list.
    expect(read('Đã kiểm tra 12 tổ chức đảng và 27 đảng viên.')).toEqual([['inspected', 27]]);
    expect(read('Thi hành kỷ luật bằng hình thức khiển trách 02 đảng viên, cảnh cáo 01 đảng viên.')).toEqual([
      ['disciplined', 2],
      ['disciplined', 1],
    ]);
    // Whom a count of another figure was about is none of these.
    expect(read('Giám sát chuyên đề 09 cuộc đối với 15 tổ chức đảng và 20 đảng viên.')).toEqual([]);
    // The others named for numbers of their own leave one.
    expect(read('Trong năm có 45 đảng viên, đã được kiểm tra 30 đảng viên, bị thi hành kỷ luật 2 đảng viên.')).toEqual([
      ['admitted', 45],
      ['inspected', 30],
      ['disciplined', 2],
    ]);
  });

  it('reads a name before ":" on past the words two figures share, and counts people by their measure only when the sentence says more', () => {
    const terms = indicatorTerms([
      { key: 'units_praised', name: 'Số tập thể được khen thưởng', measure: 'tập thể', synonyms: [] },
      { key: 'people_praised', name: 'Số cá nhân được khen thưởng', measure: 'cá nhân', synonyms: [] },
      { key: 'pledged', name: 'Số đảng viên đăng ký làm theo', measure: 'đảng viên', synonyms: [] },
    ]);
    const read = (text: string) => figuresInText(text, terms).map((x) => [x.indicatorKey, x.value]);
    // "được khen thưởng" fits both: the word before it tells.
    expect(read('Số tập thể được khen thưởng: 04; số cá nhân được khen thưởng: 11.')).toEqual([
      ['units_praised', 4],
      ['people_praised', 11],
    ]);
    // The plan's one figure counted in "đảng viên" is those who pledged: other members counted are not.
    expect(read('Thi hành kỷ luật 02 đảng viên.')).toEqual([]);
    expect(read('Tổ chức học tập chuyên đề cho 2.345 đảng viên.')).toEqual([]);
    expect(read('Có 2.310 đảng viên đăng ký làm theo.')).toEqual([['pledged', 2310]]);
    expect(read('2.310 đảng viên đã đăng ký làm theo gắn với kiểm điểm cuối năm.')).toEqual([['pledged', 2310]]);
  });

  it('reads "pano" as "pa-nô", a figure of its own beside banners', () => {
    const terms = indicatorTerms([
      { key: 'co_dong_truc_quan', name: 'Số băng rôn, khẩu hiệu', measure: 'cái', synonyms: ['Băng rôn, khẩu hiệu'] },
      { key: 'panels', name: 'Số pa-nô, áp phích', measure: 'cái', synonyms: ['Pa-nô, áp phích'] },
    ]);
    const read = (text: string) => figuresInText(text, terms).map((x) => [x.indicatorKey, x.value]);
    expect(read('Treo 420 băng rôn, khẩu hiệu; dựng 35 pano, áp phích tại các trục đường chính.')).toEqual([
      ['co_dong_truc_quan', 420],
      ['panels', 35],
    ]);
  });

  it('reads a name said short before "là" or ":", past a time phrase', () => {
    const terms = indicatorTerms([
      { key: 'models', name: 'Số mô hình, điển hình học tập và làm theo Bác được xây dựng', measure: 'mô hình', synonyms: [] },
      { key: 'meetings', name: 'Số hội nghị học tập, quán triệt chuyên đề', measure: 'hội nghị', synonyms: [] },
    ]);
    const read = (text: string) => figuresInText(text, terms).map((x) => [x.indicatorKey, x.value]);
    expect(read('Tổng số mô hình được xây dựng trong năm là 14 (tăng 4 so với năm 2021).')).toEqual([['models', 14]]);
    expect(read('Số mô hình đã xây dựng: 9')).toEqual([['models', 9]]);
    expect(read('Số hội nghị học tập chuyên đề trong 6 tháng đầu năm 2022 là 05.')).toEqual([['meetings', 5]]);
    // A name of no figure stays none, short or not.
    expect(read('Tổng số chi bộ được kiện toàn trong năm là 12.')).toEqual([]);
  });

  it('reads a figure whose name the number splits, or that is named before a number with only its measure after', () => {
    const terms = indicatorTerms([
      { key: 'party_inspections', name: 'Số cuộc kiểm tra tổ chức đảng', measure: 'cuộc', synonyms: ['Kiểm tra tổ chức đảng'] },
      { key: 'thematic', name: 'Số cuộc giám sát chuyên đề', measure: 'cuộc', synonyms: ['Giám sát chuyên đề'] },
      { key: 'admitted', name: 'Kết nạp đảng viên mới', measure: 'đảng viên', synonyms: [] },
      { key: 'units_praised', name: 'Khen thưởng tập thể', measure: 'tập thể', synonyms: [] },
      { key: 'people_praised', name: 'Khen thưởng cá nhân', measure: 'cá nhân', synonyms: [] },
    ]);
    const read = (text: string) => figuresInText(text, terms).map((x) => [x.indicatorKey, x.value]);
    expect(read('Ủy ban Kiểm tra đã tiến hành kiểm tra 12 tổ chức đảng.')).toEqual([['party_inspections', 12]]);
    expect(read('Giám sát chuyên đề 09 cuộc đối với 15 tổ chức đảng.')).toEqual([['thematic', 9]]);
    // "tổ chức 12 hội nghị" names neither.
    expect(read('Đã tổ chức 12 hội nghị.')).toEqual([]);
    // People counted by the one figure whose name starts with the verb; not when two names start so.
    expect(read('Đã kết nạp được 17 đồng chí vào Đảng.')).toEqual([['admitted', 17]]);
    expect(read('Khen thưởng 5 đồng chí.')).toEqual([]);
    // "No" before a figure's whole name is nought; "không chỉ …", "không được kiểm tra" are not.
    expect(read('Không kết nạp được đảng viên mới.')).toEqual([['admitted', 0]]);
    expect(read('Chưa tổ chức giám sát chuyên đề.')).toEqual([['thematic', 0]]);
    expect(read('Không chỉ kết nạp đảng viên mới mà còn bồi dưỡng quần chúng.')).toEqual([]);
    expect(read('Đảng viên không được kiểm tra tổ chức đảng.')).toEqual([]);
  });

  it('tells done, in progress and not done apart, with diacritics ("Đảng triển khai" is not "đang triển khai")', () => {
    expect(statusInText('Đã tổ chức quán triệt cho 100% chi bộ')?.status).toBe('done');
    expect(statusInText('Đang triển khai xây dựng kế hoạch')?.status).toBe('in_progress');
    expect(statusInText('Chưa xây dựng kế hoạch tuyên truyền')?.status).toBe('not_done');
    expect(statusInText('Nhiệm vụ chưa hoàn thành')?.status).toBe('in_progress');
    expect(statusInText('Đã tổ chức ở 10 xã nhưng 2 xã chưa tổ chức')).toMatchObject({ status: 'in_progress', certainty: 0.6 });
    expect(statusInText('Chi bộ Đảng triển khai học tập')).toBeNull();
    // What only "đang" makes a status of.
    expect(statusInText('Huyện ủy đang phối hợp với Ủy ban nhân dân huyện rà soát Quy chế')?.status).toBe('in_progress');
    expect(statusInText('Ban Dân vận đang chuẩn bị nội dung tổng kết')?.status).toBe('in_progress');
    expect(statusInText('Đảng bộ phối hợp với Mặt trận')).toBeNull();
    // Done, and going on.
    expect(statusInText('Việc nắm bắt dư luận được các chi bộ thực hiện thường xuyên.')?.status).toBe('done');
    expect(statusInText('Chi bộ thường xuyên tổ chức sinh hoạt chuyên đề.')?.status).toBe('done');
  });

  it('reads what is still ahead as not done, and what runs behind as in progress', () => {
    expect(statusInText('Việc sơ kết sẽ tiến hành trong quý IV.')).toMatchObject({ status: 'not_done', certainty: 0.7 });
    expect(statusInText('Chuyển sang thực hiện trong năm 2020.')?.status).toBe('not_done');
    expect(statusInText('Triển khai chậm so với kế hoạch.')).toMatchObject({ status: 'in_progress', certainty: 0.7 });
    // What was done outweighs what will be done again.
    expect(statusInText('Đã tổ chức 02 hội nghị; thời gian tới sẽ tiếp tục tổ chức.')?.status).toBe('done');
  });
});

describe('a title\'s subject', () => {
  it('is the pairs of its words a plan\'s title shares, "Báo cáo" left out ("cáo" would pair with the subject)', () => {
    const plan = 'Về tiếp tục đổi mới và nâng cao hiệu quả công tác đối ngoại nhân dân trong tình hình mới';
    expect(topicCoverage('Báo cáo công tác đối ngoại nhân dân năm 2017', plan)).toBe(topicCoverage('Công tác đối ngoại nhân dân năm 2017', plan));
    expect(topicCoverage('Báo cáo công tác đối ngoại nhân dân năm 2017', plan)).toBe(1);
    expect(topicCoverage('Công tác dân vận năm 2017', plan)).toBe(0);
  });
});

describe('items and indicators', () => {
  it('normalises codes and matches rows by code or text', () => {
    expect(normalizeCode('Mục III-2-4.')).toBe('III.2.4');
    expect(normalizeCode('Tổng cộng')).toBeNull();
    const index = itemIndex(plan);
    expect(matchItemRow('2.4', '', index)).toMatchObject({ item: { code: 'III.2.4' }, confidence: 0.85 });
    expect(matchItemRow('1', 'Mở chuyên trang, chuyên mục trên báo', index)?.item.code).toBe('III.2.5');
    expect(matchItemRow('1', 'Liên hoan văn nghệ', index)).toBeNull();
  });

  it('matches a clause to the item whose telling word pairs it says, organs not counted', () => {
    const task = (code: string, text: string) => ({ code, parentCode: 'II', level: 1, kind: 'task' as const, text, assignees: [], deadline: null, flags: [] });
    const prose = {
      ...plan,
      items: [
        task('II.1', 'Tổ chức quán triệt nội dung Chỉ thị, các văn bản hướng dẫn của Trung ương và Tỉnh ủy'),
        task('II.2', 'Rà soát, bổ sung quy chế quản lý hoạt động trên địa bàn'),
        task('II.3', 'Kiện toàn bộ máy, bồi dưỡng đội ngũ cán bộ chuyên trách'),
      ],
    };
    const index = itemIndex(prose);
    expect(itemsInClause('Đã sửa đổi, bổ sung quy chế quản lý hoạt động của huyện.', '', index, prose.title)[0]?.item.code).toBe('II.2');
    expect(itemsInClause('Việc bố trí cán bộ chuyên trách chưa thực hiện được.', 'Kiện toàn bộ máy', index, prose.title)[0]?.item.code).toBe('II.3');
    // "Tỉnh ủy", "Trung ương" name who; with "nội dung" and "hướng dẫn" alone the clause says too little.
    expect(itemsInClause('Ban Tuyên giáo Tỉnh ủy đang chuẩn bị nội dung tổng kết theo hướng dẫn của Trung ương.', '', index, prose.title)).toEqual([]);
    // The heading alone names no item.
    expect(itemsInClause('Dự kiến hoàn thành trong quý I.', 'Kiện toàn bộ máy, bồi dưỡng cán bộ chuyên trách', index, prose.title)).toEqual([]);
  });

  it('keeps a task\'s own words that its assignee\'s name shares ("Ủy ban Kiểm tra … tiến hành kiểm tra")', () => {
    const who = [{ label: 'Ủy ban Kiểm tra các cấp', unitCode: null, unitKinds: [] }];
    const task = (code: string, text: string, assignees: typeof who = []) => ({ code, parentCode: 'II', level: 1, kind: 'task' as const, text, assignees, deadline: null, flags: [] });
    const twoTasks = {
      ...plan,
      items: [
        task('II.1', 'Công tác phát triển đảng viên: đẩy mạnh kết nạp đảng viên mới, chú trọng đoàn viên thanh niên.'),
        task('II.2', 'Công tác kiểm tra, giám sát: Ủy ban Kiểm tra các cấp tiến hành kiểm tra tổ chức đảng và đảng viên khi có dấu hiệu vi phạm.', who),
        task('II.3', 'Củng cố, kiện toàn các chi bộ yếu kém, chi bộ thôn chưa có đảng viên.'),
      ],
    };
    const index = itemIndex(twoTasks);
    const said = 'Ủy ban Kiểm tra các cấp đã tiến hành kiểm tra 12 tổ chức đảng và 27 đảng viên';
    expect(itemsInClause(said, 'Công tác kiểm tra', index, twoTasks.title)[0]?.item.code).toBe('II.2');
  });

  it('does not take a paragraph for a section by the words every heading has ("nội dung")', () => {
    const item = (code: string, parentCode: string | null, kind: 'section' | 'task', text: string) => ({ code, parentCode, level: 1, kind, text, assignees: [], deadline: null, flags: [] });
    const sectioned = {
      ...plan,
      items: [
        item('B.I', null, 'section', 'NỘI DUNG TUYÊN TRUYỀN'),
        item('B.I.1.1', 'B.I', 'task', 'Tuyên truyền về truyền thống 94 năm xây dựng và phát triển của Đảng.'),
        item('B.I.1.2', 'B.I', 'task', 'Tuyên truyền kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện.'),
      ],
    };
    expect(itemsInParagraph('1. Tuyên truyền miệng: tổ chức 06 buổi nói chuyện chuyên đề với 420 lượt người nghe.', itemIndex(sectioned))).toEqual([]);
  });

  it('finds a plan called by its number alone in the title, not a five-year plan', () => {
    const plans = [F.samplePlan(), F.otherPlan()];
    expect(detectPlan({ title: 'Kết quả thực hiện KH 31 của Ban Tuyên giáo, 6 tháng đầu năm 2019', body: '', reportNumber: null }, plans).plan?.number).toBe('31-KH/BTGTU');
    expect(detectPlan({ title: 'Kết quả thực hiện Kế hoạch 31 năm 2019', body: '', reportNumber: null }, plans).detected.confidence).toBeGreaterThanOrEqual(0.8);
    expect(detectPlan({ title: 'Kết quả 6 tháng thực hiện Kế hoạch 5 năm 2021 - 2025', body: '', reportNumber: null }, [...plans, { ...F.otherPlan(), id: 99, number: '5-KH/TU' }]).plan?.number).not.toBe('5-KH/TU');
  });

  it('names a figure in its notes by its name, never its key', () => {
    const out = new ReportCollector();
    out.nameFigures([{ key: 'so_mo_hinh', name: 'Số mô hình được xây dựng' }]);
    out.addFigure({ indicatorKey: 'so_mo_hinh', value: 12, source: 'bảng 1, dòng 3' });
    out.addFigure({ indicatorKey: 'so_mo_hinh', value: 14, source: 'đoạn 6' });
    expect(out.notes.map((n) => n.message)).toEqual(['Số mô hình được xây dựng: bảng 1, dòng 3 ghi 12, đoạn 6 ghi 14; đã lấy 12.']);
  });

  it('matches column names to indicators by name, measure and synonyms', () => {
    expect(matchLabel('Số hội nghị', terms)?.key).toBe('hoi_nghi');
    expect(matchLabel('Số lượng tin, bài đã đăng', terms)?.key).toBe('tin_bai');
    expect(matchLabel('Lượt người tham dự', terms)?.key).toBe('luot_tham_du');
    expect(matchLabel('Ghi chú', terms)).toBeNull();
  });
});

describe('grid', () => {
  const grid = (rows: string[][]): Grid => ({ text: rows, value: rows, source: (r, c) => `S!${'ABCDEFG'[c]}${r + 1}`, span: (a, z, c) => `S!${'ABCDEFG'[c]}${a + 1}:${'ABCDEFG'[c]}${z + 1}` });

  it('checks sub-totals and the grand total; marks in "Đã/Đang/Chưa thực hiện" columns give the status', () => {
    const out = new ReportCollector();
    readGrid(
      grid([
        ['STT', 'Nhiệm vụ', 'Đã thực hiện', 'Đang thực hiện', 'Chưa thực hiện', 'Số hội nghị'],
        ['III.2.1', 'Hội nghị quán triệt', 'x', '', '', '3'],
        ['2.4', 'Kế hoạch tuyên truyền', '', '', 'x', '2'],
        ['', 'Cộng', '', '', '', '5'],
        ['III.2.5', 'Chuyên mục', '', 'x', '', '4'],
        ['', 'Cộng', '', '', '', '4'],
        ['Tổng cộng', '', '', '', '', '10'],
      ]),
      { index: itemIndex(plan), terms },
      out,
    );
    expect(out.entries.map((e) => [e.itemCode, e.status, e.source])).toEqual([
      ['III.2.1', 'done', 'S!C2'],
      ['III.2.4', 'not_done', 'S!E3'],
      ['III.2.5', 'in_progress', 'S!D5'],
    ]);
    // The unit's own grand total counts; the rows that add up to 9 are noted beside it, not held for review.
    expect(out.figures).toEqual([{ indicatorKey: 'hoi_nghi', value: 10, source: 'S!F7' }]);
    expect(out.warnings).toEqual([]);
    expect(out.notes).toHaveLength(1);
    expect(out.notes[0]).toMatchObject({ code: 'TOTAL_MISMATCH', source: 'S!F7; S!F2:F5' });
    expect(out.notes[0]?.message).toContain('10');
    expect(out.notes[0]?.message).toContain('9');
  });

  it('reads counts typed with their measure by their row\'s label, a row with such a count being no heading', () => {
    // A plan's own figures, two counted in "cái" (its figure table: "Băng rôn, khẩu hiệu | Cái", "Pa-nô, áp phích | Cái").
    const own = readingTerms([
      { key: 'bang_ron', name: 'Số băng rôn, khẩu hiệu', measure: 'cái', synonyms: ['Băng rôn, khẩu hiệu'] },
      { key: 'pa_no', name: 'Số pa-nô, áp phích', measure: 'cái', synonyms: ['Pa-nô, áp phích'] },
      { key: 'nguoi_xem', name: 'Số lượt người xem, tham gia', measure: 'lượt người', synonyms: ['Lượt người xem, tham gia'] },
    ]);
    const out = new ReportCollector();
    readGrid(
      grid([
        ['Nội dung', 'Kết quả', 'Ghi chú'],
        ['Băng rôn, khẩu hiệu', '86 cái', ''],
        ['Pa-nô', '12 cái', 'pa-nô cố định'],
        ['Người xem', 'khoảng 1.800 lượt', ''],
      ]),
      { index: itemIndex(plan), terms: own },
      out,
    );
    expect(out.figures.map((f) => [f.indicatorKey, f.value])).toEqual([
      ['bang_ron', 86],
      ['pa_no', 12],
      ['nguoi_xem', 1800],
    ]);
  });

  it('reads people under a heading of classes, or a column of them, as no count of the classes; "chuyển chính thức" as recognition', () => {
    const own = readingTerms([
      { key: 'lop', name: 'Số lớp bồi dưỡng nhận thức về Đảng', measure: 'lớp', synonyms: [] },
      { key: 'ket_nap', name: 'Số đảng viên mới được kết nạp', measure: 'đảng viên', synonyms: [] },
    ]);
    const read = (rows: string[][]): [string, number][] => {
      const out = new ReportCollector();
      readGrid(grid(rows), { index: itemIndex(plan), terms: own }, out);
      return out.figures.map((f) => [f.indicatorKey, f.value]);
    };
    expect(
      read([
        ['TT', 'Nội dung', 'Chỉ tiêu', 'Kết quả'],
        ['1', 'Bồi dưỡng nhận thức về Đảng', 'Số lớp', '2'],
        ['', 'Bồi dưỡng nhận thức về Đảng', 'Số người', '140'],
        ['2', 'Phát triển đảng viên', 'Kết nạp đảng viên mới', '9'],
        ['', 'Phát triển đảng viên', 'Đảng viên chuyển chính thức', '11'],
      ]),
    ).toEqual([
      ['lop', 2],
      ['ket_nap', 9],
    ]);
    expect(
      read([
        ['STT', 'Chi bộ', 'Quần chúng học lớp bồi dưỡng', 'Số lớp bồi dưỡng'],
        ['1', 'Chi bộ Văn phòng', '12', '1'],
        ['', 'Cộng', '12', '1'],
      ]),
    ).toEqual([['lop', 1]]);
  });
});

describe('docx body and PDF lines', () => {
  it('keeps merged cells\' text in every cell but their value once, and converts runs in legacy fonts', () => {
    const xml = `<w:document><w:body>
      <w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime"/></w:rPr><w:t>HuyÖn ñy</w:t></w:r></w:p>
      <w:tbl>
        <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>STT</w:t></w:r></w:p></w:tc>
              <w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Số liệu</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>
              <w:tc><w:p><w:r><w:t>Số hội nghị</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">Tin &amp; bài</w:t></w:r></w:p></w:tc></w:tr>
      </w:tbl></w:body></w:document>`;
    const c = docxBlocks(xml, null);
    expect(c.legacyFonts).toEqual(['.VnTime']);
    expect(c.blocks[0]).toEqual({ kind: 'para', text: 'Huyện ủy' });
    const table = c.blocks[1];
    expect(table).toEqual({
      kind: 'table',
      text: [
        ['STT', 'Số liệu', 'Số liệu'],
        ['STT', 'Số hội nghị', 'Tin & bài'],
      ],
      value: [
        ['STT', 'Số liệu', null],
        [null, 'Số hội nghị', 'Tin & bài'],
      ],
    });
  });

  it('reads a text box once, before its paragraph; a one-cell frame as paragraphs; the page header first', () => {
    const box = (text: string) => `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
    // Word writes a text box twice: as a drawing, and as VML for older readers.
    const xml = `<w:document><w:body>
      <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box('THỊ ỦY BẾN CÁT')}</wps:txbx></w:drawing></mc:Choice>
        <mc:Fallback><w:pict><v:textbox>${box('THỊ ỦY BẾN CÁT')}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Tổ chức 02 hội nghị.</w:t></w:r></w:p><w:p><w:r><w:t>Đăng 16 tin, bài.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Số hội nghị</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      </w:body></w:document>`;
    const header = `<w:hdr><w:p><w:r><w:t>Số 56-BC/TU</w:t></w:r></w:p></w:hdr>`;
    const c = docxBlocks(xml, null, null, header);
    expect(c.blocks.map((b) => (b.kind === 'para' ? b.text : b.text))).toEqual([
      'Số 56-BC/TU',
      'THỊ ỦY BẾN CÁT',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Tổ chức 02 hội nghị.',
      'Đăng 16 tin, bài.',
      [['Số hội nghị', '2']],
    ]);
  });

  it('finds the first page\'s header: the "first" one when the first page differs, else the default', () => {
    const rels = `<Relationships><Relationship Id="rId8" Type="…/header" Target="header1.xml"/><Relationship Id="rId9" Type="…/header" Target="header2.xml"/></Relationships>`;
    const doc = (sect: string) => `<w:document><w:body><w:p/><w:sectPr>${sect}</w:sectPr></w:body></w:document>`;
    const refs = `<w:headerReference w:type="default" r:id="rId8"/><w:headerReference w:type="first" r:id="rId9"/>`;
    expect(firstPageHeader(doc(refs), rels)).toBe('word/header1.xml');
    expect(firstPageHeader(doc(`${refs}<w:titlePg/>`), rels)).toBe('word/header2.xml');
    expect(firstPageHeader(doc(''), rels)).toBeNull();
    expect(firstPageHeader(doc(refs), null)).toBeNull();
  });

  it('orders PDF runs by position and turns wide gaps into cell breaks', () => {
    const run = (str: string, x: number, y: number, w: number) => ({ str, x, y, w, size: 12 });
    expect(linesOfRuns([run('ĐẢNG CỘNG SẢN VIỆT NAM', 300, 800, 150), run('HUYỆN ỦY PHÚ GIÁO', 60, 800.5, 120), run('Số 45-BC/HU', 80, 780, 70)])).toEqual([
      'HUYỆN ỦY PHÚ GIÁO\tĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 45-BC/HU',
    ]);
  });
});

describe('figure names as units shorten them', () => {
  const rural = indicatorTerms([
    { key: 'xa', name: 'Số xã đạt chuẩn nông thôn mới', measure: 'xã', synonyms: ['Xã đạt chuẩn nông thôn mới'] },
    { key: 'xa_nc', name: 'Số xã đạt chuẩn nông thôn mới nâng cao', measure: 'xã', synonyms: ['Xã đạt chuẩn nông thôn mới nâng cao'] },
    { key: 'ocop', name: 'Số sản phẩm OCOP được công nhận', measure: 'sản phẩm', synonyms: [] },
    { key: 'hs', name: 'Số hồ sơ thủ tục hành chính giải quyết trực tuyến', measure: 'hồ sơ', synonyms: [] },
  ]);

  it('spells out initials in the figure’s own words, and keeps those it has as a word', () => {
    expect(matchLabel('Xã đạt chuẩn NTM nâng cao', rural)?.key).toBe('xa_nc');
    expect(matchLabel('Xã đạt chuẩn NTM', rural)?.key).toBe('xa');
    expect(matchLabel('Hồ sơ TTHC giải quyết trực tuyến', rural)?.key).toBe('hs');
    expect(matchLabel('Sản phẩm OCOP được công nhận', rural)?.key).toBe('ocop');
    // Initials that stand for no run of a figure's words name nothing.
    expect(matchLabel('Xã đạt chuẩn ATTP', rural)?.key).not.toBe('xa_nc');
    // Typed in lower case, a word no syllable spells is initials still.
    expect(matchLabel('xã đạt chuẩn ntm nâng cao', rural)?.key).toBe('xa_nc');
  });

  it('reads a name before ":" with initials, or with a time phrase, as the number’s figure', () => {
    const said = (text: string) => figuresInText(text, rural).map((f) => [f.indicatorKey, f.value]);
    expect(said('- Xã đạt chuẩn NTM nâng cao: 01 xã.')).toEqual([['xa_nc', 1]]);
    // "tháng: 145" is no date: the colon gives the name its value.
    expect(said('- Hồ sơ TTHC giải quyết trực tuyến trong 6 tháng: 1.450 hồ sơ.')).toEqual([['hs', 1450]]);
  });

  it('reads "TH 6 tháng" as the half year’s results and "LK" as a running total', () => {
    const rows = [
      ['TT', 'Chỉ tiêu', 'ĐVT', 'KH năm 2024', 'TH 6 tháng', 'LK đến 30/6/2024'],
      ['1', 'Xã đạt chuẩn NTM', 'Xã', '2', '1', '9'],
      ['2', 'Xã đạt chuẩn NTM nâng cao', 'Xã', '1', '0', '2'],
    ];
    const grid: Grid = { text: rows, value: rows, source: (r, c) => `S!${'ABCDEF'[c]}${r + 1}`, span: (a, z, c) => `S!${'ABCDEF'[c]}${a + 1}:${'ABCDEF'[c]}${z + 1}` };
    const out = new ReportCollector();
    readGrid(grid, { index: itemIndex(plan), terms: rural }, out);
    expect(out.figures.map((f) => [f.indicatorKey, f.value])).toEqual([
      ['xa', 1],
      ['xa_nc', 0],
    ]);
  });

  it('reads "có thêm" as what the period added, unless its clause says against what', () => {
    const added = (text: string) => figuresInText(text, rural).map((f) => [f.indicatorKey, f.value, f.role]);
    expect(added('Trong 6 tháng, huyện có thêm 02 xã đạt chuẩn nông thôn mới.')).toEqual([['xa', 2, 'main']]);
    expect(added('Có thêm 02 xã đạt chuẩn nông thôn mới so với cùng kỳ.')).toEqual([['xa', 2, 'delta']]);
    expect(added('Có 12 xã đạt chuẩn nông thôn mới, tăng thêm 02 xã đạt chuẩn nông thôn mới.')).toEqual([
      ['xa', 12, 'main'],
      ['xa', 2, 'delta'],
    ]);
  });
});

describe('lists parted by semicolons, and a figure of a narrower kind', () => {
  const media = indicatorTerms([
    { key: 'tin_bai', name: 'Số tin, bài tuyên truyền', measure: 'tin, bài', synonyms: ['phóng sự'] },
    { key: 'tin_bai_mang', name: 'Số tin, bài trên mạng xã hội, trang thông tin điện tử', measure: 'tin, bài', synonyms: ['trang thông tin điện tử', 'fanpage'] },
    { key: 'buoi_tuyen_truyen', name: 'Số buổi tuyên truyền', measure: 'buổi', synonyms: [] },
    { key: 'tai_lieu', name: 'Số tài liệu tuyên truyền phát hành', measure: 'bản', synonyms: ['đề cương tuyên truyền'] },
  ]);
  const chosen = (text: string): Record<string, number> =>
    Object.fromEntries(chooseFigures(figuresInText(text, media).map((f) => ({ ...f, at: 0 }))).map((f) => [f.indicatorKey, f.value]));

  it('adds the parts of a list parted by ";" in one statement, not what two statements say', () => {
    expect(chosen('Kết quả: tuyên truyền miệng 32 buổi; nói chuyện chuyên đề 10 buổi.')).toEqual({ buoi_tuyen_truyen: 42 });
    expect(chosen('Tổ chức 32 buổi tuyên truyền. Trong 6 tháng đã tổ chức 32 buổi tuyên truyền.')).toEqual({ buoi_tuyen_truyen: 32 });
  });

  it('gives articles said without the narrower kind’s words to the wider figure', () => {
    expect(chosen('Báo Tây Sơn đăng 24 tin, bài; Đài Phát thanh - Truyền hình tỉnh phát sóng 18 phóng sự.')).toEqual({ tin_bai: 42 });
    expect(chosen('Trang thông tin điện tử huyện đăng 65 tin, bài.')).toEqual({ tin_bai_mang: 65 });
    // One word of the narrower kind's, that the wider's words have not, names it too.
    expect(chosen('Fanpage Tuổi trẻ Tây Sơn đăng tải 46 tin, bài, video clip.')).toEqual({ tin_bai_mang: 46 });
    // "bài trên" of "tin, bài trên mạng" is no word of a website: "trên" only joins.
    expect(chosen('Tin, bài trên Báo Quân khu, Truyền hình Quân đội: 9 tin, bài.')).toEqual({ tin_bai: 9 });
    expect(chosen('Tin, bài trên mạng xã hội: 12 tin, bài.')).toEqual({ tin_bai_mang: 12 });
    // The wider figure named for the next number leaves this one the wider's too.
    expect(chosen('Đài Truyền thanh phát 60 tin, bài, 12 phóng sự.')).toEqual({ tin_bai: 72 });
    expect(chosen('Báo Bình Dương đăng 27 tin, bài; Cổng thông tin điện tử tỉnh đăng 9 tin, bài.')).toEqual({ tin_bai: 27, tin_bai_mang: 9 });
    // A number of no count before the clause (a decree's) leaves the words after its comma to this one.
    expect(chosen('Đài Truyền thanh huyện phát 20 tin, bài trên sóng FM 97,5 MHz; thực hiện Nghị định số 72/2013/NĐ-CP, Trang thông tin điện tử huyện đăng tải 06 tin, bài.')).toEqual({ tin_bai: 20, tin_bai_mang: 6 });
  });

  it('counts the copies of what was written, not more of it, and copies said before a verb', () => {
    expect(chosen('Đã biên soạn 02 đề cương tuyên truyền, in và phát hành 1.500 bản gửi các đơn vị.')).toEqual({ tai_lieu: 1500 });
    expect(chosen('Biên soạn 03 đề cương tuyên truyền.')).toEqual({ tai_lieu: 3 });
    // Leaflets are pieces printed, as copies are: they add to them.
    expect(chosen('Phát hành 2.500 tờ rơi, 300 cuốn tài liệu hỏi - đáp.')).toEqual({ tai_lieu: 2800 });
  });
});
