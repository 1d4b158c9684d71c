// The công văn đôn đốc: same Party header, body and signature as the consolidated report.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentSettings, Plan, Round } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { LAYOUT } from '../exports/layout-settings';
import { nfcDeep } from '../exports/nfc';
import { bodyBlock, closingBlock, headerBlock } from '../exports/report-document';
import type { DraftSection } from '../exports/report-draft';
import type { Owed } from './owed';

export type ReminderInput = { settings: DocumentSettings; plan: Plan; round: Round; owed: Owed[]; newDueDate: string; issueDate: string };

function shorten(s: string, max = 160): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** "BC/BTGTU" → "CV/BTGTU": a reminder is a công văn of the same body. */
export function reminderPrefix(reportPrefix: string): string {
  return reportPrefix.replace(/^[A-ZĐ]+\//u, 'CV/');
}

export function reminderBody(input: ReminderInput): DraftSection[] {
  const planRef = `${input.plan.docType ?? 'Kế hoạch'} số ${input.plan.number ?? ''}`.trim();
  const paragraphs = [
    `Thực hiện ${planRef} về ${input.plan.title.replace(/^(về|v\/v)\s+/i, '')}, kỳ báo cáo ${input.round.label} có thời hạn gửi báo cáo ngày ${formatViDate(input.round.dueDate)}. Đến nay, các đơn vị sau chưa gửi báo cáo hoặc báo cáo chưa đủ nội dung:`,
  ];
  input.owed.forEach((o, i) => {
    const what = o.reason === 'missing' ? 'chưa gửi báo cáo' : 'báo cáo chưa đủ nội dung';
    const label = o.reason === 'missing' ? 'nhiệm vụ được giao' : 'nội dung còn thiếu';
    const items = o.items.length > 0 ? `; ${label}: ${o.items.map((it) => `nhiệm vụ ${it.code}${it.text ? ` (${shorten(it.text, 90)})` : ''}`).join('; ')}` : '';
    paragraphs.push(`${i + 1}. ${o.unit.name}: ${what}${items}.`);
  });
  paragraphs.push(
    `Đề nghị các đơn vị nêu trên khẩn trương hoàn thành và gửi báo cáo trước ngày ${formatViDate(input.newDueDate)} để tổng hợp, báo cáo Ban Thường vụ theo quy định.`,
  );
  return [{ heading: '', paragraphs }];
}

/** The report's settings adapted to a công văn: "CV/…" numbering, "Như trên" first among recipients. */
export function reminderSettings(s: DocumentSettings): DocumentSettings {
  return { ...s, numberPrefix: reminderPrefix(s.numberPrefix), recipients: ['Như trên', ...s.recipients.filter((x) => !/báo cáo\)?$/i.test(x))] };
}

export function reminderSubject(input: ReminderInput): string {
  return `V/v đôn đốc báo cáo kết quả thực hiện ${input.plan.docType ?? 'Kế hoạch'} số ${input.plan.number ?? ''}`;
}

export function buildReminderDocument(input: ReminderInput): TDocumentDefinitions {
  const m = LAYOUT.margins;
  const r = LAYOUT.reminder;
  const settings = reminderSettings(input.settings);
  const addressees: Content[] = [
    { text: 'Kính gửi:', fontSize: r.addresseeFontSize, margin: [r.addresseeIndent, 12, 0, 0] },
    ...input.owed.map((o): Content => ({ text: `- ${o.unit.name}`, fontSize: r.addresseeFontSize, margin: [r.addresseeIndent + 40, 0, 0, 0] })),
    { text: ' ', margin: [0, 0, 0, 6] },
  ];
  return nfcDeep({
    pageSize: LAYOUT.pageSize,
    pageMargins: [m.left, m.top, m.right, m.bottom],
    info: { title: `Công văn đôn đốc báo cáo kỳ ${input.round.label}`, creator: 'Tổng hợp báo cáo' },
    defaultStyle: { font: LAYOUT.font, fontSize: LAYOUT.body.fontSize },
    content: [
      headerBlock({ settings, number: '', issueDate: input.issueDate, subject: reminderSubject(input) }),
      ...addressees,
      ...bodyBlock(reminderBody(input)),
      closingBlock(settings),
    ],
  });
}
