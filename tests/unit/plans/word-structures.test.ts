// Plans as Word authors really make them: lists numbered by Word itself (no "1." in the text),
// work assigned in a table (TT | Nội dung | Cơ quan chủ trì | phối hợp | Thời gian), and a
// "PHỤ LỤC" table printed after the signature. Made with the docx package, read as the app reads.
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPlan } from '../../../electron/core/plans/extract';
import { readPlanText } from '../../../electron/core/plans/read-plan-document';
import type { PlanDraft } from '../../../shared/domain';

const p = (text: string, bold = false): Paragraph => new Paragraph({ children: [new TextRun({ text, bold })] });
const listed = (text: string, level: number): Paragraph => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'plan-list', level } });
const cell = (text: string, merge?: 'restart' | 'continue', span?: number): TableCell =>
  new TableCell({
    children: [p(text)],
    columnSpan: span,
    verticalMerge: merge === undefined ? undefined : merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
  });
const row = (cells: TableCell[]): TableRow => new TableRow({ children: cells });

async function wordPlan(): Promise<Buffer> {
  const taskTable = new Table({
    rows: [
      row([cell('TT', 'restart'), cell('Nội dung công việc', 'restart'), cell('Đơn vị thực hiện', undefined, 2), cell('Thời gian hoàn thành', 'restart')]),
      row([cell('', 'continue'), cell('', 'continue'), cell('Chủ trì'), cell('Phối hợp'), cell('', 'continue')]),
      row([cell('I'), cell('CÔNG TÁC QUÁN TRIỆT'), cell(''), cell(''), cell('')]),
      row([cell('1'), cell('Tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt'), cell('Ban Tuyên giáo Tỉnh ủy'), cell('Văn phòng Tỉnh ủy'), cell('Quý I/2024')]),
      row([cell('2'), cell('Xây dựng chương trình hành động thực hiện Nghị quyết'), cell('Các huyện ủy, thành ủy'), cell('Ban Tuyên giáo Tỉnh ủy'), cell('Trước ngày 30/4/2024')]),
      row([cell('II'), cell('CÔNG TÁC TUYÊN TRUYỀN'), cell(''), cell(''), cell('')]),
      row([cell('3'), cell('Mở chuyên mục tuyên truyền Nghị quyết trên báo, đài'), cell('Báo An Giang'), cell(''), cell('Thường xuyên')]),
    ],
  });
  const appendix = new Table({
    rows: [
      row([cell('STT'), cell('Nhiệm vụ'), cell('Cơ quan chủ trì'), cell('Thời hạn')]),
      row([cell('1'), cell('Sơ kết 6 tháng việc thực hiện Nghị quyết'), cell('Các đảng ủy trực thuộc Tỉnh ủy'), cell('Định kỳ 6 tháng, năm')]),
    ],
  });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'plan-list',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          p('TỈNH ỦY AN GIANG'),
          p('*'),
          p('Số 45-KH/TU'),
          p('ĐẢNG CỘNG SẢN VIỆT NAM'),
          p('An Giang, ngày 15 tháng 01 năm 2024'),
          p('KẾ HOẠCH', true),
          p('thực hiện Nghị quyết số 45-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng', true),
          listed('MỤC ĐÍCH, YÊU CẦU', 0),
          listed('Quán triệt sâu sắc nội dung Nghị quyết đến cán bộ, đảng viên.', 1),
          listed('NHIỆM VỤ CỤ THỂ', 0),
          p('(Có bảng phân công kèm theo)'),
          taskTable,
          listed('TỔ CHỨC THỰC HIỆN', 0),
          listed('Mặt trận Tổ quốc và các đoàn thể tỉnh', 1),
          listed('Tuyên truyền Nghị quyết trong đoàn viên, hội viên.', 2),
          listed('Báo cáo kết quả trước ngày 15/12/2024.', 2),
          listed('Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc việc thực hiện.', 1),
          p('Nơi nhận:'),
          p('- Các đảng bộ trực thuộc,'),
          p('- Lưu VPTU.'),
          p('T/M BAN THƯỜNG VỤ'),
          p('BÍ THƯ'),
          p('Lê Hồng Quang'),
          p('PHỤ LỤC', true),
          p('PHÂN CÔNG BÁO CÁO ĐỊNH KỲ', true),
          appendix,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

let plan: PlanDraft;
const item = (code: string) => plan.items.find((i) => i.code === code);

beforeAll(async () => {
  plan = extractPlan(await readPlanText(await wordPlan(), 'ke hoach 45.docx'));
});

describe('a Word plan with automatic numbering and task tables', () => {
  it('keeps the hierarchy Word numbered by itself', () => {
    expect(plan.items.filter((i) => i.kind === 'section' && i.level === 0).map((i) => i.code)).toEqual(['I', 'II', 'III', 'PL']);
    expect(item('I.1')?.kind).toBe('context');
    expect(item('III.1.a')?.assignees.map((a) => a.unitKinds)).toEqual([['mttq-doan-the']]);
    expect(item('III.1.b')?.deadline?.date).toBe('2024-12-15');
    expect(item('III.2')?.assignees.map((a) => a.label)).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
  });

  it('reads each table row as a task of its lead units, with its own deadline column', () => {
    expect(item('II.I')?.kind).toBe('section');
    expect(item('II.I.1')).toMatchObject({ kind: 'task', assignees: [{ label: 'Ban Tuyên giáo Tỉnh ủy' }], deadline: { date: '2024-03-31' } });
    expect(item('II.I.1')?.text).toContain('Phối hợp: Văn phòng Tỉnh ủy');
    expect(item('II.I.2')?.assignees[0]?.unitKinds).toEqual(['huyen-uy']);
    expect(item('II.I.2')?.deadline?.date).toBe('2024-04-30');
    // "Thường xuyên" gives no date, but the words stay.
    expect(item('II.II.3')?.deadline).toEqual({ text: 'Thường xuyên', date: null, recurrence: 'once' });
    expect(item('II.p1')?.kind).toBe('context');
  });

  it('reads the appendix table after the signature, and proposes its reporting rounds', () => {
    expect(item('PL')?.text).toContain('PHÂN CÔNG BÁO CÁO ĐỊNH KỲ');
    expect(item('PL.1')).toMatchObject({ kind: 'task', assignees: [{ unitKinds: ['dang-uy-truc-thuoc'] }], deadline: { recurrence: 'half-yearly-and-yearly' } });
    expect(plan.rounds.map((r) => r.label)).toContain('6 tháng đầu năm 2024');
    expect(plan.signer).toBe('T/M BAN THƯỜNG VỤ / BÍ THƯ / Lê Hồng Quang');
  });
});

describe('a Markdown plan with a task table', () => {
  it('reads the rows as tasks through the same path as Word tables', () => {
    const md = [
      'TỈNH ỦY KIÊN GIANG',
      'Số 12-KH/TU',
      'Kiên Giang, ngày 02 tháng 3 năm 2025',
      '# KẾ HOẠCH',
      'triển khai công tác tuyên truyền năm 2025',
      '## I. NHIỆM VỤ',
      '| STT | Nội dung | Đơn vị chủ trì | Thời hạn |',
      '|---|---|---|---|',
      '| 1 | Tổ chức hội nghị báo cáo viên hằng quý | Ban Tuyên giáo Tỉnh ủy | Hằng quý |',
      '| 2 | Tuyên truyền trên Cổng thông tin điện tử | Sở Thông tin và Truyền thông | trước ngày 30/6/2025 |',
    ].join('\n');
    const d = extractPlan(md);
    expect(d.items.find((i) => i.code === 'I.1')).toMatchObject({ kind: 'task', assignees: [{ label: 'Ban Tuyên giáo Tỉnh ủy' }], deadline: { recurrence: 'quarterly' } });
    expect(d.items.find((i) => i.code === 'I.2')).toMatchObject({ assignees: [{ unitKinds: ['so-nganh'] }], deadline: { date: '2025-06-30' } });
  });
});

describe('a legacy .doc plan with a task table', () => {
  it('reads the tab-separated rows word-extractor gives as tasks', () => {
    // word-extractor's text of a Word 97 table: cells end with a tab, rows with a tab and a newline.
    const text = [
      'TỈNH ỦY AN GIANG',
      'Số 45-KH/TU',
      'An Giang, ngày 15 tháng 01 năm 2024',
      'KẾ HOẠCH',
      'thực hiện Nghị quyết số 45-NQ/TW',
      'I. NHIỆM VỤ CỤ THỂ',
      'TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\t',
      '1\tTổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt\tBan Tuyên giáo Tỉnh ủy\tVăn phòng Tỉnh ủy\tQuý I/2024\t',
      '2\tMở chuyên mục tuyên truyền Nghị quyết trên báo, đài\tBáo An Giang\t\tThường xuyên\t',
      'II. TỔ CHỨC THỰC HIỆN',
      'Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc.\tx\ty',
    ].join('\n');
    const d = extractPlan(text);
    expect(d.items.find((i) => i.code === 'I.1')).toMatchObject({ kind: 'task', assignees: [{ label: 'Ban Tuyên giáo Tỉnh ủy' }], deadline: { date: '2024-03-31' } });
    expect(d.items.find((i) => i.code === 'I.2')).toMatchObject({ assignees: [{ label: 'Báo An Giang' }], deadline: { text: 'Thường xuyên' } });
    // A tabbed line that heads no task table stays the text it was.
    expect(d.items.find((i) => i.code === 'II.p1')?.text).toContain('theo dõi, đôn đốc');
  });
});

describe('a Word plan whose header is a table with line breaks, and whose report row names its days', () => {
  /** A cell of lines broken with Shift+Enter, as a header cell usually is. */
  const lines = (...texts: string[]): TableCell => new TableCell({ children: [new Paragraph({ children: texts.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : 0 })) })] });

  it('reads the number, the issuer and the date from the header table, and the report days as the rounds\' due dates', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({ rows: [new TableRow({ children: [lines('TỈNH ỦY BÌNH DƯƠNG', '*', 'Số 112-KH/TU'), lines('ĐẢNG CỘNG SẢN VIỆT NAM', 'Bình Dương, ngày 15 tháng 3 năm 2019')] })] }),
            p('KẾ HOẠCH', true),
            p('tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng năm 2019', true),
            p('I. NHIỆM VỤ CỤ THỂ'),
            new Table({
              rows: [
                row([cell('TT'), cell('Nội dung công việc'), cell('Cơ quan chủ trì'), cell('Thời gian hoàn thành')]),
                row([cell('1'), cell('Tổ chức quán triệt chuyên đề đến chi bộ, đảng viên'), cell('Các huyện ủy, thị ủy, thành ủy'), cell('Quý II/2019')]),
                row([cell('2'), cell('Báo cáo kết quả thực hiện 6 tháng, năm về Ban Thường vụ Tỉnh ủy'), cell('Các cơ quan, đơn vị'), cell('Trước 15/6 và 15/11/2019')]),
              ],
            }),
          ],
        },
      ],
    });
    const d = extractPlan(await readPlanText(await Packer.toBuffer(doc), 'kh 112.docx'));
    expect([d.number, d.issuer, d.issuedDate]).toEqual(['112-KH/TU', 'TỈNH ỦY BÌNH DƯƠNG', '2019-03-15']);
    // The row's days are kept as written; how often comes from its words.
    expect(d.items.find((i) => i.code === 'I.2')?.deadline).toEqual({ text: 'Trước 15/6 và 15/11/2019', date: null, recurrence: 'half-yearly-and-yearly' });
    expect(d.rounds.map((r) => [r.label, r.dueDate])).toEqual([
      ['6 tháng đầu năm 2019', '2019-06-15'],
      ['Năm 2019', '2019-11-15'],
    ]);
  });
});
