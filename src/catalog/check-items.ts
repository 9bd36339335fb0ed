/*
 * The checks of a routine's items against a catalog, and the order of their sides: one version,
 * shared by the composer (`validateRoutine`, `composeRoutine`, ...), the scheduler (`scheduleSession`,
 * `fitRoutine`) and the plan (`planSessions`), so that they accept the same routines, with the same
 * issues, and do the sides in the same order.
 */
import type { IssuePathKey, StretchKitIssue } from "../errors.js";
import type { RoutineItem, Side } from "../schema/routine.js";
import type { Stretch } from "../schema/stretch.js";
import type { CatalogIndex } from "./create-catalog.js";

/** An item to check, at its index in the list it came from. */
export interface IndexedItem {
  readonly item: RoutineItem;
  readonly index: number;
  /** Whether the item was given as a bare stretch id (issues about the id go at `["items", index]`). */
  readonly bare?: boolean | undefined;
}

const quote = JSON.stringify;
const NO_SIDE_KEYS = ["sides", "firstSide"] as const;

/**
 * Checks items that passed the schema against the catalog: every stretch known (`unknown_stretch`),
 * each stretch once (`duplicate_item`: a session record keys its holds by stretch, side and
 * repetition), `sides` and `firstSide` only on a stretch with sides (`conflict`). Pushes the issues,
 * in item order, and returns each item's stretch (`undefined` for an unknown or repeated one).
 */
export function checkItems(
  items: readonly IndexedItem[],
  index: CatalogIndex,
  issues: StretchKitIssue[],
): (Stretch | undefined)[] {
  const seen = new Map<string, number>();
  const found: (Stretch | undefined)[] = [];
  for (const { item, index: i, bare } of items) {
    const first = seen.get(item.stretchId);
    if (first === undefined) seen.set(item.stretchId, i);
    const stretch = first === undefined ? index.get(item.stretchId) : undefined;
    found.push(stretch);
    if (stretch === undefined) {
      const path: IssuePathKey[] = bare === true ? ["items", i] : ["items", i, "stretchId"];
      issues.push(
        first !== undefined
          ? {
              path,
              code: "duplicate_item",
              message: `the stretch ${quote(item.stretchId)} is already item ${first}; a stretch appears once in a routine`,
            }
          : { path, code: "unknown_stretch", message: `${quote(item.stretchId)} is not a stretch of the catalog` },
      );
      continue;
    }
    if (stretch.laterality.kind !== "none") continue;
    for (const key of NO_SIDE_KEYS) {
      if (item[key] !== undefined) {
        issues.push({
          path: ["items", i, key],
          code: "conflict",
          message: `the stretch ${quote(stretch.id)} has no sides; leave ${key} out`,
        });
      }
    }
  }
  return found;
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
export function itemSides(
  item: Pick<RoutineItem, "sides" | "firstSide">,
  sided: boolean,
  firstSide?: Side | undefined,
): readonly (Side | null)[] {
  if (!sided) return NO_SIDES;
  const sides = item.sides ?? "both";
  if (sides !== "both") return sides === "left" ? LEFT : RIGHT;
  return (firstSide ?? item.firstSide ?? "left") === "left" ? LEFT_RIGHT : RIGHT_LEFT;
}
