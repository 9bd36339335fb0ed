/*
 * The one check of a routine, for every function that takes one: `validateRoutine` and the
 * composer, `scheduleSession`, `fitRoutine` and `planSessions`. They accept and refuse the same
 * routines, with the same codes and paths.
 */
import type { CatalogIndex } from "../catalog/create-catalog.js";
import type { IssuePathKey, StretchKitIssue } from "../errors.js";
import { deepFreeze } from "../internal/freeze.js";
import { counted, fail, issue, safeParseWith } from "../internal/issues.js";
import { MAX_COMPANIONS, MAX_ROUTINE_ITEMS } from "../schema/bounds.js";
import type { Side } from "../schema/common.js";
import { holdSecondsSchema, idSchema, repetitionsSchema, sideSchema } from "../schema/common.js";
import { type Routine, type RoutineItem, RoutineSchema, sidesSchema } from "../schema/routine.js";
import type { Stretch } from "../schema/stretch.js";
import type { RoutineWarning } from "./validate-routine.js";

/** An item's fields that are valid on their own, at its index in the list it came from. */
export interface ItemFields {
  readonly stretchId?: string | undefined;
  readonly repetitions?: number | undefined;
  readonly holdSeconds?: number | undefined;
  readonly sides?: RoutineItem["sides"] | undefined;
  readonly firstSide?: Side | undefined;
  readonly index: number;
  /** Whether the item was given as a bare stretch id (issues about the id go at `["items", index]`). */
  readonly bare?: boolean | undefined;
}

/** A routine item with its stretch. */
export interface CheckedItem {
  readonly item: RoutineItem;
  readonly stretch: Stretch;
}

/** What {@link checkRoutine} found: the routine and its items' stretches when there is no issue. */
interface RoutineCheck {
  readonly routine: Routine | null;
  readonly items: readonly CheckedItem[];
  readonly issues: StretchKitIssue[];
  readonly warnings: RoutineWarning[];
}

const quote = JSON.stringify;

/**
 * The checks of items against the catalog, on every item whose own fields allow them: every
 * stretch known (`unknown_stretch`), each stretch once (`duplicate_item`: a record keys its holds by
 * stretch, side and repetition), `sides` and `firstSide` only on a sided stretch (`conflict`); and as
 * warnings a dose outside the stretch's own ranges and a `firstSide` that does nothing. Returns each
 * item's stretch (`undefined` when unknown, repeated or not readable).
 */
export function checkItems(
  items: readonly ItemFields[],
  index: CatalogIndex,
  issues: StretchKitIssue[],
  warnings: RoutineWarning[],
): (Stretch | undefined)[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const { stretchId, index: i } = item;
    if (stretchId === undefined) return undefined;
    const path: IssuePathKey[] = item.bare === true ? ["items", i] : ["items", i, "stretchId"];
    const first = seen.get(stretchId);
    const stretch = index.get(stretchId);
    if (first !== undefined) {
      const message = `the stretch ${quote(stretchId)} is already item ${first}; a stretch appears once in a routine`;
      issues.push(issue(path, "duplicate_item", message));
      return undefined;
    }
    seen.set(stretchId, i);
    if (stretch === undefined) {
      issues.push(issue(path, "unknown_stretch", `${quote(stretchId)} is not a stretch of the catalog`));
      return undefined;
    }
    checkSides(item, stretch, issues, warnings);
    checkDose(item, stretch, warnings);
    return stretch;
  });
}

function checkSides(item: ItemFields, stretch: Stretch, issues: StretchKitIssue[], warnings: RoutineWarning[]): void {
  const i = item.index;
  if (stretch.laterality.kind === "none") {
    for (const key of ["sides", "firstSide"] as const) {
      if (item[key] === undefined) continue;
      issues.push(
        issue(["items", i, key], "conflict", `the stretch ${quote(stretch.id)} has no sides; leave ${key} out`),
      );
    }
  } else if (item.firstSide !== undefined && item.sides !== undefined && item.sides !== "both") {
    warnings.push({
      path: ["items", i, "firstSide"],
      code: "first_side_ignored",
      message: `firstSide has no effect when the stretch is done on the ${item.sides} side only`,
    });
  }
}

function checkDose(item: ItemFields, stretch: Stretch, warnings: RoutineWarning[]): void {
  const { repetitions, holdSeconds, index: i } = item;
  const reps = stretch.repetitions;
  if (repetitions !== undefined && (repetitions < reps.min || repetitions > reps.max)) {
    warnings.push({
      path: ["items", i, "repetitions"],
      code: "repetitions_outside_range",
      message: `${counted(repetitions, "repetition")} is outside the ${reps.min} to ${reps.max} of the stretch ${quote(stretch.id)}`,
    });
  }
  const hold = stretch.hold;
  if (holdSeconds !== undefined && (holdSeconds < hold.minSeconds || holdSeconds > hold.maxSeconds)) {
    warnings.push({
      path: ["items", i, "holdSeconds"],
      code: "hold_outside_range",
      message: `a hold of ${holdSeconds} s is outside the ${hold.minSeconds} to ${hold.maxSeconds} s of the stretch ${quote(stretch.id)}`,
    });
  }
}

/** Companions: each once, and not the routine itself. */
export function checkCompanions(companions: readonly unknown[], routineId: unknown, issues: StretchKitIssue[]): void {
  const seen = new Set<unknown>();
  companions.forEach((companion, j) => {
    if (typeof companion !== "string") return;
    if (companion === routineId) {
      issues.push(issue(["companions", j], "conflict", "a routine is not its own companion"));
    } else if (seen.has(companion)) {
      issues.push(issue(["companions", j], "duplicate_item", `the companion ${quote(companion)} is named twice`));
    }
    seen.add(companion);
  });
}

/** A key of a value that may be anything: `undefined` unless the value is a non-array object. */
export function field(input: unknown, key: string): unknown {
  return typeof input === "object" && input !== null && !Array.isArray(input)
    ? (input as Record<string, unknown>)[key]
    : undefined;
}

/** A list field of a value that may be anything, or `[]` when it is not a list of at most `max` entries. */
export function listField(input: unknown, key: string, max: number): readonly unknown[] {
  const list = field(input, key);
  return Array.isArray(list) && list.length <= max ? list : [];
}

const ITEM_FIELDS = {
  stretchId: idSchema,
  repetitions: repetitionsSchema,
  holdSeconds: holdSecondsSchema,
  sides: sidesSchema,
  firstSide: sideSchema,
};

/** The fields of a routine item (or spec item) that are valid on their own, for the checks that need them. */
export function validFields(item: unknown, index: number): ItemFields {
  const fields: Record<string, unknown> = { index };
  for (const [key, schema] of Object.entries(ITEM_FIELDS)) {
    const parsed = schema.safeParse(field(item, key));
    if (parsed.success) fields[key] = parsed.data;
  }
  return fields as unknown as ItemFields;
}

/**
 * Checks a routine of any JavaScript value against the schema, the catalog and its companions;
 * never throws. Issues come in the order of the document (by field, then by item).
 */
export function checkRoutine(input: unknown, index: CatalogIndex): RoutineCheck {
  const warnings: RoutineWarning[] = [];
  const parsed = safeParseWith(RoutineSchema, input);
  const issues: StretchKitIssue[] = [];
  if (parsed.ok) {
    const routine = parsed.value;
    // Written out, not spread: a spread here made scheduleSession twice as slow.
    const fields = routine.items.map(({ stretchId, repetitions, holdSeconds, sides, firstSide }, i) => ({
      stretchId,
      repetitions,
      holdSeconds,
      sides,
      firstSide,
      index: i,
    }));
    const stretches = checkItems(fields, index, issues, warnings);
    checkCompanions(routine.companions, routine.id, issues);
    if (issues.length > 0) return { routine: null, items: [], issues, warnings };
    const items = routine.items.map((item, i) => ({ item, stretch: stretches[i] as Stretch }));
    return { routine: deepFreeze(routine), items, issues, warnings };
  }
  // Refused by the schema: the catalog and companion checks still run on what can be read, so
  // that every issue shows at once.
  const items = Array.from(listField(input, "items", MAX_ROUTINE_ITEMS), validFields);
  checkItems(items, index, issues, warnings);
  checkCompanions(listField(input, "companions", MAX_COMPANIONS), field(input, "id"), issues);
  return { routine: null, items: [], issues: inDocumentOrder([...parsed.issues, ...issues]), warnings };
}

/** {@link checkRoutine}, or throws `invalid_routine` with every issue. */
export function readRoutine(
  input: unknown,
  index: CatalogIndex,
): { readonly routine: Routine; readonly items: readonly CheckedItem[] } {
  const checked = checkRoutine(input, index);
  return checked.routine === null
    ? fail("invalid_routine", checked.issues, "Invalid routine")
    : { routine: checked.routine, items: checked.items };
}

/* The side orders, shared by every caller (who only reads them). */
const NO_SIDES: readonly null[] = [null];
const LEFT: readonly Side[] = ["left"];
const RIGHT: readonly Side[] = ["right"];
const LEFT_RIGHT: readonly Side[] = ["left", "right"];
const RIGHT_LEFT: readonly Side[] = ["right", "left"];

/**
 * The sides an item is done on, in order: `[null]` for a stretch without sides; else the item's
 * one side, or both, `firstSide` first (the given one, else the item's, else left).
 */
export function sidesOf(checked: CheckedItem, firstSide?: Side | undefined): readonly (Side | null)[] {
  const { item, stretch } = checked;
  if (stretch.laterality.kind === "none") return NO_SIDES;
  const sides = item.sides ?? "both";
  if (sides !== "both") return sides === "left" ? LEFT : RIGHT;
  return (firstSide ?? item.firstSide ?? "left") === "left" ? LEFT_RIGHT : RIGHT_LEFT;
}

const KEY_ORDER: readonly string[] = ["id", "name", "benefits", "items", "frequency", "companions"];

function rank(path: readonly IssuePathKey[]): readonly [number, number] {
  const top = KEY_ORDER.indexOf(String(path[0]));
  const second = path[1];
  return [top === -1 ? KEY_ORDER.length : top, typeof second === "number" ? second : -1];
}

/**
 * Sorts issues as a form shows its fields: by the routine's (or spec's) top-level key, then by
 * item; stable, so that issues of one field keep their order. Unknown keys come last.
 */
export function inDocumentOrder(issues: StretchKitIssue[]): StretchKitIssue[] {
  return issues
    .map((issue) => ({ issue, rank: rank(issue.path) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1])
    .map(({ issue }) => issue);
}
