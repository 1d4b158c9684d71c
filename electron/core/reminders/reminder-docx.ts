// The công văn đôn đốc as an editable Word document, built from the same pieces as the report's.
import { Document, Packer, Paragraph } from 'docx';
import { LAYOUT } from '../exports/layout-settings';
import { MARGINS, PAGE, twip } from '../exports/docx/word-geometry';
import { bodyParagraphs, closingTable, headerTable, pageNumberHeaders } from '../exports/docx/word-report';
import { reportNumbering, reportStyles, STYLE } from '../exports/docx/word-styles';
import { run } from '../exports/docx/word-text';
import { reminderBody, reminderSettings, reminderSubject } from './reminder-document';
import type { ReminderInput } from './reminder-document';

export async function buildReminderDocx(input: ReminderInput): Promise<Buffer> {
  const settings = reminderSettings(input.settings);
  const r = LAYOUT.reminder;
  const addressees = [
    new Paragraph({ style: STYLE.body, indent: { left: twip(r.addresseeIndent), firstLine: 0 }, spacing: { before: twip(12) }, children: [run('Kính gửi:')] }),
    ...input.owed.map((o) => new Paragraph({ style: STYLE.body, indent: { left: twip(r.addresseeIndent + 40), firstLine: 0 }, children: [run(`- ${o.unit.name}`)] })),
  ];
  const doc = new Document({
    creator: 'Tổng hợp báo cáo',
    title: `Công văn đôn đốc báo cáo kỳ ${input.round.label}`.normalize('NFC'),
    styles: reportStyles(),
    numbering: reportNumbering(),
    sections: [
      {
        properties: { titlePage: true, page: { size: { width: PAGE.width, height: PAGE.height }, margin: MARGINS } },
        headers: pageNumberHeaders(),
        children: [
          headerTable({ settings, number: '', issueDate: input.issueDate, subject: reminderSubject(input) }),
          ...addressees,
          ...bodyParagraphs(reminderBody(input)),
          closingTable(settings),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
