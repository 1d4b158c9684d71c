// What leaves the app: the round's status, the consolidated report, and reminder letters.
import type { ApiHandlers } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { todayIso } from '../../../shared/dates';
import { writeAudit } from '../db/audit';
import { listReminders, logReminder } from '../db/reminders';
import { listReportsForExport } from '../db/reports';
import { documentSettingsFor } from '../document-settings';
import type { DraftSection } from '../../../shared/domain';
import { draftOf } from '../exports/report-body';
import { owedByUnit } from '../reminders/owed';
import type { ServiceContext } from './context';
import { exportFileName, reminderFileName } from './file-names';

type Methods = 'status.get' | 'export.draft' | 'export.pdf' | 'export.docx' | 'export.xlsx' | 'reminders.preview' | 'reminders.export' | 'reminders.log';

// The writers (pdfmake, docx, exceljs) load when a file is first written: an import or a status
// never pays for them.
const RENDERERS = {
  pdf: async () => (await import('../exports/export-report')).exportReportPdf,
  docx: async () => (await import('../exports/export-report')).exportReportDocx,
  xlsx: async () => (await import('../exports/export-report')).exportReportXlsx,
} as const;

export function outputHandlers(ctx: ServiceContext): Pick<ApiHandlers, Methods> {
  const exportAs = async (format: keyof typeof RENDERERS, { planId, roundId, body, number }: { planId: number; roundId: number; body?: DraftSection[]; number?: string }) => {
    const plan = ctx.plan(planId);
    const round = ctx.round(planId, roundId);
    const render = await RENDERERS[format]();
    const bytes = await render({
      plan,
      round,
      status: ctx.statusOf(planId, roundId),
      reports: listReportsForExport(ctx.db, roundId),
      settings: documentSettingsFor(ctx.db, plan),
      issueDate: ctx.now(),
      resourcesDir: ctx.resourcesDir,
      body: body ?? null,
      number: number ?? null,
    });
    return { fileName: exportFileName(plan.number, round.label, format), dataBase64: Buffer.from(bytes).toString('base64') };
  };
  return {
    'status.get': ({ planId, roundId }) => ctx.statusOf(planId, roundId),
    'export.draft': ({ planId, roundId }) =>
      draftOf({ plan: ctx.plan(planId), round: ctx.round(planId, roundId), status: ctx.statusOf(planId, roundId), reports: listReportsForExport(ctx.db, roundId) }),
    'export.pdf': (input) => exportAs('pdf', input),
    'export.docx': (input) => exportAs('docx', input),
    'export.xlsx': (input) => exportAs('xlsx', input),
    'reminders.preview': ({ planId, roundId }) => owedByUnit(ctx.statusOf(planId, roundId)),
    'reminders.export': async ({ planId, roundId, newDueDate, format }) => {
      const plan = ctx.plan(planId);
      const round = ctx.round(planId, roundId);
      const owed = owedByUnit(ctx.statusOf(planId, roundId));
      if (owed.length === 0) throw new AppError('INVALID_INPUT', `Kỳ "${round.label}": mọi đơn vị đã báo cáo đủ, không cần đôn đốc.`);
      const input = { settings: documentSettingsFor(ctx.db, plan), plan, round, owed, newDueDate, issueDate: todayIso(ctx.now()) };
      const bytes =
        format === 'docx'
          ? await (await import('../reminders/reminder-docx')).buildReminderDocx(input)
          : await (await import('../exports/pdf-render')).renderPdf((await import('../reminders/reminder-document')).buildReminderDocument(input), {
              resourcesDir: ctx.resourcesDir,
              creationDate: ctx.now(),
            });
      const fileName = reminderFileName(plan.number, round.label, format);
      const db = ctx.db;
      db.transaction(() => {
        for (const o of owed) logReminder(db, roundId, { unitCode: o.unit.code, reason: o.reason, dueDate: newDueDate, fileName, sentAt: ctx.stamp() });
        writeAudit(db, ctx.stamp(), 'remind', 'round', roundId, `${owed.length} đơn vị`);
      }).immediate();
      return { fileName, dataBase64: Buffer.from(bytes).toString('base64') };
    },
    'reminders.log': ({ planId, roundId }) => {
      ctx.round(planId, roundId);
      return listReminders(ctx.db, roundId);
    },
  };
}
