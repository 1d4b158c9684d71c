// Pure: Word's automatic list numbers (word/numbering.xml). A paragraph numbered by Word holds no
// "1." or "a)" in its text; without this, a plan typed with auto-numbering would lose its hierarchy.
import { toRoman } from '../../../../shared/roman';
import { child, descendants, parseXml } from './ooxml-xml';
import type { XmlNode } from './ooxml-xml';

type Level = { fmt: string; text: string; start: number };
type Counters = (number | undefined)[];

const MAX_LEVELS = 9;

function letters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

function format(fmt: string, n: number): string {
  switch (fmt) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperRoman':
      return toRoman(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

// Bullet glyphs from Symbol/Wingdings fonts are private-use characters: read them as a dash.
function bulletText(text: string): string {
  const t = text.trim();
  return t === '+' ? '+' : '-';
}

export class Numbering {
  private readonly abstracts = new Map<string, Level[]>();
  private readonly nums = new Map<string, string>();
  private readonly counters = new Map<string, Counters>();

  constructor(xml: string | null) {
    if (xml === null) return;
    const root = parseXml(xml);
    for (const a of descendants(root, 'w:abstractNum')) {
      const levels: Level[] = [];
      for (const lvl of a.children.filter((c) => c.name === 'w:lvl')) {
        const i = Number(lvl.attrs['w:ilvl'] ?? 0);
        if (!(i >= 0 && i < MAX_LEVELS)) continue;
        levels[i] = {
          fmt: child(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
          text: child(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
          start: Number(child(lvl, 'w:start')?.attrs['w:val'] ?? 1) || 1,
        };
      }
      const id = a.attrs['w:abstractNumId'];
      if (id !== undefined) this.abstracts.set(id, levels);
    }
    for (const n of descendants(root, 'w:num')) {
      const id = n.attrs['w:numId'];
      const abs = child(n, 'w:abstractNumId')?.attrs['w:val'];
      if (id !== undefined && abs !== undefined) this.nums.set(id, abs);
    }
  }

  /** The label Word shows before a paragraph with this numPr ("2.", "a)", "-"), advancing the count. */
  next(numPr: XmlNode | undefined): string {
    if (!numPr) return '';
    const numId = child(numPr, 'w:numId')?.attrs['w:val'];
    const ilvl = Math.min(MAX_LEVELS - 1, Math.max(0, Number(child(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0) || 0));
    if (numId === undefined || numId === '0') return '';
    const levels = this.abstracts.get(this.nums.get(numId) ?? '');
    const level = levels?.[ilvl];
    if (!levels || !level) return '';
    if (level.fmt === 'bullet') return bulletText(level.text);
    const key = this.nums.get(numId) ?? numId;
    const c = this.counters.get(key) ?? [];
    const cur = c[ilvl];
    c[ilvl] = cur === undefined ? level.start : cur + 1;
    // A higher level moving on starts the deeper ones again.
    for (let k = ilvl + 1; k < MAX_LEVELS; k++) c[k] = undefined;
    this.counters.set(key, c);
    return level.text.replace(/%(\d)/gu, (_m, d: string) => {
      const k = Number(d) - 1;
      const lv = levels[k];
      return lv ? format(lv.fmt, c[k] ?? lv.start) : '';
    });
  }
}
