// Plans shaped "numbered section + bullets + a closing line", as district and commune offices write
// them: the closing deadline and owners hold for every bullet, an introductory sentence ending in
// ":" gives its owners to the bullets after it, and sibling headings of one shape get one kind.
// The plans are written here (text, and a real .docx made with the docx package), one per pattern.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../electron/core/plans/extract';
import { readPlanText } from '../../../electron/core/plans/read-plan-document';
import type { PlanDraft, PlanItem } from '../../../shared/domain';
import { byCode } from './helpers';

const HEAD = ['HUYỆN ỦY LONG ĐIỀN', '*', 'Số 21-KH/HU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Long Điền, ngày 10 tháng 3 năm 2025', 'KẾ HOẠCH', 'tuyên truyền kỷ niệm các ngày lễ lớn năm 2025'];
const plan = (...body: string[]): PlanDraft => extractPlan([...HEAD, ...body].join('\n'));
const deadlineOf = (i: PlanItem) => (i.deadline ? [i.deadline.text, i.deadline.date] : null);
const owners = (i: PlanItem) => i.assignees.map((a) => a.label);
const bullets = (d: PlanDraft, parent: string) => d.items.filter((i) => i.parentCode === parent);

describe('a deadline line closing a numbered section', () => {
  it('"Thời gian hoàn thành: …" holds for the section and every bullet in it, not only the last', () => {
    const d = plan(
      'II. NHIỆM VỤ',
      '1. Ban Tuyên giáo Huyện ủy:',
      '- Hướng dẫn nội dung tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam.',
      '- Biên soạn đề cương tuyên truyền, cung cấp cho báo cáo viên.',
      '- Tổ chức hội nghị báo cáo viên mở rộng.',
      'Thời gian hoàn thành: trong tháng 4/2025.',
      '2. Trung tâm Chính trị huyện mở lớp bồi dưỡng báo cáo viên cơ sở.',
      'Thời gian thực hiện: Quý III/2025.',
    );
    expect(byCode(d.items, 'II.1').kind).toBe('section');
    expect(deadlineOf(byCode(d.items, 'II.1'))).toEqual(['tháng 4/2025', '2025-04-30']);
    expect(bullets(d, 'II.1')).toHaveLength(3);
    for (const b of bullets(d, 'II.1')) {
      expect(b.kind, b.code).toBe('task');
      expect(deadlineOf(b), b.code).toEqual(['tháng 4/2025', '2025-04-30']);
      expect(owners(b), b.code).toEqual(['Ban Tuyên giáo Huyện ủy']);
      expect(b.text, b.code).not.toContain('Thời gian');
    }
    expect(byCode(d.items, 'II.1').text).toMatch(/\nThời gian hoàn thành: trong tháng 4\/2025\.$/u);
    // A numbered task with no bullets keeps the line as its own.
    expect(deadlineOf(byCode(d.items, 'II.2'))).toEqual(['Quý III/2025', '2025-09-30']);
  });

  it('"Hoàn thành trước …" and words with no date are kept too; a bullet’s own deadline wins', () => {
    const d = plan(
      'I. NHIỆM VỤ CỤ THỂ',
      '1. Tuyên truyền trên hệ thống truyền thanh',
      '- Xây dựng chuyên mục “Học tập và làm theo”.',
      '- Đăng tin bài trên trang thông tin điện tử, hoàn thành trước ngày 15/5/2025.',
      'Hoàn thành trước ngày 30/6/2025.',
      '2. Trang trí cổ động trực quan',
      '- Treo băng rôn, khẩu hiệu tại trụ sở.',
      '- Thay mới pa-nô tại các tuyến đường chính.',
      'Thời gian thực hiện: thường xuyên.',
    );
    expect(deadlineOf(byCode(d.items, 'I.1.-1'))).toEqual(['Hoàn thành trước ngày 30/6/2025', '2025-06-30']);
    expect(deadlineOf(byCode(d.items, 'I.1.-2'))).toEqual(['hoàn thành trước ngày 15/5/2025', '2025-05-15']);
    expect(deadlineOf(byCode(d.items, 'I.2.-1'))).toEqual(['thường xuyên', null]);
    expect(deadlineOf(byCode(d.items, 'I.2.-2'))).toEqual(['thường xuyên', null]);
  });

  it('leaves a reporting instruction after the bullets as an item of its own', () => {
    const d = plan('II. NHIỆM VỤ', '1. Ban Dân vận Huyện ủy:', '- Hướng dẫn các chi bộ.', '- Tổng hợp kết quả.', 'Thời hạn báo cáo: trước ngày 15/12/2025.');
    expect(bullets(d, 'II.1').map((b) => b.deadline)).toEqual([null, null]);
  });

  it('also when the closing line is written as one more bullet', () => {
    const d = plan('II. NHIỆM VỤ', '1. Ban Dân vận Huyện ủy:', '- Hướng dẫn các chi bộ.', '- Tổng hợp kết quả.', '- Thời gian hoàn thành: tháng 8/2025.');
    expect(bullets(d, 'II.1').map((b) => [b.code, deadlineOf(b)?.[1]])).toEqual([
      ['II.1.-1', '2025-08-31'],
      ['II.1.-2', '2025-08-31'],
    ]);
  });

  it('a closing "Đơn vị thực hiện: …" line gives the section’s owners to its bullets', () => {
    const d = plan(
      'II. NHIỆM VỤ',
      '1. Công tác quán triệt',
      '- Tổ chức quán triệt chuyên đề năm 2025 đến cán bộ, đảng viên.',
      '- Viết thu hoạch sau học tập chuyên đề.',
      'Đơn vị thực hiện: các chi bộ, đảng bộ cơ sở; phối hợp: Ban Tuyên giáo Huyện ủy.',
      'Thời gian hoàn thành: trước ngày 30/4/2025.',
    );
    for (const b of bullets(d, 'II.1')) {
      expect(owners(b), b.code).toEqual(['các chi bộ, đảng bộ cơ sở']);
      expect(b.assignees[0]?.unitKinds).toEqual(['dang-uy-xa', 'co-so']);
      expect(deadlineOf(b)?.[1]).toBe('2025-04-30');
    }
  });
});

describe('an introductory sentence naming owners and ending with ":"', () => {
  it('under a roman section, heads the bullets after it and gives them its owners', () => {
    const d = plan(
      'III. TỔ CHỨC THỰC HIỆN',
      'Các chi bộ, đảng bộ cơ sở căn cứ tình hình thực tế tập trung thực hiện tốt các nội dung sau:',
      '- Tổ chức sinh hoạt chuyên đề về truyền thống cách mạng của địa phương.',
      '- Phát động phong trào thi đua lập thành tích chào mừng Đại hội.',
      'Ban Tuyên giáo Huyện ủy theo dõi, hướng dẫn, tổng hợp kết quả báo cáo Ban Thường vụ Huyện ủy.',
    );
    const intro = byCode(d.items, 'III.p1');
    expect(intro.kind).toBe('section');
    expect(bullets(d, 'III.p1').map((b) => [b.code, b.kind, owners(b)])).toEqual([
      ['III.p1.-1', 'task', ['Các chi bộ, đảng bộ cơ sở']],
      ['III.p1.-2', 'task', ['Các chi bộ, đảng bộ cơ sở']],
    ]);
    expect(byCode(d.items, 'III.p1.-1').assignees[0]?.unitKinds).toEqual(['dang-uy-xa', 'co-so']);
    // The finished paragraph after the bullets is the section's next item, with its own owner.
    expect(byCode(d.items, 'III.p1.-2').text).not.toContain('Ban Tuyên giáo');
    expect(owners(byCode(d.items, 'III.p2'))).toEqual(['Ban Tuyên giáo Huyện ủy']);
  });

  it('under a numbered heading, makes the heading a section whose bullets carry the owners', () => {
    const d = plan(
      'II. NHIỆM VỤ',
      '1. Công tác tuyên truyền',
      'Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện phối hợp thực hiện các nội dung sau:',
      '- Tuyên truyền trong đoàn viên, hội viên.',
      '- Vận động nhân dân treo cờ Tổ quốc.',
      'Thời gian hoàn thành: trong tháng 5/2025.',
    );
    expect(byCode(d.items, 'II.1').kind).toBe('section');
    for (const b of bullets(d, 'II.1')) {
      expect(b.kind).toBe('task');
      expect(b.assignees.map((a) => a.unitKinds)).toEqual([['mttq-doan-the']]);
      expect(deadlineOf(b)?.[1]).toBe('2025-05-31');
    }
  });

  it('a sentence that lists one task’s parts ("… gồm:") keeps them as that task’s content', () => {
    const d = plan('II. NHIỆM VỤ', '1. Các chi bộ xây dựng kế hoạch, nội dung gồm:', '- Mục tiêu.', '- Giải pháp.');
    expect(byCode(d.items, 'II.1').kind).toBe('task');
    expect(bullets(d, 'II.1').map((b) => b.kind)).toEqual(['context', 'context']);
  });
});

describe('sibling headings of the same shape', () => {
  it('are all sections when their bullets are the tasks', () => {
    const d = plan(
      'II. NHIỆM VỤ',
      '1. Công tác quán triệt',
      '- Quán triệt chuyên đề đến đảng viên.',
      '- Tổ chức viết thu hoạch.',
      '2. Công tác tuyên truyền',
      'Đổi mới hình thức tuyên truyền, chú trọng tuyên truyền trên mạng xã hội.',
      '- Xây dựng trang thông tin điện tử của Đảng bộ.',
      '- Lập nhóm Zalo tuyên truyền ở khu dân cư.',
      '3. Công tác kiểm tra, giám sát',
      '- Kiểm tra việc thực hiện ở 5 chi bộ.',
    );
    expect(['II.1', 'II.2', 'II.3'].map((c) => byCode(d.items, c).kind)).toEqual(['section', 'section', 'section']);
    expect(d.items.filter((i) => i.kind === 'task').map((i) => i.code)).toEqual(['II.1.-1', 'II.1.-2', 'II.2.-1', 'II.2.-2', 'II.3.-1']);
  });

  it('a numbered task with no bullets stays a task beside sections', () => {
    const d = plan('II. NHIỆM VỤ', '1. Công tác quán triệt', '- Quán triệt chuyên đề.', '- Viết thu hoạch.', '2. Công tác sơ kết', 'Sơ kết 6 tháng việc thực hiện kế hoạch.');
    expect([byCode(d.items, 'II.1').kind, byCode(d.items, 'II.2').kind]).toEqual(['section', 'task']);
  });
});

describe('the same shapes in a Word document', () => {
  const p = (text: string, bold = false): Paragraph => new Paragraph({ children: [new TextRun({ text, bold })] });
  const cell = (lines: string[]): TableCell => new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: lines.map((l) => p(l)) });

  it('reads the header table (issuer, "*" and number in one cell) and the section deadlines', async () => {
    const header = new Table({
      rows: [new TableRow({ children: [cell(['HUYỆN ỦY LONG ĐIỀN', '*', 'Số 21-KH/HU']), cell(['ĐẢNG CỘNG SẢN VIỆT NAM', 'Long Điền, ngày 10 tháng 3 năm 2025'])] })],
    });
    const doc = new Document({
      sections: [
        {
          children: [
            header,
            p('KẾ HOẠCH', true),
            p('tuyên truyền kỷ niệm các ngày lễ lớn năm 2025', true),
            p('I. NHIỆM VỤ', true),
            p('1. Ban Tuyên giáo Huyện ủy:', true),
            p('- Hướng dẫn nội dung tuyên truyền.'),
            p('- Biên soạn đề cương tuyên truyền.'),
            p('Thời gian hoàn thành: trong tháng 6/2025.'),
            p('2. Các chi bộ, đảng bộ cơ sở:', true),
            p('- Tổ chức sinh hoạt chuyên đề.'),
            p('- Báo cáo kết quả về Ban Tuyên giáo Huyện ủy.'),
            p('Thời gian hoàn thành: trước ngày 15/7/2025.'),
            p('Nơi nhận:'),
            p('- Các chi bộ, đảng bộ cơ sở,'),
            p('T/M BAN THƯỜNG VỤ'),
          ],
        },
      ],
    });
    const d = extractPlan(await readPlanText(await Packer.toBuffer(doc), 'ke hoach 21.docx'));
    expect([d.number, d.issuer, d.issuedDate]).toEqual(['21-KH/HU', 'HUYỆN ỦY LONG ĐIỀN', '2025-03-10']);
    const tasks = d.items.filter((i) => i.kind === 'task');
    expect(tasks.map((t) => [t.code, owners(t), t.deadline?.date])).toEqual([
      ['I.1.-1', ['Ban Tuyên giáo Huyện ủy'], '2025-06-30'],
      ['I.1.-2', ['Ban Tuyên giáo Huyện ủy'], '2025-06-30'],
      ['I.2.-1', ['Các chi bộ, đảng bộ cơ sở'], '2025-07-15'],
      ['I.2.-2', ['Các chi bộ, đảng bộ cơ sở'], '2025-07-15'],
    ]);
  });
});

describe('parts lettered A, B, C over the roman sections', () => {
  it('reads the parts as sections, the romans under them, and the title ends before part A', () => {
    const d = plan(
      'A. MỤC ĐÍCH, YÊU CẦU',
      '1. Tuyên truyền sâu rộng truyền thống vẻ vang của Đảng.',
      'B. NỘI DUNG VÀ HÌNH THỨC',
      'I. NỘI DUNG TUYÊN TRUYỀN',
      '1.1. Tuyên truyền về truyền thống 94 năm xây dựng và phát triển của Đảng.',
      'II. HÌNH THỨC TUYÊN TRUYỀN',
      '2.1. Tuyên truyền miệng: Ban Tuyên giáo Huyện ủy tổ chức đội ngũ báo cáo viên nói chuyện chuyên đề.',
      'C. TỔ CHỨC THỰC HIỆN',
      '1. Ban Tuyên giáo Huyện ủy theo dõi, tổng hợp báo cáo Ban Thường vụ Huyện ủy trước ngày 10/3/2025.',
      '2. Các chi, đảng bộ cơ sở báo cáo kết quả về Ban Thường vụ Huyện ủy trước ngày 05/3/2025.',
    );
    expect(d.title).toBe('tuyên truyền kỷ niệm các ngày lễ lớn năm 2025');
    expect(d.items.map((i) => [i.code, i.kind])).toEqual([
      ['A', 'section'],
      ['A.1', 'context'],
      ['B', 'section'],
      ['B.I', 'section'],
      ['B.I.1.1', 'task'],
      ['B.II', 'section'],
      ['B.II.2.1', 'task'],
      ['C', 'section'],
      ['C.1', 'task'],
      ['C.2', 'task'],
    ]);
    expect(d.items.some((i) => i.flags.includes('numbering-gap') || i.flags.includes('numbering-duplicate'))).toBe(false);
    // The office's own deadline for its summary is no round of the units' reports.
    expect(d.rounds.map((r) => r.dueDate)).toEqual(['2025-03-05']);
  });
});
