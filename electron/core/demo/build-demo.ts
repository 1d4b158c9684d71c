// The headless demo: a fresh database from resources/samples, filled templates, and the consolidated PDF.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Indicator, RoundInput } from '../../../shared/domain';
import type { StatusResult } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { dispatch } from '../dispatch';
import { writeFileAtomic } from '../files/write-atomic';
import { createService } from '../service';
import type { EngineOptions, Service } from '../service';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api';
import { fillTemplate } from './fill-template';

const DemoSpec = z.object({
  plan: z.string(),
  units: z.string(),
  round: RoundInput,
  indicators: z.array(Indicator),
  reports: z.array(
    z.object({
      unit: z.string(),
      status: z.string(),
      result: z.string(),
      received: z.string(),
      figures: z.record(z.string(), z.number()),
    }),
  ),
});

export type DemoResult = { dbPath: string; pdfPath: string; reportsDir: string; status: StatusResult; reportsImported: number };
export type DemoProgress = (step: string) => void;

async function call<M extends ApiMethod>(svc: Service, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const res = await dispatch(svc.handlers, method, input);
  if (!res.ok) throw new AppError(res.error.code as never, res.error.message);
  return res.value as ApiOutput<M>;
}

/** Under the resources folder: the demo's plan, unit table and reports (demo-reports.json names them). */
export const DEMO_SPEC = ['samples', 'demo-reports.json'] as const;

export async function buildDemo(outDir: string, engine: EngineOptions, progress: DemoProgress = () => {}): Promise<DemoResult> {
  const samples = path.join(engine.resourcesDir, 'samples');
  const spec = DemoSpec.parse(JSON.parse(fs.readFileSync(path.join(engine.resourcesDir, ...DEMO_SPEC), 'utf8')));
  fs.mkdirSync(outDir, { recursive: true });
  const dbPath = path.join(outDir, 'demo.sqlite');
  for (const p of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-files`, path.join(outDir, 'reports')]) {
    fs.rmSync(p, { recursive: true, force: true });
  }
  const svc = createService({ ...engine, dbPath, allowPaths: true });
  try {
    progress('Nhập danh mục đơn vị');
    await call(svc, 'units.importTable', { file: { name: path.basename(spec.units), path: path.join(samples, spec.units) } });

    progress('Đọc kế hoạch mẫu');
    const draft = await call(svc, 'plans.extract', { file: { name: path.basename(spec.plan), path: path.join(samples, spec.plan) } });
    // As a specialist would when reviewing: keep what was proposed, add the figures and the round to collect.
    // The specialist keeps the figures this round collects: the proposed ones the sample uses, plus any missing.
    const wanted = new Set(spec.indicators.map((i) => i.key));
    const kept = draft.indicators.filter((i) => wanted.has(i.key));
    draft.indicators = [...kept, ...spec.indicators.filter((i) => !kept.some((k) => k.key === i.key))];
    if (!draft.rounds.some((r) => r.label === spec.round.label)) draft.rounds.unshift(spec.round);
    const plan = await call(svc, 'plans.create', { draft });
    const round = plan.rounds.find((r) => r.label === spec.round.label);
    if (!round) throw new AppError('INTERNAL', 'Kỳ báo cáo mẫu không được lưu.');
    await call(svc, 'settings.saveDocument', {
      superiorIssuer: plan.superiorIssuer ?? 'TỈNH ỦY BÌNH DƯƠNG',
      issuer: plan.issuer ?? 'BAN TUYÊN GIÁO',
      numberPrefix: 'BC/BTGTU',
      place: plan.place ?? 'Bình Dương',
      signerCapacity: 'K/T TRƯỞNG BAN',
      signerTitle: 'PHÓ TRƯỞNG BAN',
      signerName: 'Nguyễn Văn Mẫu',
      recipients: ['Thường trực Tỉnh ủy (để báo cáo)', 'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy', 'Lưu Văn phòng Tỉnh ủy'],
    });

    const reportsDir = path.join(outDir, 'reports');
    fs.mkdirSync(reportsDir, { recursive: true });
    let reportsImported = 0;
    for (const [i, r] of spec.reports.entries()) {
      progress(`Báo cáo ${i + 1}/${spec.reports.length}: ${r.unit}`);
      const tpl = await call(svc, 'templates.generate', { planId: plan.id, roundId: round.id, unitCode: r.unit });
      const filled = await fillTemplate(Buffer.from(tpl.dataBase64, 'base64'), {
        status: r.status,
        result: r.result,
        reportDate: r.received,
        figures: r.figures,
      });
      const file = path.join(reportsDir, `${r.unit}.xlsx`);
      writeFileAtomic(file, filled);
      const res = await call(svc, 'reports.import', { file: { name: path.basename(file), path: file }, receivedAt: r.received });
      if (res.outcome === 'rejected') throw new AppError('INTERNAL', `Báo cáo mẫu ${r.unit} bị từ chối: ${res.error?.message ?? ''}`);
      reportsImported++;
    }

    progress('Đối chiếu và xuất báo cáo PDF');
    const status = await call(svc, 'status.get', { planId: plan.id, roundId: round.id });
    const pdf = await call(svc, 'export.pdf', { planId: plan.id, roundId: round.id });
    const pdfPath = path.join(outDir, 'bao-cao-tong-hop.pdf');
    writeFileAtomic(pdfPath, Buffer.from(pdf.dataBase64, 'base64'));
    const docx = await call(svc, 'export.docx', { planId: plan.id, roundId: round.id });
    writeFileAtomic(path.join(outDir, 'bao-cao-tong-hop.docx'), Buffer.from(docx.dataBase64, 'base64'));
    const xlsx = await call(svc, 'export.xlsx', { planId: plan.id, roundId: round.id });
    writeFileAtomic(path.join(outDir, 'phu-luc-bao-cao-tong-hop.xlsx'), Buffer.from(xlsx.dataBase64, 'base64'));
    return { dbPath, pdfPath, reportsDir, status, reportsImported };
  } finally {
    svc.close();
  }
}
