import { checkItems as checkCatalogItems, type IndexedItem } from "../catalog/check-items.js";
import type { CatalogIndex } from "../catalog/create-catalog.js";
import type { IssuePathKey, StretchKitIssue } from "../errors.js";
import { counted, safeParseWith } from "../internal/issues.js";
import {
  MAX_COMPANIONS,
  MAX_ROUTINE_ITEMS,
  type Routine,
  type RoutineItem,
  RoutineItemSchema,
  RoutineSchema,
} from "../schema/routine.js";
import type { Stretch } from "../schema/stretch.js";
import type { RoutineWarning } from "./validate-routine.js";

/** What {@link checkRoutine} found: the parsed routine when there is no issue. */
export interface Checked {
  readonly routine: Routine | null;
  readonly issues: StretchKitIssue[];
  readonly warnings: RoutineWarning[];
}

const quote = JSON.stringify;

/**
 * The checks that need the catalog, for items that passed the schema: those of the catalog's
 * {@link checkCatalogItems} (every stretch known, each stretch once, sides only on sided stretches),
 * then doses outside the stretch's own ranges and a `firstSide` that does nothing, as warnings.
 */
export function checkItems(
  items: readonly IndexedItem[],
  index: CatalogIndex,
  issues: StretchKitIssue[],
  warnings: RoutineWarning[],
): void {
  const found = checkCatalogItems(items, index, issues);
  items.forEach(({ item, index: i }, k) => {
    const stretch = found[k];
    if (stretch !== undefined) checkDose(item, i, stretch, warnings);
  });
}

function checkDose(item: RoutineItem, i: number, stretch: Stretch, warnings: RoutineWarning[]): void {
  if (
    stretch.laterality.kind !== "none" &&
    item.firstSide !== undefined &&
    item.sides !== undefined &&
    item.sides !== "both"
  ) {
    warnings.push({
      path: ["items", i, "firstSide"],
      code: "first_side_ignored",
      message: `firstSide has no effect when the stretch is done on the ${item.sides} side only`,
    });
  }
  const reps = stretch.repetitions;
  if (item.repetitions < reps.min || item.repetitions > reps.max) {
    warnings.push({
      path: ["items", i, "repetitions"],
      code: "repetitions_outside_range",
      message: `${counted(item.repetitions, "repetition")} is outside the ${reps.min} to ${reps.max} of the stretch ${quote(stretch.id)}`,
    });
  }
  const hold = stretch.hold;
  if (item.holdSeconds < hold.minSeconds || item.holdSeconds > hold.maxSeconds) {
    warnings.push({
      path: ["items", i, "holdSeconds"],
      code: "hold_outside_range",
      message: `a hold of ${item.holdSeconds} s is outside the ${hold.minSeconds} to ${hold.maxSeconds} s of the stretch ${quote(stretch.id)}`,
    });
  }
}

/** Companions: each once, and not the routine itself. */
export function checkCompanions(
  companions: readonly unknown[],
  routineId: unknown,
  issues: StretchKitIssue[],
  prefix: readonly IssuePathKey[] = [],
): void {
  const seen = new Set<unknown>();
  companions.forEach((companion, j) => {
    if (typeof companion !== "string") return;
    if (companion === routineId) {
      issues.push({
        path: [...prefix, "companions", j],
        code: "conflict",
        message: "a routine is not its own companion",
      });
    } else if (seen.has(companion)) {
      issues.push({
        path: [...prefix, "companions", j],
        code: "duplicate_item",
        message: `the companion ${quote(companion)} is named twice`,
      });
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

/** The items of a routine that failed the schema, each checked alone, so that all issues show at once. */
function salvageItems(input: unknown): IndexedItem[] {
  const items = listField(input, "items", MAX_ROUTINE_ITEMS);
  const out: IndexedItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const parsed = RoutineItemSchema.safeParse(items[i]);
    if (parsed.success) out.push({ item: parsed.data, index: i });
  }
  return out;
}

/**
 * Checks a routine of any JavaScript value against the schema and the catalog; never throws.
 * Issues from the schema come first, then those that need the catalog.
 */
export function checkRoutine(input: unknown, index: CatalogIndex): Checked {
  const warnings: RoutineWarning[] = [];
  const parsed = safeParseWith(RoutineSchema, input);
  if (parsed.ok) {
    const routine = parsed.value;
    const issues: StretchKitIssue[] = [];
    checkItems(
      routine.items.map((item, i) => ({ item, index: i })),
      index,
      issues,
      warnings,
    );
    checkCompanions(routine.companions, routine.id, issues);
    return { routine: issues.length === 0 ? routine : null, issues, warnings };
  }
  const issues = parsed.issues;
  const extra: StretchKitIssue[] = [];
  checkItems(salvageItems(input), index, extra, warnings);
  checkCompanions(listField(input, "companions", MAX_COMPANIONS), field(input, "id"), extra);
  return { routine: null, issues: inDocumentOrder(issues.concat(extra)), warnings };
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
