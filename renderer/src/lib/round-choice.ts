// Which reporting round a working screen opens on when the specialist has not picked one: the round
// whose reports came in last, which is the one being worked on; a later round with nothing in it yet
// would open on 0 %.
import type { Report, Round } from '../../../shared/domain';
import { todayIso } from '../../../shared/dates';

/** Without any report: the latest round already due, else the first. */
export function defaultRound(rounds: readonly Round[], today = todayIso()): Round | undefined {
  const due = rounds.filter((r) => r.dueDate <= today);
  return due.length > 0 ? due.reduce((a, b) => (b.dueDate >= a.dueDate ? b : a)) : rounds[0];
}

type Arrival = Pick<Report, 'id' | 'receivedAt'>;

/** Later received, or received the same day and imported later (report ids grow with each import). */
function later(a: Arrival, b: Arrival): boolean {
  return a.receivedAt > b.receivedAt || (a.receivedAt === b.receivedAt && a.id > b.id);
}

/** The round that holds the most recent report; undefined when no round has any. */
export function roundWithLatestReports(rounds: readonly Round[], reportsByRound: ReadonlyMap<number, readonly Arrival[]>): Round | undefined {
  let best: { round: Round; report: Arrival } | undefined;
  for (const round of rounds) {
    for (const report of reportsByRound.get(round.id) ?? []) {
      if (!best || later(report, best.report)) best = { round, report };
    }
  }
  return best?.round;
}

/** The round to open on: the one with the most recent reports, else the latest one due. */
export function proposedRound(rounds: readonly Round[], reportsByRound: ReadonlyMap<number, readonly Arrival[]>, today = todayIso()): Round | undefined {
  return roundWithLatestReports(rounds, reportsByRound) ?? defaultRound(rounds, today);
}
