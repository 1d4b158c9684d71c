// Inputs as they come from conversions: CRLF, decomposed Unicode, no numbering, nothing at all.
import { describe, expect, it } from 'vitest';
import { PlanDraft } from '../../../shared/domain';
import { extractPlan } from '../../../electron/core/plans/extract';
import { fixture } from './helpers';

describe('robustness', () => {
  it('NFC-normalises decomposed text and copes with CRLF and form feeds', () => {
    const nfc = fixture('plan-tinh-uy-ct32-2019.txt');
    const messy = nfc.normalize('NFD').replace(/\n/g, '\r\n').replace('III- Tổ chức thực hiện'.normalize('NFD'), '\fIII- Tổ chức thực hiện');
    const a = extractPlan(nfc);
    const b = extractPlan(messy);
    expect(b.items.map((i) => [i.code, i.text])).toEqual(a.items.map((i) => [i.code, i.text]));
    expect(b.title).toBe(a.title);
  });

  it('returns a valid empty draft for empty or unnumbered text', () => {
    for (const text of ['', '   \n\n', 'Nội dung không có đánh số.']) {
      const draft = extractPlan(text);
      expect(() => PlanDraft.parse(draft)).not.toThrow();
      expect(draft.rounds).toEqual([]);
    }
  });

  it('never drops item text: every body word of a seed is in some item', () => {
    const draft = extractPlan(fixture('plan-btg-binh-duong-31-kh-2019.txt'));
    const all = draft.items.map((i) => i.text).join(' ');
    for (const phrase of ['Ban Chỉ đạo Công tác Thông tin đối ngoại', 'Cung cấp thông tin về công tác triển khai', 'định kỳ 6 tháng, năm', 'Các ngành, địa phương, đơn vị căn cứ']) {
      expect(all).toContain(phrase);
    }
  });

  it('is deterministic', () => {
    const text = fixture('plan-tinh-uy-ct04-doi-ngoai-nhan-dan.txt');
    expect(extractPlan(text)).toEqual(extractPlan(text));
  });

  it('handles a long plan quickly', () => {
    const big = Array.from({ length: 40 }, () => fixture('plan-btg-binh-duong-31-kh-2019.txt')).join('\n');
    const t0 = performance.now();
    const draft = extractPlan(big);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(draft.items.length).toBeGreaterThan(40);
  });
});
