// Import benchmark (issue 4): 150 free-form .xlsx and 150 .docx unit reports into a fresh
// database, beside the floor of merely unzipping them and scanning their XML.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { dispatch } from '../electron/core/dispatch';
import { extractPlan } from '../electron/core/plans/extract';
import { findSourceRoot, sourceLayout } from '../electron/core/paths';
import { createService, engineFor } from '../electron/core/service';

const N = Number(process.env.BENCH_FILES ?? 150);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-bench-import-'));
// Run from the repository (dist/bench): its layout, and the worker thread the app parses in.
const layout = sourceLayout(findSourceRoot(import.meta.dirname));
const samples = path.join(layout.resourcesDir, 'samples');
const svc = createService({ ...engineFor(layout), dbPath: path.join(dir, 'b.sqlite') });
const ok = async (m: Parameters<typeof dispatch>[1], input: unknown) => {
  const r = await dispatch(svc.handlers, m, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

await ok('units.importTable', { file: { name: 'u.csv', path: path.join(samples, 'units-binh-duong.csv') } });
// A province-sized directory: the sample plus numbered communes.
for (let i = 0; i < N; i++) {
  await ok('units.save', { code: `X${i}`, name: `Đảng ủy xã Bình An ${i + 1}`, kind: 'dang-uy-xa', parentCode: null, aliases: [], validFrom: null, validTo: null, mergedInto: null });
}
const draft = extractPlan(fs.readFileSync(path.join(samples, 'plans', 'plan-btg-binh-duong-31-kh-2019.txt'), 'utf8'));
draft.rounds.unshift({ label: '6 tháng đầu năm 2019', periodFrom: '2019-01-01', periodTo: '2019-06-30', dueDate: '2019-07-15' });
await ok('plans.create', { draft });

async function xlsx(i: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Báo cáo');
  ws.addRow([`ĐẢNG ỦY XÃ BÌNH AN ${i + 1}`, '', '', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
  ws.addRow([`Số ${i + 1}-BC/ĐU`, '', '', `Bình An, ngày 10 tháng 7 năm 2019`]);
  ws.addRow(['BÁO CÁO']);
  ws.addRow(['Kết quả 6 tháng đầu năm 2019 thực hiện Kế hoạch số 31-KH/BTGTU']);
  ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Tình trạng', 'Kết quả thực hiện', 'Số hội nghị', 'Số tin, bài']);
  for (let r = 0; r < 20; r++) ws.addRow([r + 1, `Nhiệm vụ tuyên truyền số ${r + 1} theo kế hoạch`, r % 3 ? 'Đã thực hiện' : 'Đang thực hiện', 'Đã triển khai đến chi bộ', r % 4, r % 6]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
async function docx(i: number): Promise<Buffer> {
  const lines = [
    `ĐẢNG ỦY XÃ BÌNH AN ${i + 1}`, `Số ${i + 1}-BC/ĐU`, 'Bình An, ngày 10 tháng 7 năm 2019', 'BÁO CÁO',
    'Kết quả 6 tháng đầu năm 2019 thực hiện Kế hoạch số 31-KH/BTGTU',
    ...Array.from({ length: 30 }, (_, k) => `Đảng ủy đã tổ chức ${k + 2} hội nghị với ${100 + k} lượt cán bộ, đảng viên tham dự; đăng ${k + 5} tin, bài trên trang thông tin.`),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((t) => new Paragraph({ children: [new TextRun(t)] })) }] }));
}

const files: { name: string; bytes: Buffer }[] = [];
for (let i = 0; i < N; i++) files.push({ name: `xa-${i}.xlsx`, bytes: await xlsx(i) });
for (let i = 0; i < N; i++) files.push({ name: `xa-${i}.docx`, bytes: await docx(i) });

let t0 = process.hrtime.bigint();
let tags = 0;
for (const f of files) {
  for (const data of Object.values(unzipSync(new Uint8Array(f.bytes)))) tags += (Buffer.from(data).toString('latin1').match(/<(c|w:t)\b/g) ?? []).length;
}
const floorMs = Number(process.hrtime.bigint() - t0) / 1e6;

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const outcomes: Record<string, number> = {};
t0 = process.hrtime.bigint();
for (const f of files) {
  const r = (await ok('reports.import', { file: { name: f.name, dataBase64: f.bytes.toString('base64') }, receivedAt: '2019-07-10' })) as { outcome: string };
  outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
}
const importMs = Number(process.hrtime.bigint() - t0) / 1e6;
clearInterval(sampler);
svc.close();
process.stdout.write(
  [
    `import bench: ${N} free-form .xlsx + ${N} .docx (${(files.reduce((s, f) => s + f.bytes.length, 0) / 1048576).toFixed(1)} MiB)`,
    `  unzip + scan XML floor: ${floorMs.toFixed(0)} ms (${((files.length * 1000) / floorMs).toFixed(0)} files/s, ${tags} tags)`,
    `  end-to-end import:      ${importMs.toFixed(0)} ms (${((files.length * 1000) / importMs).toFixed(1)} files/s), ${(importMs / floorMs).toFixed(1)}× the floor`,
    `  outcomes: ${JSON.stringify(outcomes)}; peak RSS ${(peak / 1048576).toFixed(0)} MiB`,
  ].join('\n') + '\n',
);
fs.rmSync(dir, { recursive: true, force: true });
