// Headers in forms units use that the readers once refused or could not place, against the seed
// plan on Chỉ thị 32-CT/TW and the sample directory (which names no Đảng bộ): a committee written
// under its Đảng bộ ("ĐẢNG BỘ HUYỆN PHÚ GIÁO / HUYỆN ỦY"), the PDF of such a header as a word processor
// prints it (the issuer's lines beside the motto and the date, so that they come out as one line
// each), a general half-year report whose title names the next half too, the province's Đảng bộ
// alone over the text, and a figure table sent on its own that names the report it belongs to. Built with docx,
// pdfmake and exceljs, imported through the service as the CLI and the UI do.
import type { Content } from 'pdfmake/interfaces';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/core/exports/pdf-render';
import { asDocx, asWorkbook } from '../fixtures/reports/documents';
import { ct32Round, figuresOf } from '../helpers/ct32-round';
import type { Ct32Round } from '../helpers/ct32-round';
import { RESOURCES } from '../helpers/engine';

const TITLE = 'kết quả học tập, quán triệt Chỉ thị số 32-CT/TW về tăng cường và nâng cao hiệu quả quan hệ đối ngoại đảng trong tình hình mới';

/** "ĐẢNG BỘ KHỐI CÁC CƠ QUAN / TỈNH / ĐẢNG ỦY" beside the motto and, two lines down, the date. */
async function blocPdf(): Promise<Buffer> {
  const gap: [number, number, number, number] = [0, 4, 0, 0];
  const content: Content[] = [
    {
      columns: [
        { text: 'ĐẢNG BỘ KHỐI CÁC CƠ QUAN\nTỈNH\nĐẢNG ỦY\n*\nSố 98-BC/ĐUK', alignment: 'center' },
        { text: 'ĐẢNG CỘNG SẢN VIỆT NAM\n\nThủ Dầu Một, ngày 24 tháng 6 năm 2019', alignment: 'center' },
      ],
    },
    { text: 'BÁO CÁO', bold: true, alignment: 'center', margin: gap },
    { text: TITLE, alignment: 'center', margin: gap },
    { text: 'Đảng ủy Khối đã tổ chức 06 hội nghị quán triệt Chỉ thị số 32-CT/TW với 1.240 lượt cán bộ, đảng viên tham dự.', margin: gap },
    { text: 'Nơi nhận:', margin: gap },
    { text: 'T/M ĐẢNG ỦY KHỐI', margin: gap },
    { text: 'BÍ THƯ', margin: gap },
  ];
  return Buffer.from(await renderPdf({ content, defaultStyle: { font: 'Tinos', fontSize: 13 }, pageSize: 'A4' }, { resourcesDir: RESOURCES, pageNumbers: false }));
}

/**
 * The Women's Union's national name over its leadership at the province, the date's year wrapped
 * under the number, and a paragraph whose lines break before names.
 */
async function womenPdf(): Promise<Buffer> {
  const content: Content[] = [
    {
      columns: [
        { text: 'HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nBAN CHẤP HÀNH TỈNH BÌNH DƯƠNG\n*\nSố 64/BC-HPN', alignment: 'center', fontSize: 11, width: '46%' },
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Dương, ngày 24 tháng 6 năm\n2019', alignment: 'center', fontSize: 11, width: '54%' },
      ],
    },
    { text: 'BÁO CÁO', bold: true, alignment: 'center', margin: [0, 8, 0, 0] },
    { text: TITLE, alignment: 'center' },
    {
      text: 'Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh tổ chức 01 hội nghị quán triệt Chỉ thị số 32-CT/TW cho 215 cán bộ Hội chủ chốt; phối hợp với Ban Tuyên giáo Tỉnh ủy, Mặt trận Tổ quốc tỉnh, Hội Nông dân tỉnh, Liên đoàn Lao động tỉnh và Tỉnh đoàn tổ chức 04 hội nghị tuyên truyền với 620 lượt hội viên tham dự.',
      alignment: 'justify',
      margin: [0, 8, 0, 0],
    },
    { text: 'TM. BAN THƯỜNG VỤ', alignment: 'right', margin: [0, 8, 0, 0] },
  ];
  return Buffer.from(await renderPdf({ content, defaultStyle: { font: 'Tinos', fontSize: 14 }, pageSize: 'A4', pageMargins: [56, 40, 40, 40] }, { resourcesDir: RESOURCES, pageNumbers: false }));
}

let round: Ct32Round;

beforeAll(async () => {
  round = await ct32Round({
    'HU Phu Giao - BC CT32.docx': await asDocx({
      issuer: ['ĐẢNG BỘ HUYỆN PHÚ GIÁO', 'HUYỆN ỦY'],
      number: 'Số 131-BC/HU',
      placeDate: 'Phú Giáo, ngày 24 tháng 6 năm 2019',
      title: [TITLE],
      body: [
        'Ban Thường vụ Huyện ủy tổ chức 12 hội nghị quán triệt Chỉ thị số 32-CT/TW với 860 lượt cán bộ, đảng viên tham dự.',
        // "bài trên" names no website: the words of "tin, bài trên mạng" that matter are "mạng".
        'Tin, bài trên Báo Bình Dương, Đài Phát thanh và Truyền hình tỉnh: 9 tin, bài.',
      ],
    }),
    'DU Khoi co quan - BC CT32.pdf': await blocPdf(),
    'BC Hoi Phu nu.pdf': await womenPdf(),
    // A general report of the half-year, one section on the plan, its title naming the next half too.
    'HU Dau Tieng - BC cong tac tuyen giao 6 thang.docx': await asDocx({
      issuer: ['ĐẢNG BỘ TỈNH BÌNH DƯƠNG', 'HUYỆN ỦY DẦU TIẾNG'],
      number: 'Số 95-BC/HU',
      placeDate: 'Dầu Tiếng, ngày 24 tháng 6 năm 2019',
      title: ['công tác tuyên giáo 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2019'],
      body: [
        'I. CÔNG TÁC TUYÊN TRUYỀN, GIÁO DỤC CHÍNH TRỊ TƯ TƯỞNG',
        'Ban Thường vụ Huyện ủy chỉ đạo tổ chức 25 hội nghị học tập, quán triệt các nghị quyết của Đảng với 3.100 lượt cán bộ, đảng viên tham dự.',
        'II. KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 32-CT/TW VỀ CÔNG TÁC ĐỐI NGOẠI ĐẢNG',
        'Các cấp ủy trong huyện tổ chức 09 hội nghị quán triệt Chỉ thị số 32-CT/TW với 640 lượt cán bộ, đảng viên tham dự; Đài Truyền thanh huyện phát 14 tin, bài về công tác đối ngoại đảng.',
        'III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019',
        'Tiếp tục tổ chức 12 hội nghị quán triệt.',
      ],
    }),
    // The province's Đảng bộ alone over the text: the file name says who sent it.
    'BC CT32 - Thi uy Thuan An.docx': await asDocx({
      issuer: ['ĐẢNG BỘ TỈNH BÌNH DƯƠNG'],
      number: 'Số 66-BC/TU',
      placeDate: 'Thuận An, ngày 25 tháng 6 năm 2019',
      title: [TITLE],
      body: ['Ban Thường vụ Thị ủy đã tổ chức 11 hội nghị quán triệt Chỉ thị số 32-CT/TW với 905 lượt cán bộ, đảng viên tham dự.'],
    }),
    // Nor a name in the file's: the signature says whom it signs for.
    'bao cao CT32.docx': await asDocx({
      issuer: ['ĐẢNG BỘ TỈNH BÌNH DƯƠNG'],
      number: 'Số 70-BC/TU',
      placeDate: 'Bến Cát, ngày 25 tháng 6 năm 2019',
      title: [TITLE],
      body: ['Ban Thường vụ Thị ủy đã tổ chức 06 hội nghị quán triệt Chỉ thị số 32-CT/TW với 410 lượt cán bộ, đảng viên tham dự.'],
      signer: ['T/M BAN THƯỜNG VỤ THỊ ỦY BẾN CÁT', 'PHÓ BÍ THƯ', 'Nguyễn Văn An'],
    }),
    'Di An - bieu so lieu CT32.xlsx': await asWorkbook([
      {
        name: 'Biểu số liệu',
        header: ['THỊ ỦY DĨ AN', 'BIỂU TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT CHỈ THỊ SỐ 32-CT/TW', '(Kèm theo Báo cáo số 245-BC/TU ngày 18/6/2019 của Ban Thường vụ Thị ủy)'],
        rows: [
          ['TT', 'Nội dung', 'Số lượng'],
          [1, 'Số hội nghị quán triệt', 7],
          [2, 'Số lượt cán bộ, đảng viên tham dự', 540],
        ],
      },
    ]),
  });
});

const reportOf = (unit: string): { report_number: string | null; report_date: string | null } =>
  round.svc.db.prepare('SELECT r.report_number, r.report_date FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.code = ?').get(unit) as { report_number: string | null; report_date: string | null };

describe('headers and titles', () => {
  it('takes a committee written under its Đảng bộ for the committee the directory names', () => {
    expect(round.results.get('HU Phu Giao - BC CT32.docx')).toMatchObject({ outcome: 'imported', unit: { code: 'HUPG' }, error: null });
    expect(figuresOf(round.svc, 'HUPG')).toEqual({ hoi_nghi: 12, luot_tham_du: 860, tin_bai: 9 });
  });

  it('reads the issuer of a PDF whose header lines run into the motto and the date', () => {
    expect(round.results.get('DU Khoi co quan - BC CT32.pdf')).toMatchObject({ outcome: 'imported', unit: { code: 'DUKCQ' }, error: null });
    expect(reportOf('DUKCQ')).toEqual({ report_number: '98-BC/ĐUK', report_date: '2019-06-24' });
    expect(figuresOf(round.svc, 'DUKCQ')).toEqual({ hoi_nghi: 6, luot_tham_du: 1240 });
  });

  it('reads a PDF of a mass organisation under its national name, its date\'s year wrapped, a paragraph broken before names', () => {
    expect(round.results.get('BC Hoi Phu nu.pdf')).toMatchObject({ outcome: 'imported', unit: { code: 'HLHPN' }, error: null });
    expect(reportOf('HLHPN')).toEqual({ report_number: '64/BC-HPN', report_date: '2019-06-24' });
    // The 215 cadres the conference was held for attended it, as the 620 members did the others.
    expect(figuresOf(round.svc, 'HLHPN')).toEqual({ hoi_nghi: 5, luot_tham_du: 835 });
  });

  it('reads a general report of the half-year whose title names the next half too, in the plan\'s section only', () => {
    expect(round.results.get('HU Dau Tieng - BC cong tac tuyen giao 6 thang.docx')).toMatchObject({ outcome: 'imported', unit: { code: 'HUDT' }, error: null });
    expect(figuresOf(round.svc, 'HUDT')).toEqual({ hoi_nghi: 9, luot_tham_du: 640, tin_bai: 14 });
  });

  it('takes the sender from the file name under the province\'s Đảng bộ alone', () => {
    expect(round.results.get('BC CT32 - Thi uy Thuan An.docx')).toMatchObject({ outcome: 'imported', unit: { code: 'TXTA' }, error: null });
    expect(figuresOf(round.svc, 'TXTA')).toEqual({ hoi_nghi: 11, luot_tham_du: 905 });
  });

  it('takes the sender from the signature when neither the header nor the file name names one', () => {
    expect(round.results.get('bao cao CT32.docx')).toMatchObject({ outcome: 'imported', unit: { code: 'TXBC' }, error: null });
    expect(figuresOf(round.svc, 'TXBC')).toEqual({ hoi_nghi: 6, luot_tham_du: 410 });
  });

  it('dates and numbers a figure table by the report it says it is attached to', () => {
    expect(round.results.get('Di An - bieu so lieu CT32.xlsx')).toMatchObject({ outcome: 'imported', unit: { code: 'TXDA' } });
    expect(reportOf('TXDA')).toEqual({ report_number: '245-BC/TU', report_date: '2019-06-18' });
    expect(figuresOf(round.svc, 'TXDA')).toEqual({ hoi_nghi: 7, luot_tham_du: 540 });
  });
});
