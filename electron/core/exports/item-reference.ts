// How the report names a task of the plan: by the plan's own number ("mục II.1") or, for a bullet
// the plan did not number, by its position in words ("gạch đầu dòng thứ nhất của mục III.2.2").
// The item codes are the app's (see plans/extract/items.ts): "III.2.2.-1" is the first "-" bullet
// under III.2.2, ".+n" a "+" bullet, ".a" a lettered point, ".pN" an unnumbered paragraph, ".rN"
// an unnumbered row of a task table, "PL" the task table printed after the plan's signature, and
// "#2" marks a number the plan used twice. Those codes stay in the matrix and the workbook; running
// text uses the words built here.
import { APPENDIX_CODE } from '../plans/extract/items';

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** "thứ nhất", "thứ tư", … "thứ 11". */
export function ordinalWord(n: number): string {
  return `thứ ${ORDINALS[n - 1] ?? String(n)}`;
}

type Step = { kind: 'dash' | 'plus' | 'letter' | 'paragraph' | 'row'; n: number; label: string };

const STEP_PATTERNS: Array<[RegExp, Step['kind']]> = [
  [/^-(\d+)$/, 'dash'],
  [/^\+(\d+)$/, 'plus'],
  [/^p(\d+)$/, 'paragraph'],
  [/^r(\d+)$/, 'row'],
  [/^([a-zđ])$/, 'letter'],
];

function stepOf(segment: string): Step | null {
  for (const [re, kind] of STEP_PATTERNS) {
    const m = re.exec(segment);
    if (m) return { kind, n: Number(m[1]) || 0, label: m[1] ?? '' };
  }
  return null;
}

/** The numbered part of a code ("III.2.2") and the unnumbered steps under it, outermost first. */
function splitCode(code: string): { base: string[]; steps: Step[] } {
  const segments = code.replace(/#\d+$/, '').split('.').filter(Boolean);
  const steps: Step[] = [];
  while (segments.length > 0) {
    const step = stepOf(segments[segments.length - 1] ?? '');
    if (!step) break;
    steps.unshift(step);
    segments.pop();
  }
  return { base: segments, steps };
}

/** "mục III.2.2", "nhiệm vụ số 3 tại phụ lục kế hoạch", "kế hoạch" when nothing is numbered. */
function baseWords(base: readonly string[]): string {
  if (base.length === 0) return 'kế hoạch';
  if (base[0] === APPENDIX_CODE) {
    return base.length > 1 ? `nhiệm vụ số ${base.slice(1).join('.')} tại phụ lục kế hoạch` : 'phụ lục kế hoạch';
  }
  return `mục ${base.join('.')}`;
}

/**
 * A step in words and the word that ties it to what holds it ("của", or "tại" for a table row).
 * `ordinals` is "thứ nhất" or, for bullets named together, "thứ nhất, thứ hai".
 */
function stepWords(step: Step, ordinals = ordinalWord(step.n)): [string, string] {
  switch (step.kind) {
    case 'dash':
      return [`gạch đầu dòng ${ordinals}`, 'của'];
    case 'plus':
      return [`ý “+” ${ordinals}`, 'của'];
    case 'letter':
      return [`điểm ${step.label}`, 'của'];
    case 'paragraph':
      return [`đoạn ${ordinals}`, 'của'];
    case 'row':
      return [`dòng ${ordinals} của bảng phân công`, 'tại'];
    default: {
      const never: never = step.kind;
      return never;
    }
  }
}

/** True when the plan numbered the item itself, so its code is the plan's own number. */
export function isNumbered(code: string): boolean {
  const { base, steps } = splitCode(code);
  return steps.length === 0 && base.length > 0 && base[0] !== APPENDIX_CODE;
}

/** The item as the plan's reader finds it: "mục II.1", "gạch đầu dòng thứ nhất của mục III.2.2". */
export function itemReference(code: string): string {
  const { base, steps } = splitCode(code);
  // Outermost first: "ý “+” thứ nhất của gạch đầu dòng thứ hai của mục II.1"; a table row is "tại" its place.
  let phrase = baseWords(base);
  for (const step of steps) {
    const [words, link] = stepWords(step);
    phrase = `${words} ${link} ${phrase}`;
  }
  return phrase;
}

/** A bullet's parent code and its own step, or null for a numbered item or a lettered point. */
function bulletOf(code: string): { parent: string; step: Step } | null {
  const segments = code.replace(/#\d+$/, '').split('.');
  const step = stepOf(segments[segments.length - 1] ?? '');
  return step && step.kind !== 'letter' ? { parent: segments.slice(0, -1).join('.'), step } : null;
}

/**
 * Several items in one phrase: numbered ones share "mục" ("mục II.2, II.3"), bullets of one item
 * share their words ("gạch đầu dòng thứ nhất, thứ hai của mục III.2.2"), the last part joined with "và".
 */
export function itemReferences(codes: readonly string[]): string {
  const numbered = [...new Set(codes.filter(isNumbered).map((c) => c.replace(/#\d+$/, '')))];
  const parts: string[] = numbered.length ? [`mục ${numbered.join(', ')}`] : [];
  const groups = new Map<string, { parent: string; step: Step; ordinals: string[]; at: number }>();
  for (const code of codes) {
    if (isNumbered(code)) continue;
    const bullet = bulletOf(code);
    if (!bullet) {
      parts.push(itemReference(code));
      continue;
    }
    const key = `${bullet.parent}|${bullet.step.kind}`;
    const group = groups.get(key);
    if (group) group.ordinals.push(ordinalWord(bullet.step.n));
    else {
      groups.set(key, { ...bullet, ordinals: [ordinalWord(bullet.step.n)], at: parts.length });
      parts.push('');
    }
  }
  for (const g of groups.values()) {
    const [words, link] = stepWords(g.step, g.ordinals.join(', '));
    parts[g.at] = `${words} ${link} ${g.parent ? itemReference(g.parent) : baseWords([])}`;
  }
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join('; ')} và ${parts[parts.length - 1]}`;
}
