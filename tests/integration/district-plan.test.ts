// A district committee's plan against a province directory with the units under each district:
// "các tổ chức cơ sở đảng trực thuộc Huyện ủy" must give exactly the units under the plan's own
// Huyện ủy. The directory is CSV text and the plan a real .docx, both written here.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service';
import type { Service } from '../../electron/core/service';
import { PROVINCE_DIRECTORY as PROVINCE, districtPlan } from '../helpers/district-fixture';
import { callOk } from '../helpers/service-calls';
import { tempDir } from '../helpers/temp';
import { TEST_ENGINE } from '../helpers/engine';

let svc: Service | null = null;
afterEach(() => {
  svc?.close();
  svc = null;
});

async function expectedFor(directory: string): Promise<{ expected: string[]; groups: Record<string, string[]> }> {
  const dir = tempDir();
  svc = createService({ ...TEST_ENGINE, dbPath: path.join(dir, 'h.sqlite') });
  fs.writeFileSync(path.join(dir, 'dv.csv'), directory);
  fs.writeFileSync(path.join(dir, 'kh.docx'), await districtPlan());
  await callOk(svc, 'units.importTable', { file: { name: 'dv.csv', path: path.join(dir, 'dv.csv') } });
  const draft = await callOk(svc, 'plans.extract', { file: { name: 'kh.docx', path: path.join(dir, 'kh.docx') } });
  const plan = await callOk(svc, 'plans.create', { draft });
  const round = await callOk(svc, 'plans.addRound', { planId: plan.id, round: { label: 'Năm 2025', periodFrom: '2025-01-01', periodTo: '2025-12-31', dueDate: '2025-05-30' } });
  const status = await callOk(svc, 'status.get', { planId: plan.id, roundId: round.id });
  const shown = await callOk(svc, 'plans.assigneeUnits', { planId: plan.id });
  const groups = Object.fromEntries(shown.items.flatMap((i) => i.assignees.map((a) => [`${i.itemCode} ${a.label}`, a.units.map((u) => u.code).sort()])));
  return { expected: status.expected.map((u) => u.code).sort(), groups };
}

describe('a district plan in a province directory', () => {
  it('gives exactly the units under the plan’s own Huyện ủy, and its own Ban for "Ban Tuyên giáo Huyện ủy"', async () => {
    const { expected, groups } = await expectedFor(PROVINCE);
    expect(groups['II.1 Các tổ chức cơ sở đảng trực thuộc Huyện ủy']).toEqual(['CBTHPT', 'DBCAH', 'TTIALY', 'XIAMO']);
    expect(groups['I.1.-1 Ban Tuyên giáo Huyện ủy']).toEqual(['BTGIALY']);
    expect(expected).toEqual(['BTGIALY', 'CBTHPT', 'DBCAH', 'TTIALY', 'XIAMO']);
  });

  it('in the district’s own directory (no Huyện ủy row, no parents) gives its party organisations', async () => {
    const own = ['Mã,Tên đơn vị,Loại', 'XIAMO,Đảng ủy xã Ia Mơ,Đảng ủy xã', 'CBTHPT,Chi bộ Trường THPT Ia Ly,Chi bộ cơ sở', 'BTG,Ban Tuyên giáo Huyện ủy,Ban của Huyện ủy'].join('\n');
    const { expected, groups } = await expectedFor(own);
    expect(groups['II.1 Các tổ chức cơ sở đảng trực thuộc Huyện ủy']).toEqual(['CBTHPT', 'XIAMO']);
    expect(expected).toEqual(['BTG', 'CBTHPT', 'XIAMO']);
  });
});
