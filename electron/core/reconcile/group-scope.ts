// Pure: where in the unit tree a group assignee looks. "… trực thuộc Huyện ủy Ia Grông" means the
// units whose parent is that Huyện ủy; "… trực thuộc Huyện ủy" in the Huyện ủy's own plan means
// the units under the plan's issuer; "các ban đảng Tỉnh ủy" the top of a province's directory.
import type { Unit, UnitFamily } from '../../../shared/domain';
import { foldForMatch } from '../../../shared/text';

/** Which units a group may draw from. */
export type Scope =
  /** Direct children of this unit. */
  | { kind: 'children'; of: Unit }
  /** Every unit below this one (the plan's issuer when it is in the directory). */
  | { kind: 'below'; of: Unit }
  /** Units whose parent is a unit of these families ("trực thuộc các huyện ủy" in a province plan). */
  | { kind: 'under-family'; families: UnitFamily[] }
  /** The top of the directory: units with no parent in it (the issuer's own level). */
  | { kind: 'top' }
  | { kind: 'anywhere' };

const SCOPE_WORD = /\b(truc thuoc|thuoc|cua)\b/g;
// A committee named by its level alone: the plan's issuer at that level, or every unit of it.
const BARE_LEVEL = /^(ban thuong vu )?(tinh|huyen|thanh|thi|quan|dang) uy$/;
const LEVEL_FAMILY: Record<string, UnitFamily[]> = {
  huyen: ['huyen-uy'],
  thanh: ['huyen-uy'],
  thi: ['huyen-uy'],
  quan: ['huyen-uy'],
  dang: ['dang-uy-truc-thuoc', 'dang-uy-xa'],
};

function namesOf(u: Unit): string[] {
  return [u.name, ...u.aliases].map(foldForMatch).filter((n) => n.length >= 4);
}

/** The directory unit a phrase is the name of (the longest name that the phrase ends with or is). */
function unitNamed(phrase: string, units: readonly Unit[], atEnd: boolean): Unit | null {
  const f = foldForMatch(phrase);
  let best: { unit: Unit; length: number } | null = null;
  for (const u of units) {
    for (const n of namesOf(u)) {
      const hit = atEnd ? f === n || f.endsWith(` ${n}`) : f === n;
      if (hit && (best === null || n.length > best.length)) best = { unit: u, length: n.length };
    }
  }
  return best?.unit ?? null;
}

/** The issuer of the plan as a unit of the directory, when it is one that units sit under. */
export function issuerUnit(issuer: string | null, units: readonly Unit[]): Unit | null {
  if (issuer === null) return null;
  const f = ` ${foldForMatch(issuer)} `;
  const parents = new Set(units.map((u) => u.parentCode).filter((c): c is string => c !== null));
  const named = units.filter((u) => parents.has(u.code) && namesOf(u).some((n) => f.includes(` ${n} `)));
  return named.length === 1 ? named[0]! : null;
}

function levelScope(level: string, issuer: string | null, owner: Unit | null): Scope {
  const m = BARE_LEVEL.exec(level);
  const word = m?.[2] ?? '';
  const issuerLevel = issuer !== null && ` ${foldForMatch(issuer)} `.includes(` ${word} uy `);
  if (word === 'tinh' || issuerLevel) return owner ? { kind: 'children', of: owner } : { kind: 'top' };
  return { kind: 'under-family', families: LEVEL_FAMILY[word] ?? [] };
}

/**
 * The scope a group label states, and the unit that names it (which is then no assignee itself).
 * Without words of its own the group looks below the plan's issuer when the issuer is a unit of
 * the directory with units under it, else anywhere.
 */
export function scopeOf(label: string, units: readonly Unit[], issuer: string | null): { scope: Scope; named: Unit | null } {
  const owner = issuerUnit(issuer, units);
  const f = foldForMatch(label);
  const words = [...f.matchAll(SCOPE_WORD)];
  const last = words[words.length - 1];
  if (last?.index !== undefined) {
    const rest = f.slice(last.index + last[0].length).trim();
    const unit = unitNamed(rest, units, false);
    if (unit) return { scope: { kind: 'children', of: unit }, named: unit };
    if (BARE_LEVEL.test(rest)) return { scope: levelScope(rest, issuer, owner), named: null };
    // "trực thuộc Tỉnh ủy Tây Sơn": the province committee by its full name, seldom a unit of its own directory.
    if (/^(ban thuong vu )?tinh uy\b/.test(rest)) return { scope: levelScope('tinh uy', issuer, owner), named: null };
  }
  // "Các ban xây dựng Đảng Huyện ủy Ia Grông", "các cơ quan tham mưu, giúp việc Tỉnh ủy": a group
  // whose last words name the body it belongs to.
  const tail = foldForMatch(label.split(/[,;]|\svà\s/u).pop() ?? '');
  const unit = /^(cac|nhung) /.test(tail) ? unitNamed(tail, units, true) : null;
  if (unit && !namesOf(unit).includes(tail)) return { scope: { kind: 'children', of: unit }, named: unit };
  const issuerName = issuer === null ? '' : foldForMatch(issuer);
  if (f.endsWith(' tinh uy') || (issuerName.startsWith('tinh uy ') && f.endsWith(` ${issuerName}`))) {
    return { scope: levelScope('tinh uy', issuer, owner), named: null };
  }
  return { scope: owner ? { kind: 'below', of: owner } : { kind: 'anywhere' }, named: null };
}

function isBelow(u: Unit, top: Unit, byCode: ReadonlyMap<string, Unit>): boolean {
  const seen = new Set<string>();
  for (let p = u.parentCode; p !== null && !seen.has(p); p = byCode.get(p)?.parentCode ?? null) {
    if (p === top.code) return true;
    seen.add(p);
  }
  return false;
}

/** The units a scope allows, from `candidates`, with the whole directory to walk the tree. */
export function withinScope(candidates: readonly Unit[], scope: Scope, directory: readonly Unit[]): Unit[] {
  const byCode = new Map(directory.map((u) => [u.code, u]));
  switch (scope.kind) {
    case 'children':
      return candidates.filter((u) => u.parentCode === scope.of.code);
    case 'below':
      return candidates.filter((u) => isBelow(u, scope.of, byCode));
    case 'under-family':
      return candidates.filter((u) => u.parentCode !== null && scope.families.includes(byCode.get(u.parentCode)?.family ?? 'khac'));
    case 'top':
      return candidates.filter((u) => u.parentCode === null || !byCode.has(u.parentCode));
    case 'anywhere':
      return [...candidates];
    default: {
      const never: never = scope;
      return never;
    }
  }
}
