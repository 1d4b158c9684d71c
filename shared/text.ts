// Vietnamese text helpers used on both sides: normalisation on entry, folding for matching.

// Zero-width spaces and joiners, bidi embeddings, overrides and isolates, word joiners, the BOM, soft hyphens.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/gu;
// C0 controls but tab and line breaks, DEL, C1 controls (built from code points: a literal range of
// control characters is what the lint rule guards against by mistake; here it is the point).
const code = (n: number): string => String.fromCharCode(n);
const CONTROL = new RegExp(`[${code(0)}-${code(8)}${code(11)}${code(12)}${code(14)}-${code(31)}${code(127)}-${code(159)}]`, 'gu');

/** NFC, without the characters that show nothing but break matching: invisible, bidi and control characters. */
export function stripInvisible(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, '');
}

/** NFC-normalise, drop invisible characters, tidy whitespace: every text that enters the app goes through this. */
export function cleanText(s: string): string {
  return stripInvisible(s).replace(/[\u00a0\t]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Lower-case, strip diacritics (đ → d), collapse spacing and punctuation: for matching only. */
// Matching folds the same unit names and item texts again and again: remember recent results.
const FOLD_CACHE_LIMIT = 20_000;
const foldCache = new Map<string, string>();
const matchCache = new Map<string, string>();

function remember(cache: Map<string, string>, key: string, value: string): string {
  if (cache.size >= FOLD_CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

export function fold(s: string): string {
  return foldCache.get(s) ?? remember(foldCache, s, foldUncached(s));
}

function foldUncached(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Abbreviations units write in headers and file names, expanded before matching.
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bhu\b/g, 'huyen uy'],
  [/\btu\b/g, 'tinh uy'],
  [/\bthu\b/g, 'thanh uy'],
  [/\bdu\b/g, 'dang uy'],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bbcs\b/g, 'ban can su'],
  [/\bbtg\b/g, 'ban tuyen giao'],
  [/\bbdv\b/g, 'ban dan van'],
  [/\btp\b/g, 'thanh pho'],
  [/\btx\b/g, 'thi xa'],
  [/\bvp\b/g, 'van phong'],
  [/\btchn\b/g, 'to chuc huu nghi'],
  [/\bccb\b/g, 'cuu chien binh'],
  [/\bldld\b/g, 'lien doan lao dong'],
  [/\blhpn\b/g, 'lien hiep phu nu'],
  [/\bctd\b/g, 'chu thap do'],
  [/\btncs\b/g, 'thanh nien cong san'],
  // "BCH Đoàn huyện X", "Đoàn TNCS Hồ Chí Minh tỉnh X": the Youth Union of that level, "Huyện đoàn X".
  [/\b(?:bch |ban chap hanh )?(?<!(?:cong|lien) )doan (?:thanh nien (?:cong san )?(?:ho chi minh )?)?(tinh|huyen|quan|thanh pho|thi xa)\b/g, '$1 doan'],
  [/\bthanh pho doan\b/g, 'thanh doan'],
  [/\bthi xa doan\b/g, 'thi doan'],
];

/** fold() plus the usual abbreviations expanded, so "HU Phú Giáo" matches "Huyện ủy Phú Giáo". */
export function foldForMatch(s: string): string {
  return matchCache.get(s) ?? remember(matchCache, s, foldForMatchUncached(s));
}

function foldForMatchUncached(s: string): string {
  let out = ` ${fold(s)} `;
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out.replace(/\s+/g, ' ').trim();
}

/** Parse a number as Vietnamese units write it: "1.450" = 1450, "12,5" = 12.5, "1.450,5". */
export function parseViNumber(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  let s = raw.trim().replace(/\s+/g, '');
  if (s === '') return null;
  const neg = /^[-−]/.test(s);
  s = s.replace(/^[-−+]/, '');
  if (!/^[\d.,]+$/.test(s)) return null;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(,\d+)?$/.test(s)) s = s.replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? (neg ? -n : n) : null;
}

/**
 * A count as a unit wrote it. "1,320" is one thousand three hundred and twenty, not 1.32: a count
 * has no decimals, and a report typed on a machine set to English groups thousands with commas.
 * "1 320" groups them with spaces.
 */
export function parseCount(raw: string | number | null | undefined): number | null {
  if (typeof raw === 'string' && /^\s*\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u202f]\d{3})+)\s*$/u.test(raw)) return Number(raw.replace(/[\s,]/gu, ''));
  return parseViNumber(raw);
}

/** Format with '.' for thousands and ',' for decimals. */
export function formatViNumber(n: number, maxDecimals = 2): string {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const fixed = abs.toFixed(maxDecimals).replace(/\.?0+$/, '');
  const [int = '0', dec] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return sign + grouped + (dec ? `,${dec}` : '');
}

export function formatPercent(ratio: number): string {
  return `${formatViNumber(ratio * 100, 1)}%`;
}
