// Before the specialist fills in Cài đặt, a report on a plan takes its header from the plan: the
// Ban that issued it, under the same superior, from the same place, with its own symbol.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameLines } from '../../electron/core/exports/report-document';
import { createService } from '../../electron/core/service';
import { callOk } from '../helpers/service-calls';
import { REPO, tempDir } from '../helpers/temp';
import { TEST_ENGINE } from '../helpers/engine';

const FIX = path.join(REPO, 'tests', 'fixtures', 'plans');

describe('nameLines', () => {
  it('keeps a short name on one line and breaks a long one into balanced lines, before "VÀ"', () => {
    expect(nameLines('Ban Tuyên giáo', 22)).toEqual(['BAN TUYÊN GIÁO']);
    expect(nameLines('BAN TUYÊN GIÁO VÀ DÂN VẬN', 22)).toEqual(['BAN TUYÊN GIÁO', 'VÀ DÂN VẬN']);
    expect(nameLines('ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH', 22)).toEqual(['ĐẢNG ỦY KHỐI CÁC CƠ QUAN', 'VÀ DOANH NGHIỆP TỈNH']);
  });
});

describe('the report header before any settings are saved', () => {
  it('comes from the plan, in the PDF and in the Word file', async () => {
    const dir = tempDir();
    const svc = createService({ ...TEST_ENGINE, dbPath: path.join(dir, 'h.sqlite') });
    try {
      await callOk(svc, 'units.importTable', { file: { name: 'u.csv', path: path.join(FIX, 'synthetic-units-dong-nai.csv') } });
      const draft = await callOk(svc, 'plans.extract', { file: { name: 'kh.txt', path: path.join(FIX, 'synthetic-kh-dong-nai-2025.txt') } });
      const plan = await callOk(svc, 'plans.create', { draft });
      const pdf = await callOk(svc, 'export.pdf', { planId: plan.id, roundId: plan.rounds[0]!.id });
      const file = path.join(dir, 'r.pdf');
      fs.writeFileSync(file, Buffer.from(pdf.dataBase64, 'base64'));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      for (const line of ['ĐẢNG BỘ TỈNH ĐỒNG NAI', 'BAN TUYÊN GIÁO', 'VÀ DÂN VẬN', '-BC/BTGDVTU', 'Đồng Nai, ngày']) expect(text).toContain(line);
      expect(text).not.toContain('VĂN PHÒNG');
      // Saved settings win over the plan's.
      const saved = await callOk(svc, 'settings.getDocument', {});
      await callOk(svc, 'settings.saveDocument', { ...saved, issuer: 'VĂN PHÒNG', place: 'Biên Hòa' });
      const again = await callOk(svc, 'export.pdf', { planId: plan.id, roundId: plan.rounds[0]!.id });
      fs.writeFileSync(file, Buffer.from(again.dataBase64, 'base64'));
      const text2 = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      expect(text2).toContain('VĂN PHÒNG');
      expect(text2).toContain('Biên Hòa, ngày');
    } finally {
      svc.close();
    }
  });
});
