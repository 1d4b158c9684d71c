import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, HolidayCalendar, isWorkingDay } from '../../../shared/working-days';
import { REPO } from '../../helpers/temp';

const cal = HolidayCalendar.parse(JSON.parse(fs.readFileSync(path.join(REPO, 'resources', 'calendar', 'ngay-nghi-le.json'), 'utf8')));

describe('working days', () => {
  it('skips weekends and the holidays in the calendar data', () => {
    expect(isWorkingDay('2026-09-02', cal)).toBe(false); // Quốc khánh
    expect(isWorkingDay('2026-02-17', cal)).toBe(false); // Tết Bính Ngọ
    expect(isWorkingDay('2026-11-21', cal)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-23', cal)).toBe(true);
  });
  it('counts deadlines in working days', () => {
    expect(addWorkingDays('2026-04-24', 1, cal)).toBe('2026-04-28'); // Fri → Mon 27 is Giỗ Tổ (observed) → Tue 28
    expect(addWorkingDays('2026-02-13', 1, cal)).toBe('2026-02-23'); // over the Tết week
    expect(addWorkingDays('2026-06-30', 10, cal)).toBe('2026-07-14');
    expect(addWorkingDays('2026-11-21', 0, cal)).toBe('2026-11-23');
  });
});
