// Pure: the parent and "merged into" cells of a directory row name another unit by its code or
// by its name; both are turned into the code, looked up in the file and in the directory.
import { fold, foldForMatch } from '../../../shared/text';

export interface Named {
  code: string;
  name: string;
  aliases: readonly string[];
}

export type LinkLookup = (raw: string) => string | null;

/** A lookup over the file's units and the directory's: code first (any case), then a name or alias that only one unit has. */
export function linkLookup(units: Iterable<Named>): LinkLookup {
  const byCode = new Map<string, string>();
  const byName = new Map<string, string | null>(); // null: two units share the name
  for (const u of units) {
    if (!byCode.has(fold(u.code))) byCode.set(fold(u.code), u.code);
    for (const n of new Set([u.name, ...u.aliases].map(foldForMatch))) {
      if (n === '') continue;
      byName.set(n, byName.has(n) && byName.get(n) !== u.code ? null : u.code);
    }
  }
  return (raw) => {
    const code = byCode.get(fold(raw));
    if (code !== undefined) return code;
    return byName.get(foldForMatch(raw)) ?? null;
  };
}
