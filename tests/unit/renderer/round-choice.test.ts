import { describe, expect, it } from 'vitest';
import type { Round } from '../../../shared/domain';
import { defaultRound, proposedRound, roundWithLatestReports } from '../../../renderer/src/lib/round-choice';

const round = (id: number, label: string, dueDate: string): Round => ({ id, planId: 1, label, periodFrom: null, periodTo: null, dueDate, locked: false });
const FIRST_HALF = round(1, '6 tháng đầu năm 2019', '2019-07-15');
const YEAR = round(2, 'Năm 2019', '2020-01-15');
const NEXT = round(3, '6 tháng đầu năm 2020', '2020-07-15');
const ROUNDS = [FIRST_HALF, YEAR, NEXT];
const TODAY = '2026-02-08';

describe('the round a screen opens on', () => {
  it('is the round with the most recent report, not a later empty one', () => {
    const reports = new Map([[FIRST_HALF.id, [{ id: 4, receivedAt: '2019-07-10' }, { id: 5, receivedAt: '2019-07-22' }]]]);
    expect(defaultRound(ROUNDS, TODAY)).toBe(NEXT);
    expect(proposedRound(ROUNDS, reports, TODAY)).toBe(FIRST_HALF);
  });

  it('follows the latest received date, then the latest import on the same day', () => {
    const reports = new Map([
      [FIRST_HALF.id, [{ id: 9, receivedAt: '2020-01-05' }]],
      [YEAR.id, [{ id: 7, receivedAt: '2020-01-10' }]],
    ]);
    expect(roundWithLatestReports(ROUNDS, reports)).toBe(YEAR);
    const sameDay = new Map([
      [FIRST_HALF.id, [{ id: 9, receivedAt: '2020-01-10' }]],
      [YEAR.id, [{ id: 7, receivedAt: '2020-01-10' }]],
    ]);
    expect(roundWithLatestReports(ROUNDS, sameDay)).toBe(FIRST_HALF);
  });

  it('falls back to the latest round already due when nothing has come in', () => {
    expect(roundWithLatestReports(ROUNDS, new Map())).toBeUndefined();
    expect(proposedRound(ROUNDS, new Map(), '2020-02-01')).toBe(YEAR);
    expect(proposedRound(ROUNDS, new Map(), '2019-01-01')).toBe(FIRST_HALF);
    expect(proposedRound([], new Map(), TODAY)).toBeUndefined();
  });
});
