// Document settings (issuing body, signer, recipients) stored as one settings key per field.
import type { DocumentSettings, Plan } from '../../shared/domain';
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

/**
 * The settings for a report on `plan`: what the specialist saved, and for what was never saved,
 * the plan's own header (the body that issued the plan reports on it, under the same superior,
 * from the same place) before the generic defaults.
 */
export function documentSettingsFor(db: Db, plan: Plan): DocumentSettings {
  const out = loadDocumentSettings(db);
  const unsaved = (k: keyof DocumentSettings): boolean => getSetting(db, `document.${k}`) === null;
  const issuer = plan.issuer?.trim() ?? '';
  const superior = plan.superiorIssuer?.trim() ?? '';
  if (issuer !== '' && superior !== '') {
    // A Ban's plan ("BAN TUYÊN GIÁO" under "TỈNH ỦY …"): the Ban reports, with its own symbol.
    if (unsaved('superiorIssuer')) out.superiorIssuer = superior;
    if (unsaved('issuer')) out.issuer = issuer;
    const symbol = /\/\s*([A-ZĐ][A-Za-zĐđ0-9.-]*)\s*$/u.exec(plan.number ?? '')?.[1];
    if (unsaved('numberPrefix') && symbol) out.numberPrefix = `BC/${symbol}`;
  } else if (issuer !== '' && unsaved('superiorIssuer')) {
    // A committee's own plan ("TỈNH ỦY AN GIANG"): its office drafts the report under it.
    out.superiorIssuer = issuer;
  }
  if (unsaved('place') && plan.place) out.place = plan.place;
  return out;
}

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
