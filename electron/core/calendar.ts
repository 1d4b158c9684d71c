// The holiday calendar shipped in resources/calendar (editable data).
import fs from 'node:fs';
import path from 'node:path';
import { HolidayCalendar } from '../../shared/working-days';

/** Under the resources folder. */
export const CALENDAR_FILE = ['calendar', 'ngay-nghi-le.json'] as const;

export function loadHolidayCalendar(resourcesDir: string): HolidayCalendar {
  return HolidayCalendar.parse(JSON.parse(fs.readFileSync(path.join(resourcesDir, ...CALENDAR_FILE), 'utf8')));
}
