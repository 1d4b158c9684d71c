// The workbook's own parts: its sheets (name, visibility, where their XML is), the shared strings
// and which cell styles show a date. Read with one SAX pass each.
import { scanXml } from './sax';

export type SheetRef = { name: string; hidden: boolean; path: string };
type Where = { file: string; part: string };

const attr = (attrs: Record<string, string>, name: string): string | undefined => attrs[name];

export function readSheetRefs(workbookXml: string, relsXml: string | null, where: Where): SheetRef[] {
  const targets = new Map<string, string>();
  if (relsXml !== null) {
    scanXml(relsXml, { ...where, part: 'xl/_rels/workbook.xml.rels' }, {
      open: (t) => {
        if (t.name !== 'Relationship') return;
        const id = attr(t.attributes, 'Id');
        const target = attr(t.attributes, 'Target');
        if (id && target) targets.set(id, target);
      },
    });
  }
  const out: SheetRef[] = [];
  scanXml(workbookXml, where, {
    open: (t) => {
      if (t.name !== 'sheet') return;
      const rid = attr(t.attributes, 'r:id') ?? '';
      const target = targets.get(rid) ?? `worksheets/sheet${out.length + 1}.xml`;
      // Targets are relative to xl/, or absolute from the package root.
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//u, '')}`;
      out.push({ name: attr(t.attributes, 'name') ?? `Sheet${out.length + 1}`, hidden: (attr(t.attributes, 'state') ?? 'visible') !== 'visible', path });
    },
  });
  return out;
}

/** Shared strings in order; phonetic runs (<rPh>) are not part of the text. */
export function readSharedStrings(xml: string, where: Where): string[] {
  const out: string[] = [];
  let cur: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  scanXml(xml, where, {
    open: (t) => {
      if (t.name === 'si') cur = [];
      else if (t.name === 'rPh') phonetic++;
      else if (t.name === 't' && phonetic === 0) inT = true;
    },
    close: (name) => {
      if (name === 'si') {
        out.push((cur ?? []).join(''));
        cur = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inT = false;
    },
    text: (s) => {
      if (inT && cur) cur.push(s);
    },
  });
  return out;
}

// Built-in number formats that show a date (ECMA-376 §18.8.30).
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A custom format shows a date when, quoted text and [colours] aside, it has day, month or year parts. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./gu, '');
  return /[dmy]/iu.test(bare) && !/^[#0.,%\s]*$/u.test(bare);
}

/** For each cell style (the `s` of a cell), whether it shows a date. */
export function readDateStyles(xml: string, where: Where): boolean[] {
  const custom = new Map<number, boolean>();
  const out: boolean[] = [];
  let inXfs = false;
  scanXml(xml, where, {
    open: (t) => {
      if (t.name === 'numFmt') custom.set(Number(attr(t.attributes, 'numFmtId')), isDateFormat(attr(t.attributes, 'formatCode') ?? ''));
      else if (t.name === 'cellXfs') inXfs = true;
      else if (t.name === 'xf' && inXfs) {
        const id = Number(attr(t.attributes, 'numFmtId') ?? 0);
        out.push(custom.get(id) ?? DATE_FORMAT_IDS.has(id));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inXfs = false;
    },
  });
  return out;
}
