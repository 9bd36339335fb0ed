import { checkItems, itemSides } from "../catalog/check-items.js";
import { type CatalogIndex, indexCatalog } from "../catalog/create-catalog.js";
import type { StretchKitIssue } from "../errors.js";
import { isDeepFrozen } from "../internal/freeze.js";
import { safeParseWith } from "../internal/issues.js";
import type { Limb } from "../messages/keys.js";
import { type Routine, type RoutineItem, RoutineSchema, type Side } from "../schema/routine.js";
import type { Stretch } from "../schema/stretch.js";

/** What the scheduler reads of a stretch, with its texts joined once. */
export interface StretchInfo {
  readonly id: string;
  readonly name: string;
  /** The limb that changes between sides, or `null` for a stretch without sides. */
  readonly limb: Limb | null;
  /** The whole setup, one sentence after another. */
  readonly setup: string;
  /** The first setup instruction, for the `prepare` cue. */
  readonly firstSetup: string;
  /** The whole movement, one sentence after another. */
  readonly movement: string;
  readonly minHoldSeconds: number;
  readonly targetHoldSeconds: number;
  readonly endsOnUser: boolean;
  readonly minRepetitions: number;
  readonly maxRepetitions: number;
}

/** One routine item, ready to schedule: the stretch, its sides in order, its dose. */
export interface ItemPlan {
  readonly info: StretchInfo;
  /** `[null]` for a stretch without sides; else the sides in the order they are done. */
  readonly sides: readonly (Side | null)[];
  /** The item as given: its repetitions and hold seconds. */
  readonly item: RoutineItem;
}

type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: StretchKitIssue[] };

function readInfo(stretch: Stretch): StretchInfo {
  return {
    id: stretch.id,
    name: stretch.name,
    limb: stretch.laterality.kind === "unilateral" ? stretch.laterality.changes : null,
    setup: stretch.setup.join(" "),
    firstSetup: stretch.setup[0] as string, // a stretch has at least one setup step
    movement: stretch.movement.join(" "),
    minHoldSeconds: stretch.hold.minSeconds,
    targetHoldSeconds: stretch.hold.targetSeconds,
    endsOnUser: stretch.hold.endsOnUser,
    minRepetitions: stretch.repetitions.min,
    maxRepetitions: stretch.repetitions.max,
  };
}

/*
 * The catalog is checked and indexed by `indexCatalog` of `catalog/create-catalog.ts`, shared with
 * the composer: it remembers catalogs and stretches that cannot change, and every stretch it
 * returns is frozen, so that the info read from a stretch can be remembered with it.
 */
const infos: WeakMap<Stretch, StretchInfo> = /* @__PURE__ */ new WeakMap();

/** What the scheduler reads of a stretch, remembered for a frozen one. */
function infoOf(stretch: Stretch): StretchInfo {
  let info = infos.get(stretch);
  if (info === undefined) {
    info = readInfo(stretch);
    if (isDeepFrozen(stretch)) infos.set(stretch, info);
  }
  return info;
}

/** Checks the catalog of the options (issues under `["catalog", ...]`); `undefined` is the built-in one. */
export function indexStretches(catalog: unknown): Result<CatalogIndex> {
  return indexCatalog(catalog);
}

/*
 * Routines that passed RoutineSchema and cannot change (frozen at every depth, as the built-in
 * routine is) are not parsed again; nor checked again against the last catalog index they passed
 * (an index from `indexCatalog` is never changed: a remembered one belongs to a catalog that cannot change).
 */
const validRoutines: WeakSet<object> = /* @__PURE__ */ new WeakSet();
const checkedAgainst: WeakMap<object, CatalogIndex> = /* @__PURE__ */ new WeakMap();

/**
 * Checks a routine's shape, and its items against the catalog as every function that takes a routine
 * does (`checkItems` of the catalog: each stretch known, each once, sides only on sided stretches);
 * returns one plan per item, with sides in order (`firstSide`, when given, wins over the item's).
 */
export function resolveRoutine(input: unknown, index: CatalogIndex, firstSide: Side | undefined): Result<ItemPlan[]> {
  let routine: Routine;
  if (typeof input === "object" && input !== null && validRoutines.has(input)) {
    routine = input as Routine;
  } else {
    const parsed = safeParseWith(RoutineSchema, input);
    if (!parsed.ok) return parsed;
    if (isDeepFrozen(input)) validRoutines.add(input as object);
    routine = parsed.value as Routine;
  }
  const items = routine.items;
  if (checkedAgainst.get(input as object) !== index) {
    const issues: StretchKitIssue[] = [];
    checkItems(
      items.map((item, i) => ({ item, index: i })),
      index,
      issues,
    );
    if (issues.length > 0) return { ok: false, issues };
    if (validRoutines.has(input as object)) checkedAgainst.set(input as object, index);
  }
  const plans: ItemPlan[] = [];
  for (const item of items) {
    const info = infoOf(index.get(item.stretchId) as Stretch); // every stretch is in the index: it was checked
    plans.push({ info, sides: itemSides(item, info.limb !== null, firstSide), item });
  }
  return { ok: true, value: plans };
}
