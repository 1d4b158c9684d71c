// A plan that puts its work in appendices: "Phụ lục 1" a task table, "Phụ lục 2" the figures to report
// (two of them measured alike: opinions received and opinions resolved), its body only pointing
// there; report days written after the regime ("định kỳ 6 tháng, năm … trước ngày 10/6 và
// 10/12/2023"). Then reports that call the plan by its title, with no number, and tell the two
// figures apart by their verbs. Built with docx, imported through the service as the CLI and the UI do.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import type { Plan, PlanDraft } from '../../shared/domain';
import { entriesOf, figuresOf } from '../helpers/ct32-round';
import { docxOf } from '../helpers/docx-blocks';
import { TEST_ENGINE } from '../helpers/engine';
import { b64, callOk } from '../helpers/service-calls';
import { SAMPLES, tempDir } from '../helpers/temp';

const planDocument = (): Promise<Buffer> =>
  docxOf([
    'TỈNH ỦY BÌNH DƯƠNG',
    'BAN DÂN VẬN',
    'Số 15-KH/BDVTU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Bình Dương, ngày 05 tháng 01 năm 2023',
    'KẾ HOẠCH',
    'công tác dân vận năm 2023',
    'I. NHIỆM VỤ TRỌNG TÂM',
    'Các nhiệm vụ cụ thể theo Phụ lục 1; số liệu báo cáo theo Phụ lục 2 kèm theo.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Các huyện ủy, thị ủy, thành ủy; Mặt trận Tổ quốc và các đoàn thể tỉnh căn cứ kế hoạch xây dựng chương trình công tác dân vận năm 2023.',
    '2. Báo cáo kết quả định kỳ 6 tháng, năm về Ban Dân vận Tỉnh ủy trước ngày 10/6 và 10/12/2023.',
    'Nơi nhận:',
    '- Như trên,',
    'TRƯỞNG BAN',
    'Lê Thị Hoa',
    'PHỤ LỤC 1',
    'PHÂN CÔNG THỰC HIỆN NHIỆM VỤ',
    [
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
      ['1', 'Xây dựng, nhân rộng mô hình "Dân vận khéo" trên các lĩnh vực', 'Các huyện ủy, thị ủy, thành ủy', 'Cả năm'],
      ['2', 'Tổ chức tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy với Nhân dân', 'Các huyện ủy, thị ủy, thành ủy', 'Quý III/2023'],
      ['3', 'Tiếp nhận, giải quyết ý kiến, kiến nghị của Nhân dân', 'Các huyện ủy, thị ủy, thành ủy', 'Thường xuyên'],
    ],
    'PHỤ LỤC 2',
    'BIỂU SỐ LIỆU CÔNG TÁC DÂN VẬN',
    [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
      ['1', 'Mô hình "Dân vận khéo" được công nhận', 'Mô hình', ''],
      ['2', 'Cuộc tiếp xúc, đối thoại với Nhân dân', 'Cuộc', ''],
      ['3', 'Ý kiến, kiến nghị được tiếp nhận', 'Ý kiến', ''],
      ['4', 'Ý kiến, kiến nghị đã được giải quyết', 'Ý kiến', ''],
    ],
  ]);

/** Numbers the plan, the opinions in one sentence each way: received, then resolved and what is left. */
const districtProse = (): Promise<Buffer> =>
  docxOf([
    'HUYỆN ỦY PHÚ GIÁO',
    'Số 22-BC/HU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Phú Giáo, ngày 05 tháng 6 năm 2023',
    'BÁO CÁO',
    'Kết quả công tác dân vận 6 tháng đầu năm 2023 (theo Kế hoạch số 15-KH/BDVTU)',
    'I. KẾT QUẢ THỰC HIỆN',
    '1. Toàn huyện có 12 mô hình "Dân vận khéo" được công nhận.',
    '2. Người đứng đầu cấp ủy tổ chức 08 cuộc tiếp xúc, đối thoại với Nhân dân, tiếp nhận 145 ý kiến, kiến nghị; đến nay đã giải quyết 132 ý kiến, còn 13 ý kiến đang xem xét giải quyết.',
  ]);

/** Calls the plan by its title with no number; its year is the plan's, the half-year the report's. */
const districtByTitle = (): Promise<Buffer> =>
  docxOf([
    'HUYỆN ỦY DẦU TIẾNG',
    'Số 64-BC/HU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Dầu Tiếng, ngày 07 tháng 6 năm 2023',
    'BÁO CÁO',
    'Kết quả thực hiện Kế hoạch công tác dân vận năm 2023 của Ban Dân vận Tỉnh ủy, 6 tháng đầu năm',
    'Ban Thường vụ Huyện ủy chỉ đạo tổ chức đối thoại với Nhân dân. Nhân dân nêu 78 ý kiến, kiến nghị, đã được giải quyết 70 ý kiến.',
  ]);

/** The year's report as a table of the tasks in the town's own words, with how far each got. */
const townTable = (): Promise<Buffer> =>
  docxOf([
    'THỊ ỦY DĨ AN',
    'Số 40-BC/TU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Dĩ An, ngày 02 tháng 12 năm 2023',
    'BÁO CÁO',
    'Kết quả thực hiện Kế hoạch số 15-KH/BDVTU về công tác dân vận năm 2023',
    [
      ['TT', 'Nhiệm vụ', 'Kết quả thực hiện', 'Tiến độ'],
      ['1', 'Phong trào thi đua "Dân vận khéo"', 'Công nhận 09 mô hình "Dân vận khéo" cấp thị xã', 'Hoàn thành'],
      ['2', 'Đối thoại giữa người đứng đầu với Nhân dân', 'Tổ chức 04 cuộc đối thoại tại các phường', 'Hoàn thành'],
      ['3', 'Giải quyết kiến nghị của Nhân dân', 'Tiếp nhận 56 ý kiến, kiến nghị; đã giải quyết 50 ý kiến', 'Đang thực hiện'],
    ],
  ]);

let svc: Service;
let draft: PlanDraft;
let plan: Plan;

beforeAll(async () => {
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(tempDir(), 'kh15.sqlite') });
  await callOk(svc, 'units.importTable', { file: { name: 'units.csv', path: path.join(SAMPLES, 'units-binh-duong.csv') } });
  draft = await callOk(svc, 'plans.extract', { file: { name: 'kh15.docx', dataBase64: b64(await planDocument()) } });
  plan = await callOk(svc, 'plans.create', { draft });
});

describe('a plan with its tasks and its figures in appendices', () => {
  it('takes the tasks from one table and the figures from the other', () => {
    const byCode = new Map(draft.items.map((i) => [i.code, i]));
    expect(draft.items.filter((i) => i.kind === 'task').map((i) => i.code)).toEqual(['II.1', 'II.2', 'PL.1', 'PL.2', 'PL.3']);
    // The body only points to the appendices; "số liệu" is no Sở.
    expect(byCode.get('I.p1')).toMatchObject({ kind: 'context', assignees: [] });
    // "Các huyện ủy, thị ủy, thành ủy; Mặt trận … căn cứ …": both groups, the first has no verb of its own.
    expect(byCode.get('II.1')?.assignees.map((a) => a.label)).toEqual(['Các huyện ủy, thị ủy, thành ủy', 'Mặt trận Tổ quốc và các đoàn thể tỉnh']);
    expect(draft.indicators.map((i) => [i.key, i.measure])).toEqual([
      ['so_mo_hinh_dan_van_kheo_duoc_cong_nhan', 'mô hình'],
      ['so_cuoc_tiep_xuc_doi_thoai_voi_nhan_dan', 'cuộc'],
      ['so_y_kien_kien_nghi_duoc_tiep_nhan', 'ý kiến'],
      ['so_y_kien_kien_nghi_da_duoc_giai_quyet', 'ý kiến'],
    ]);
    // "… định kỳ 6 tháng, năm … trước ngày 10/6 và 10/12/2023": the days written, not the 15th.
    expect(draft.rounds.map((r) => [r.label, r.dueDate])).toEqual([
      ['6 tháng đầu năm 2023', '2023-06-10'],
      ['Năm 2023', '2023-12-10'],
    ]);
  });

  it('tells opinions received from opinions resolved by the verb before each number', async () => {
    const r = await callOk(svc, 'reports.import', { file: { name: 'HU Phu Giao - BC dan van.docx', dataBase64: b64(await districtProse()) }, receivedAt: '2023-06-09' });
    expect(r.outcome, r.error?.message).toBe('imported');
    expect(r.round?.label).toBe('6 tháng đầu năm 2023');
    // What is left ("còn 13 ý kiến") is a part, never a figure of its own.
    expect(figuresOf(svc, 'HUPG')).toEqual({
      so_mo_hinh_dan_van_kheo_duoc_cong_nhan: 12,
      so_cuoc_tiep_xuc_doi_thoai_voi_nhan_dan: 8,
      so_y_kien_kien_nghi_duoc_tiep_nhan: 145,
      so_y_kien_kien_nghi_da_duoc_giai_quyet: 132,
    });
    expect(entriesOf(svc, 'HUPG')).toMatchObject({ 'PL.1': 'done' });
  });

  it('files a report that calls the plan by its title, in the half-year it names', async () => {
    const r = await callOk(svc, 'reports.import', { file: { name: 'HU Dau Tieng - BC dan van.docx', dataBase64: b64(await districtByTitle()) }, receivedAt: '2023-06-09' });
    expect(r.outcome, r.error?.message).toBe('imported');
    expect(r.plan?.id).toBe(plan.id);
    expect(r.round?.label).toBe('6 tháng đầu năm 2023');
    // "78 ý kiến, kiến nghị, đã được giải quyết 70 ý kiến": the comma opens another predicate.
    expect(figuresOf(svc, 'HUDT')).toEqual({ so_y_kien_kien_nghi_duoc_tiep_nhan: 78, so_y_kien_kien_nghi_da_duoc_giai_quyet: 70 });
  });

  it('reads a table of the tasks in the unit’s own words, and "04 cuộc đối thoại" as the dialogues', async () => {
    const r = await callOk(svc, 'reports.import', { file: { name: 'TX Di An - BC dan van 2023.docx', dataBase64: b64(await townTable()) }, receivedAt: '2023-12-05' });
    expect(r.outcome, r.error?.message).toBe('imported');
    expect(r.round?.label).toBe('Năm 2023');
    expect(entriesOf(svc, 'TXDA')).toEqual({ 'PL.1': 'done', 'PL.2': 'done', 'PL.3': 'in_progress' });
    expect(figuresOf(svc, 'TXDA')).toEqual({
      so_mo_hinh_dan_van_kheo_duoc_cong_nhan: 9,
      so_cuoc_tiep_xuc_doi_thoai_voi_nhan_dan: 4,
      so_y_kien_kien_nghi_duoc_tiep_nhan: 56,
      so_y_kien_kien_nghi_da_duoc_giai_quyet: 50,
    });
  });
});
