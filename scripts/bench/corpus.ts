// The import bench's corpus: N free-form workbooks and N Word reports from N communes on the sample
// plan 31-KH/BTGTU, written to a folder, with the unit directory beside them. Distinct bytes per file.
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';

export const COMMUNE = (i: number): string => `Đảng ủy xã Bình An ${i + 1}`;

/** One commune's free-form workbook report. */
export async function reportWorkbook(i: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Báo cáo');
  ws.addRow([COMMUNE(i).toUpperCase(), '', '', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
  ws.addRow([`Số ${i + 1}-BC/ĐU`, '', '', `Bình An, ngày 10 tháng 7 năm 2019`]);
  ws.addRow(['BÁO CÁO']);
  ws.addRow(['Kết quả 6 tháng đầu năm 2019 thực hiện Kế hoạch số 31-KH/BTGTU']);
  ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Tình trạng', 'Kết quả thực hiện', 'Số hội nghị', 'Số tin, bài']);
  for (let r = 0; r < 20; r++) ws.addRow([r + 1, `Nhiệm vụ tuyên truyền số ${r + 1} theo kế hoạch`, r % 3 ? 'Đã thực hiện' : 'Đang thực hiện', 'Đã triển khai đến chi bộ', r % 4, r % 6]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function docx(i: number): Promise<Buffer> {
  const lines = [
    COMMUNE(i).toUpperCase(),
    `Số ${i + 1}-BC/ĐU`,
    'Bình An, ngày 10 tháng 7 năm 2019',
    'BÁO CÁO',
    'Kết quả 6 tháng đầu năm 2019 thực hiện Kế hoạch số 31-KH/BTGTU',
    ...Array.from({ length: 30 }, (_, k) => `Đảng ủy đã tổ chức ${k + 2} hội nghị với ${100 + k} lượt cán bộ, đảng viên tham dự; đăng ${k + 5} tin, bài trên trang thông tin.`),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((t) => new Paragraph({ children: [new TextRun(t)] })) }] }));
}

/** Writes the reports into `dir/reports` and a unit table into `dir/units.csv`; returns the reports folder. */
export async function writeCorpus(dir: string, n: number, sampleUnits: string): Promise<string> {
  const reports = path.join(dir, 'reports');
  fs.mkdirSync(reports, { recursive: true });
  for (let i = 0; i < n; i++) {
    fs.writeFileSync(path.join(reports, `xa-${String(i).padStart(3, '0')}.xlsx`), await reportWorkbook(i));
    fs.writeFileSync(path.join(reports, `xa-${String(i).padStart(3, '0')}.docx`), await docx(i));
  }
  const communes = Array.from({ length: n }, (_, i) => `X${i},${COMMUNE(i)},Đảng ủy xã,,,,,`);
  fs.writeFileSync(path.join(dir, 'units.csv'), `${fs.readFileSync(sampleUnits, 'utf8').trimEnd()}\n${communes.join('\n')}\n`);
  return reports;
}
