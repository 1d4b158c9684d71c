// Output file names, safe on Windows (no slashes from "31-KH/BTGTU").
export function safeFilePart(s: string): string {
  return s.normalize('NFC').replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim();
}

export function templateFileName(number: string | null, roundLabel: string, unitCode: string): string {
  return `Mau bao cao ${safeFilePart(number ?? 'ke hoach')} ${safeFilePart(roundLabel)} ${safeFilePart(unitCode)}.xlsx`;
}

export function exportFileName(number: string | null, roundLabel: string, ext: 'pdf' | 'docx' | 'xlsx'): string {
  const what = ext === 'xlsx' ? 'Phu luc bao cao tong hop' : 'Bao cao tong hop';
  return `${what} ${safeFilePart(number ?? 'ke hoach')} ${safeFilePart(roundLabel)}.${ext}`;
}

export function reminderFileName(number: string | null, roundLabel: string, ext: 'pdf' | 'docx'): string {
  return `Cong van don doc ${safeFilePart(number ?? 'ke hoach')} ${safeFilePart(roundLabel)}.${ext}`;
}
