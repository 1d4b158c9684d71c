// Document settings (issuing body, signer, recipients) stored as one settings key per field.
import type { DocumentSettings } from '../../shared/domain';
import type { Db } from './db/open';
import { getSetting, setSetting } from './db/settings';

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  superiorIssuer: 'TỈNH ỦY',
  issuer: 'VĂN PHÒNG',
  numberPrefix: 'BC/VPTU',
  place: '',
  signerCapacity: 'T/M BAN THƯỜNG VỤ',
  signerTitle: 'PHÓ BÍ THƯ',
  signerName: '',
  recipients: ['Thường trực Tỉnh ủy (để báo cáo)', 'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy', 'Lưu Văn phòng Tỉnh ủy'],
};

const KEYS = Object.keys(DEFAULT_DOCUMENT_SETTINGS) as (keyof DocumentSettings)[];

export function loadDocumentSettings(db: Db): DocumentSettings {
  const out: DocumentSettings = { ...DEFAULT_DOCUMENT_SETTINGS };
  for (const k of KEYS) {
    const v = getSetting(db, `document.${k}`);
    if (v === null) continue;
    if (k === 'recipients') out.recipients = v.split('\n').filter((l) => l.trim() !== '');
    else out[k] = v;
  }
  return out;
}

export function saveDocumentSettings(db: Db, s: DocumentSettings): DocumentSettings {
  db.transaction(() => {
    for (const k of KEYS) {
      const v = s[k];
      setSetting(db, `document.${k}`, Array.isArray(v) ? v.join('\n') : v);
    }
  }).immediate();
  return loadDocumentSettings(db);
}
