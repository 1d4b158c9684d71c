// One way to make a figure's key from its name, for the plan reader and the plan editor alike.
import { fold } from './text';

/** A figure key from its name: "Số tin, bài" → "so_tin_bai"; a key already taken gets "_2", "_3". */
export function indicatorKey(name: string, taken: ReadonlySet<string>): string {
  const base = fold(name).replace(/ /g, '_').slice(0, 40).replace(/_+$/u, '') || 'chi_tieu';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}
