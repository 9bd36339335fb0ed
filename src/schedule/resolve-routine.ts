import { type CatalogIndex, indexCatalog } from "../catalog/create-catalog.js";
import type { StretchKitIssue } from "../errors.js";
import { safeParseWith } from "../internal/issues.js";
import type { Limb } from "../messages/keys.js";
import { type Routine, RoutineSchema, type Side } from "../schema/routine.js";
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
  readonly item: Routine["items"][number];
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

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  for (const key of Object.keys(value)) if (!isDeepFrozen((value as Record<string, unknown>)[key])) return false;
  return true;
}

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
 * routine is) are not parsed again; their stretch ids are still looked up in the catalog of the call.
 */
const validRoutines: WeakSet<object> = /* @__PURE__ */ new WeakSet();

/* The sides of a plan, shared by every plan (the scheduler only reads them). */
const NO_SIDES: readonly null[] = [null];
const LEFT: readonly Side[] = ["left"];
const RIGHT: readonly Side[] = ["right"];
const LEFT_RIGHT: readonly Side[] = ["left", "right"];
const RIGHT_LEFT: readonly Side[] = ["right", "left"];
const NO_SIDE_KEYS = ["sides", "firstSide"] as const;

/**
 * Checks a routine's shape, its stretch ids against the catalog, and sides on stretches that have
 * them; returns one plan per item, with sides in order (`firstSide`, when given, wins over the item's).
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
  const plans: ItemPlan[] = [];
  const issues: StretchKitIssue[] = [];
  const items = routine.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Routine["items"][number];
    const stretch = index.get(item.stretchId);
    if (stretch === undefined) {
      issues.push({
        path: ["items", i, "stretchId"],
        code: "unknown_stretch",
        message: `${JSON.stringify(item.stretchId)} is not a stretch of the catalog`,
      });
      continue;
    }
    const info = infoOf(stretch);
    if (info.limb === null) {
      for (const key of NO_SIDE_KEYS) {
        if (item[key] !== undefined) {
          issues.push({
            path: ["items", i, key],
            code: "conflict",
            message: `the stretch ${JSON.stringify(info.id)} has no sides`,
          });
        }
      }
      plans.push({ info, sides: NO_SIDES, item });
      continue;
    }
    const sides = item.sides ?? "both";
    if (sides !== "both") {
      plans.push({ info, sides: sides === "left" ? LEFT : RIGHT, item });
      continue;
    }
    const first = firstSide ?? item.firstSide ?? "left";
    plans.push({ info, sides: first === "left" ? LEFT_RIGHT : RIGHT_LEFT, item });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: plans };
}
