import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../../renderer/src/lib/dates-input';

describe('parseDateInput', () => {
  it('reads dd/mm/yyyy, d/m/yyyy and ISO', () => {
    expect(parseDateInput('30/06/2024')).toEqual({ ok: true, iso: '2024-06-30' });
    expect(parseDateInput(' 5/1/2025 ')).toEqual({ ok: true, iso: '2025-01-05' });
    expect(parseDateInput('2025-12-15')).toEqual({ ok: true, iso: '2025-12-15' });
  });
  it('treats empty as no date and rejects nonsense', () => {
    expect(parseDateInput('')).toEqual({ ok: true, iso: null });
    expect(parseDateInput('31/02/2025')).toEqual({ ok: false });
    expect(parseDateInput('hôm qua')).toEqual({ ok: false });
    expect(parseDateInput('15/12/2019 và 20/12/2019')).toEqual({ ok: false });
  });
});
