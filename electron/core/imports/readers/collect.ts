// Gathers what readers find into one entry per item and one figure per indicator (the database
// keeps exactly one of each per report), keeping the surest. What a person should know but need not
// decide (two sources that disagree, a total that does not add up) becomes a note kept with the
// report; only what needs a decision is a warning that sends the file to review.
import { widerFigureOf } from '../../vocabulary/indicator-catalogue';
import type { NormalizedReport, ReportNote } from '../normalized-report';

export type Entry = NormalizedReport['entries'][number];
export type Figure = NormalizedReport['figures'][number];

const STATUS_VI: Record<Entry['status'], string> = { done: 'đã thực hiện', in_progress: 'đang thực hiện', not_done: 'chưa thực hiện' };

export class ReportCollector {
  private readonly entryMap = new Map<string, Entry>();
  private readonly figureMap = new Map<string, Figure>();
  private readonly fallbackMap = new Map<string, Figure>();
  private readonly names = new Map<string, string>();
  /** Figures of a narrower kind given as a part of the wider one ("trong đó 9 tin, bài trên trang …"). */
  private readonly withinWider = new Set<string>();
  readonly warnings: string[] = [];
  readonly notes: ReportNote[] = [];

  /** The figures' names, for the notes a person reads ("Số hội nghị", never its key); later ones win. */
  nameFigures(indicators: readonly { key: string; name: string }[]): void {
    for (const i of indicators) this.names.set(i.key, i.name);
  }

  figureName(key: string): string {
    return this.names.get(key) ?? key;
  }

  addEntry(e: Entry): void {
    const prev = this.entryMap.get(e.itemCode);
    if (prev && prev.status !== e.status) {
      const keep = e.confidence > prev.confidence ? e : prev;
      this.note(`Mục ${e.itemCode}: ${prev.source} ghi "${STATUS_VI[prev.status]}", ${e.source} ghi "${STATUS_VI[e.status]}"; tạm lấy theo ${keep.source}.`, 'STATUS_CONFLICT', keep.source);
    }
    if (!prev || e.confidence > prev.confidence) this.entryMap.set(e.itemCode, e);
  }

  /**
   * First source wins (tables are read before prose); a different value elsewhere is noted.
   * `withinWider`: the figure, of a narrower kind, was given as a part of its wider figure's value.
   */
  addFigure(f: Figure, opts: { withinWider?: boolean } = {}): void {
    const prev = this.figureMap.get(f.indicatorKey);
    if (!prev) {
      this.figureMap.set(f.indicatorKey, f);
      if (opts.withinWider) this.withinWider.add(f.indicatorKey);
      return;
    }
    if (prev.value !== f.value && Boolean(prev.cumulative) === Boolean(f.cumulative)) {
      this.note(`${this.figureName(f.indicatorKey)}: ${prev.source} ghi ${prev.value}, ${f.source} ghi ${f.value}; đã lấy ${prev.value}.`, 'FIGURE_CONFLICT', `${prev.source}; ${f.source}`);
    } else if (prev.cumulative && !f.cumulative) {
      // A figure for the period beats a cumulative one: rounds collect the period's figures.
      this.figureMap.set(f.indicatorKey, f);
    }
  }

  /**
   * A figure read where a unit rarely states its totals (the results column of a task table): kept
   * only when no table column, total row or paragraph gives the figure.
   */
  addFallbackFigure(f: Figure): void {
    if (!this.fallbackMap.has(f.indicatorKey)) this.fallbackMap.set(f.indicatorKey, f);
  }

  hasFigure(key: string): boolean {
    return this.figureMap.has(key);
  }

  /** Needs a person's decision: the file goes to review. */
  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  /** Worth knowing, kept with the report and shown in Đối chiếu; no decision needed. */
  note(message: string, code = 'NOTE', source = ''): void {
    if (!this.notes.some((n) => n.message === message)) this.notes.push({ code, message, source });
  }

  get entries(): Entry[] {
    return [...this.entryMap.values()];
  }

  /**
   * One figure per indicator. A wider figure counts its narrower kind too ("Số tin, bài tuyên
   * truyền" is every article, those on websites among them): a narrower figure given on its own
   * ("Đài phát 24 tin, bài; Trang thông tin điện tử đăng 16 tin, bài") is added to the wider one,
   * one given as its part ("27 tin, bài, trong đó 9 …") is not.
   */
  get figures(): Figure[] {
    const all = [...this.figureMap.values(), ...[...this.fallbackMap.values()].filter((f) => !this.figureMap.has(f.indicatorKey))];
    return narrowerInWider(all, (key) => this.names.has(key), this.withinWider);
  }
}

/**
 * The figures with each narrower kind counted in its wider figure too (the wider made from it when
 * absent, if `known` says the reader may give it), but for those `within` it already: given as its part.
 */
export function narrowerInWider(figures: readonly Figure[], known: (key: string) => boolean, within: ReadonlySet<string> = new Set()): Figure[] {
  const all = figures.map((f) => ({ ...f }));
  for (const narrow of [...all]) {
    const wider = widerFigureOf(narrow.indicatorKey);
    if (wider === undefined || !known(wider) || within.has(narrow.indicatorKey)) continue;
    const wide = all.find((f) => f.indicatorKey === wider);
    if (!wide) all.push({ ...narrow, indicatorKey: wider });
    else if (Boolean(wide.cumulative) === Boolean(narrow.cumulative)) {
      wide.value += narrow.value;
      if (wide.source !== narrow.source) wide.source = `${wide.source}; ${narrow.source}`;
    }
  }
  return all;
}
