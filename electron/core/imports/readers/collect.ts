// Gathers what readers find into one entry per item and one figure per indicator (the database
// keeps exactly one of each per report), keeping the surest and saying when two sources disagree.
import type { NormalizedReport } from '../normalized-report';

export type Entry = NormalizedReport['entries'][number];
export type Figure = NormalizedReport['figures'][number];

const STATUS_VI: Record<Entry['status'], string> = { done: 'đã thực hiện', in_progress: 'đang thực hiện', not_done: 'chưa thực hiện' };

export class ReportCollector {
  private readonly entryMap = new Map<string, Entry>();
  private readonly figureMap = new Map<string, Figure>();
  readonly warnings: string[] = [];

  addEntry(e: Entry): void {
    const prev = this.entryMap.get(e.itemCode);
    if (prev && prev.status !== e.status) {
      const keep = e.confidence > prev.confidence ? e : prev;
      this.warn(
        `Mục ${e.itemCode}: ${prev.source} ghi "${STATUS_VI[prev.status]}", ${e.source} ghi "${STATUS_VI[e.status]}"; tạm lấy theo ${keep.source}.`,
      );
    }
    if (!prev || e.confidence > prev.confidence) this.entryMap.set(e.itemCode, e);
  }

  /** First source wins (tables are read before prose); a different value elsewhere is reported. */
  addFigure(f: Figure): void {
    const prev = this.figureMap.get(f.indicatorKey);
    if (!prev) {
      this.figureMap.set(f.indicatorKey, f);
      return;
    }
    if (prev.value !== f.value && Boolean(prev.cumulative) === Boolean(f.cumulative)) {
      this.warn(`Chỉ tiêu ${f.indicatorKey}: ${prev.source} ghi ${prev.value}, ${f.source} ghi ${f.value}; đã lấy ${prev.value}.`);
    } else if (prev.cumulative && !f.cumulative) {
      // A figure for the period beats a cumulative one: rounds collect the period's figures.
      this.figureMap.set(f.indicatorKey, f);
    }
  }

  hasFigure(key: string): boolean {
    return this.figureMap.has(key);
  }

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  get entries(): Entry[] {
    return [...this.entryMap.values()];
  }

  get figures(): Figure[] {
    return [...this.figureMap.values()];
  }
}
