// The three seed plans against item trees written by hand from reading them.
import { describe, expect, it } from 'vitest';
import { PlanDraft } from '../../../shared/domain';
import { extractPlan } from '../../../electron/core/plans/extract';
import { expected, fixture, view } from './helpers';

const SEEDS = ['plan-tinh-uy-ct32-2019', 'plan-btg-binh-duong-31-kh-2019', 'plan-tinh-uy-ct04-doi-ngoai-nhan-dan'];

describe.each(SEEDS)('seed %s', (seed) => {
  const source = fixture(`${seed}.txt`);
  const want = expected(`${seed}.expected.json`);
  const draft = extractPlan(source);

  it('is a valid PlanDraft that keeps the source text', () => {
    expect(() => PlanDraft.parse(draft)).not.toThrow();
    expect(draft.sourceText).toBe(source.normalize('NFC'));
  });

  it('reads the metadata', () => {
    const { items: _i, rounds: _r, indicators: _n, sourceText: _s, ...meta } = draft;
    expect(meta).toEqual(want.meta);
  });

  it('builds the item tree as numbered', () => {
    expect(draft.items.map((i) => i.code)).toEqual(want.items.map((i) => i.code));
    for (const w of want.items) {
      const got = draft.items.find((i) => i.code === w.code);
      expect(got && view(got, w.starts.length), w.code).toEqual(w);
    }
  });

  it('has consistent parents and levels', () => {
    const codes = new Map(draft.items.map((i) => [i.code, i]));
    for (const item of draft.items) {
      const parent = item.parentCode === null ? null : codes.get(item.parentCode);
      expect(parent === undefined, item.code).toBe(false);
      expect(item.level, item.code).toBe(parent ? parent.level + 1 : 0);
    }
    expect(new Set(codes.keys()).size).toBe(draft.items.length);
  });

  it('proposes the reporting rounds', () => {
    expect(draft.rounds).toEqual(want.rounds);
  });

  it('proposes indicators only for what the tasks mention', () => {
    const keys = draft.indicators.map((i) => i.key);
    for (const k of want.indicatorsInclude) expect(keys).toContain(k);
    for (const k of want.indicatorsExclude) expect(keys).not.toContain(k);
  });
});

describe('seed counts', () => {
  it.each([
    ['plan-tinh-uy-ct32-2019', 30, 13],
    ['plan-btg-binh-duong-31-kh-2019', 44, 22],
    ['plan-tinh-uy-ct04-doi-ngoai-nhan-dan', 24, 14],
  ])('%s: %i items, %i tasks', (seed, items, tasks) => {
    const draft = extractPlan(fixture(`${seed}.txt`));
    expect(draft.items).toHaveLength(items);
    expect(draft.items.filter((i) => i.kind === 'task')).toHaveLength(tasks);
  });
});
