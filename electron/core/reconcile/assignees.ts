// Pure: which directory units an item's assignees mean during a round.
import type { Assignee, PlanItem, Round, Unit, UnitFamily } from '../../../shared/domain';
import { fold, foldForMatch } from '../../../shared/text';
import { scopeOf, withinScope } from './group-scope';

/** A unit is expected in a round when its validity overlaps the round's period. */
export function activeDuring(unit: Unit, round: Pick<Round, 'periodFrom' | 'periodTo' | 'dueDate'>): boolean {
  const from = round.periodFrom ?? round.dueDate;
  const to = round.periodTo ?? round.dueDate;
  if (unit.validFrom !== null && unit.validFrom > to) return false;
  if (unit.validTo !== null && unit.validTo < from) return false;
  return true;
}

function namesOf(u: Unit): string[] {
  return [u.name, ...u.aliases].map(foldForMatch).filter((n) => n.length >= 4);
}

/** Units named in the label ("Ban cán sự đảng UBND tỉnh" → that one unit). */
export function unitsNamedIn(label: string, units: Unit[]): Unit[] {
  const f = ` ${foldForMatch(label)} `;
  return units.filter((u) => namesOf(u).some((n) => f.includes(` ${n} `)));
}

/** The named units whose name is not just a part of another's ("Huyện ủy Ia Ly" inside "Ban Tuyên giáo Huyện ủy Ia Ly"). */
function outermost(label: string, named: Unit[]): Unit[] {
  const f = ` ${foldForMatch(label)} `;
  const matched = new Map(named.map((u) => [u.code, namesOf(u).filter((n) => f.includes(` ${n} `))]));
  const inside = (a: string, b: string): boolean => a !== b && ` ${b} `.includes(` ${a} `);
  return named.filter((u) => !(matched.get(u.code) ?? []).every((n) => named.some((o) => o.code !== u.code && (matched.get(o.code) ?? []).some((m) => inside(n, m)))));
}

/** "Các huyện ủy…", "cấp ủy các cấp", "các đoàn thể": words that mean a group, not one unit. */
export function isGroupLabel(label: string): boolean {
  const f = ` ${fold(label)} `;
  return / cac | cap uy | nhung | moi | toan the /.test(f);
}

// Party organisations: under a named committee, "các đảng bộ", "các chi bộ", "tổ chức cơ sở đảng"
// all mean its party organisations, whichever of these families the directory put them in.
const PARTY_ORGS: readonly UnitFamily[] = ['dang-uy-xa', 'co-so', 'dang-uy-truc-thuoc'];
// "các cơ quan, đơn vị trực thuộc X": every unit under X.
const GENERIC_GROUP = /^((cac|nhung|toan the|tat ca) )?((co quan|don vi|to chuc)( va | )?)+$/;

/** What the plan the item belongs to says about where its groups look. */
export interface AssigneeContext {
  /** The plan's issuer as written ("HUYỆN ỦY IA GRÔNG"): "trực thuộc Huyện ủy" in its plan means under it. */
  issuer: string | null;
}

function familiesWithin(a: Assignee, label: string, children: boolean): (u: Unit) => boolean {
  const head = foldForMatch(label.split(/\s(?:trực thuộc|thuộc|của)\s/iu)[0] ?? label);
  if (children && GENERIC_GROUP.test(head)) return () => true;
  const families = new Set<UnitFamily>(a.unitKinds);
  if (children && a.unitKinds.some((k) => PARTY_ORGS.includes(k))) for (const k of PARTY_ORGS) families.add(k);
  return (u) => families.has(u.family);
}

// The level words a committee's name starts with ("Huyện ủy Ia Ly").
const LEVEL_HEAD = /^((tinh|huyen|thanh|thi|quan|dang) uy) (.+)$/;

/**
 * "Ban Tuyên giáo Huyện ủy" in the Huyện ủy Ia Ly's own plan is its Ban: a name that ends with the
 * issuer's level word is read with the issuer's place added ("… Huyện ủy Ia Ly").
 */
function withIssuerPlace(label: string, issuer: string | null): string | null {
  const m = issuer === null ? null : LEVEL_HEAD.exec(foldForMatch(issuer));
  if (!m || !foldForMatch(label).endsWith(` ${m[1]}`)) return null;
  return `${label} ${m[3]}`;
}

export function resolveAssignee(a: Assignee, units: Unit[], context: AssigneeContext = { issuer: null }): Unit[] {
  if (a.unitCode !== null) return units.filter((u) => u.code === a.unitCode);
  let named = unitsNamedIn(a.label, units);
  const placed = named.length === 0 && !isGroupLabel(a.label) ? withIssuerPlace(a.label, context.issuer) : null;
  if (placed !== null) named = unitsNamedIn(placed, units);
  // A single named unit missing from the directory must not widen to every unit of its kind.
  if (!isGroupLabel(a.label)) return outermost(placed ?? a.label, named);
  const { scope, named: scopeUnit } = scopeOf(a.label, units, context.issuer);
  const children = scope.kind === 'children';
  if (a.unitKinds.length === 0 && !children) return named;
  const inFamily = familiesWithin(a, a.label, children);
  const ofGroup = withinScope(
    units.filter((u) => inFamily(u)),
    scope,
    units,
  );
  const alsoNamed = named.filter((u) => u.code !== scopeUnit?.code);
  return [...new Map([...alsoNamed, ...ofGroup].map((u) => [u.code, u])).values()];
}

// A round's status resolves the same few group labels for every item against the same directory:
// remember the active units and each label's units per directory snapshot (arrays are never changed).
const activeCache = new WeakMap<Unit[], Map<string, Unit[]>>();
const resolvedCache = new WeakMap<Unit[], Map<string, Unit[]>>();

function activeIn(units: Unit[], round: Round): Unit[] {
  const key = `${round.periodFrom}|${round.periodTo}|${round.dueDate}`;
  const byRound = activeCache.get(units) ?? new Map<string, Unit[]>();
  activeCache.set(units, byRound);
  const hit = byRound.get(key) ?? units.filter((u) => activeDuring(u, round));
  byRound.set(key, hit);
  return hit;
}

function resolvedIn(a: Assignee, active: Unit[], context: AssigneeContext): Unit[] {
  const key = JSON.stringify([a.label, a.unitCode, a.unitKinds, context.issuer]);
  const byLabel = resolvedCache.get(active) ?? new Map<string, Unit[]>();
  resolvedCache.set(active, byLabel);
  const hit = byLabel.get(key) ?? resolveAssignee(a, active, context);
  byLabel.set(key, hit);
  return hit;
}

/** The units an item is assigned to, among those active in the round. */
export function unitsForItem(item: PlanItem, units: Unit[], round: Round, context: AssigneeContext = { issuer: null }): Unit[] {
  const active = activeIn(units, round);
  const out = new Map<string, Unit>();
  for (const a of item.assignees) for (const u of resolvedIn(a, active, context)) out.set(u.code, u);
  return [...out.values()];
}
