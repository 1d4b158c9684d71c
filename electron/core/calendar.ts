// The holiday calendar shipped in resources/calendar (editable data).
import fs from 'node:fs';
import path from 'node:path';
import { HolidayCalendar } from '../../shared/working-days';
import { defaultResourcesDir } from './paths';

export function loadHolidayCalendar(resourcesDir = defaultResourcesDir()): HolidayCalendar {
  return HolidayCalendar.parse(JSON.parse(fs.readFileSync(path.join(resourcesDir, 'calendar', 'ngay-nghi-le.json'), 'utf8')));
}
