// Word reports on a plan written as prose (the seed plan continuing Chỉ thị 04-CT/TW on đối ngoại
// nhân dân: long tasks, no figures asked, no number of its own). Units answer its tasks in a few
// words of their own under headings of their own, cite its directive in passing, and give running
// totals over years. Built with docx, imported through the service as the CLI and the UI do.
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import type { ImportResult, Plan } from '../../shared/domain';
import { entriesOf, figuresOf } from '../helpers/ct32-round';
import { TEST_ENGINE } from '../helpers/engine';
import { b64, callOk } from '../helpers/service-calls';
import { SAMPLES, tempDir } from '../helpers/temp';

const docx = async (lines: string[]): Promise<Buffer> =>
  Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] })));

/** A district answering the tasks under its own headings, one of them "in progress, to be issued next year". */
const districtReport = (): Promise<Buffer> =>
  docx([
    'HUYỆN ỦY PHÚ GIÁO',
    'Số 95-BC/HU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Phú Giáo, ngày 05 tháng 12 năm 2017',
    'BÁO CÁO',
    'Kết quả thực hiện Chỉ thị số 04-CT/TW về công tác đối ngoại nhân dân năm 2017',
    // An opening that quotes most of a task's words (III.1's) and reports nothing.
    'Căn cứ Kế hoạch của Ban Thường vụ Tỉnh ủy về tiếp tục phổ biến, quán triệt, thực hiện Chỉ thị số 04-CT/TW của Ban Bí thư khóa XI, Chỉ thị số 15-CT/TU và các văn bản chỉ đạo, hướng dẫn của Trung ương, Ban Thường vụ Huyện ủy báo cáo như sau:',
    '1. Công tác quán triệt, tuyên truyền',
    'Ban Thường vụ Huyện ủy ban hành Kế hoạch số 64-KH/HU ngày 17/02/2017 về công tác đối ngoại nhân dân năm 2017. Các cấp ủy đã tổ chức 03 hội nghị quán triệt cho 312 cán bộ, đảng viên chủ chốt.',
    '2. Công tác lãnh đạo, quản lý',
    'Huyện ủy đang phối hợp với Ủy ban nhân dân huyện rà soát, sửa đổi Quy chế quản lý hoạt động đối ngoại trên địa bàn huyện; dự kiến ban hành trong quý I/2018.',
    'Ban Thường vụ đã họp bàn; phân công 01 đồng chí Phó Bí thư trực tiếp phụ trách công tác đối ngoại nhân dân.',
    'Không có dự án viện trợ nước ngoài nào được thẩm định; không tổ chức đoàn ra.',
    '3. Kiện toàn lực lượng làm công tác đối ngoại',
    'Việc bố trí cán bộ chuyên trách chưa thực hiện được do thiếu biên chế.',
  ]);

/** The youth union: its title on the plan's subject, the directive cited only in the text, a running total since 2012. */
const youthReport = (title: string, number = '380-BC/TĐTN'): Promise<Buffer> =>
  docx([
    'BAN THƯỜNG VỤ TỈNH ĐOÀN BÌNH DƯƠNG',
    `Số ${number}`,
    'Bình Dương, ngày 20 tháng 11 năm 2017',
    'BÁO CÁO',
    title,
    'Năm 2017, các cấp bộ Đoàn tổ chức 12 buổi sinh hoạt chuyên đề về tình hình quốc tế với 3.600 lượt đoàn viên, thanh niên tham gia.',
    'Lũy kế từ năm 2012 đến nay, Tỉnh đoàn đã tổ chức 23 hội nghị quán triệt Chỉ thị số 04-CT/TW.',
  ]);

let svc: Service;
let plan: Plan;

beforeAll(async () => {
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'ct04.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  const draft = await callOk(svc, 'plans.extract', { file: { name: 'ct04.txt', path: path.join(SAMPLES, 'plans', 'plan-tinh-uy-ct04-doi-ngoai-nhan-dan.txt') } });
  plan = await callOk(svc, 'plans.create', { draft });
});

/** Imported with no plan or round picked: the file has to say which. */
const importAlone = async (name: string, bytes: Buffer): Promise<ImportResult> =>
  callOk(svc, 'reports.import', { file: { name, dataBase64: b64(bytes) }, receivedAt: '2017-12-10' });

describe('a plan written as prose', () => {
  it('reads how far each long task got from the few words a unit answers it with', async () => {
    const r = await importAlone('HU Phu Giao - BC CT04.docx', await districtReport());
    expect(r.outcome).toBe('imported');
    expect(r.plan?.id).toBe(plan.id);
    expect(entriesOf(svc, 'HUPG')).toEqual({
      // "Công tác quán triệt, tuyên truyền": the task to disseminate the directive.
      'II.1': 'done',
      // Reviewing the rules is under way; "dự kiến ban hành trong quý I/2018" says nothing more of
      // which task, and the other tasks of the section (co-ordination, a leader in charge) are not said.
      'II.2.-1': 'in_progress',
      // "đã" governs the clauses after it in its sentence; a "không" does not (no project to appraise
      // is no task left undone: II.4.-3 is not said).
      'II.2.-3': 'done',
      // Building the force: the heading says which task, the sentence how far it got.
      'II.3': 'not_done',
      // The district's own plan, issued with its number (no "đã"): the task asking district
      // committees, by name, to carry the plan out.
      'III.1': 'done',
    });
  });

  it('files a report whose title is on the plan\'s subject and whose text cites its directive, and leaves out a running total since 2012', async () => {
    const r = await importAlone('Tinh doan - BC 2017.docx', await youthReport('Công tác đối ngoại nhân dân của Đoàn Thanh niên năm 2017'));
    expect(r.outcome).toBe('imported');
    expect(r.plan?.id).toBe(plan.id);
    expect(r.round?.label).toBe('Năm 2017');
    const figures = figuresOf(svc, 'TINHDOAN');
    expect(figures).toMatchObject({ buoi_tuyen_truyen: 12, luot_tham_du: 3600 });
    // 23 conferences over five years are no figure of 2017: added in, they would swell its total.
    expect(figures).not.toHaveProperty('hoi_nghi');
  });

  it('leaves the plan for a person to confirm when the title speaks of something else', async () => {
    const r = await importAlone('Tinh doan - BC cong tac Doan.docx', await youthReport('Công tác Đoàn và phong trào thanh thiếu nhi năm 2017', '391-BC/TĐTN'));
    expect(r.outcome).toBe('review');
    expect(r.error?.message).toContain('Chưa chắc chắn về kế hoạch');
  });
});
