import type { Catalog } from "../catalog/create-catalog.js";
import { StretchKitError, type StretchKitIssue } from "../errors.js";
import { deepFreeze } from "../internal/freeze.js";
import { refuseUnreadable } from "../internal/issues.js";
import { BENEFITS } from "../schema/common.js";
import { MAX_COMPANIONS, MAX_ROUTINE_ITEMS, type Routine } from "../schema/routine.js";
import type { Benefit } from "../schema/stretch.js";
import { checkRoutine } from "./check-routine.js";
import { indexOrThrow, readCombineOptions } from "./options.js";

/**
 * The options of {@link combineRoutines}: the new routine's id and name, and the catalog.
 *
 * @example
 * const options: CombineRoutinesOptions = { id: "back-twice", name: "Back, twice" };
 * options.id; //=> "back-twice"
 */
export interface CombineRoutinesOptions {
  /** A kebab-case id for the combined routine. */
  readonly id: string;
  /** The name shown to a person. */
  readonly name: string;
  /** The stretches the routines' ids refer to, e.g. from `createCatalog`. Default: the built-in `stretches`. */
  readonly catalog?: Catalog | undefined;
}

type Range = { readonly min: number; readonly max: number };
type FrequencyKey = "sessionsPerWeek" | "sessionsPerDay";

const UNIT: Record<FrequencyKey, string> = { sessionsPerWeek: "a week", sessionsPerDay: "a day" };

/** The overlap of every routine's range for one frequency, or an issue naming two routines that do not overlap. */
function intersect(routines: readonly Routine[], key: FrequencyKey, issues: StretchKitIssue[]): Range {
  let low = 0;
  let high = 0;
  routines.forEach((routine, i) => {
    const range = routine.frequency[key];
    if (range.min > (routines[low] as Routine).frequency[key].min) low = i;
    if (range.max < (routines[high] as Routine).frequency[key].max) high = i;
  });
  const a = routines[low] as Routine;
  const b = routines[high] as Routine;
  const min = a.frequency[key].min;
  const max = b.frequency[key].max;
  if (min > max) {
    const [first, second] = low < high ? [low, high] : [high, low];
    const describe = (i: number): string => {
      const { min, max } = (routines[i] as Routine).frequency[key];
      return `${JSON.stringify((routines[i] as Routine).id)} asks for ${min === max ? min : `${min} to ${max}`}`;
    };
    const sessions = (routines[first] as Routine).frequency[key].max === 1 ? "session" : "sessions";
    issues.push({
      path: [second, "frequency", key],
      code: "conflict",
      message: `${describe(first)} ${sessions} ${UNIT[key]} and ${describe(second)}: no number suits both`,
    });
  }
  return { min, max };
}

/**
 * Joins routines into one, done one after another: for example the back-spasm stretches followed
 * by a neck routine of the app's own.
 *
 * The items keep their order, routine after routine; a stretch may appear once only, so routines
 * that share a stretch cannot be combined. The frequency is the overlap of every routine's
 * frequency (sessions a week, sessions a day); routines whose frequencies do not overlap cannot be
 * combined, and the issue names both. Benefits are those every routine names; companions are
 * merged in order, each once, leaving out the routines combined. Each routine is checked as
 * {@link validateRoutine} checks it. The routines are never mutated.
 *
 * @param routines - 1 or more routines, in the order they are to be done.
 * @param options - The combined routine's `id` and `name`, and the catalog.
 * @returns A fresh, deeply frozen routine, at most 100 items.
 * @throws {@link StretchKitError} with code `invalid_routine`, each issue's path starting at the
 * routine's index (e.g. `[1, "items", 0, "stretchId"]`), or `[]` for the whole list;
 * `invalid_options` or `invalid_catalog` for bad options.
 * @example
 * const seated = adaptRoutine(backSpasmRoutine, { position: "seated", id: "seated-back", name: "Seated back" });
 * const standing = adaptRoutine(backSpasmRoutine, { position: "standing", id: "standing-back", name: "Standing back" });
 * const both = combineRoutines([standing, seated], { id: "back-stand-first", name: "Back, standing first" });
 * both.items.map((item) => item.stretchId);
 * //=> ["quadriceps-stretch", "forward-roll", "sideways-reach", "spine-rotation", "gluteal-stretch"]
 * both.companions; //=> ["neck-spasm-exercises"]
 */
export function combineRoutines(routines: readonly Routine[], options: CombineRoutinesOptions): Routine {
  return refuseUnreadable("invalid_routine", "Invalid routines", () => {
    const { id, name, catalog } = readCombineOptions(options);
    const index = indexOrThrow(catalog);
    const list: unknown = routines;
    const fail = (issues: StretchKitIssue[]): never => {
      throw new StretchKitError("invalid_routine", issues, "Invalid routines");
    };
    if (!Array.isArray(list))
      return fail([{ path: [], code: "invalid_type", message: "expected an array of routines" }]);
    if (list.length === 0) return fail([{ path: [], code: "empty", message: "must hold at least one routine" }]);
    if (list.length > MAX_ROUTINE_ITEMS) {
      return fail([
        {
          path: [],
          code: "too_big",
          message: `must have at most ${MAX_ROUTINE_ITEMS} routines, as a routine has at most ${MAX_ROUTINE_ITEMS} items`,
        },
      ]);
    }
    const checked: Routine[] = [];
    const issues: StretchKitIssue[] = [];
    for (let i = 0; i < list.length; i++) {
      const result = checkRoutine(list[i], index);
      for (const issue of result.issues) issues.push({ ...issue, path: [i, ...issue.path] });
      if (result.routine !== null) checked.push(result.routine);
    }
    if (issues.length > 0) return fail(issues);

    const items: Routine["items"][number][] = [];
    const seen = new Map<string, readonly [number, number]>();
    checked.forEach((routine, i) => {
      routine.items.forEach((item, k) => {
        const first = seen.get(item.stretchId);
        if (first === undefined) seen.set(item.stretchId, [i, k]);
        else {
          issues.push({
            path: [i, "items", k, "stretchId"],
            code: "duplicate_item",
            message: `the stretch ${JSON.stringify(item.stretchId)} is already item ${first[1]} of routine ${first[0]} (${JSON.stringify((checked[first[0]] as Routine).id)}); a stretch appears once in a routine`,
          });
        }
        items.push(item);
      });
    });
    if (items.length > MAX_ROUTINE_ITEMS) {
      issues.push({
        path: [],
        code: "too_big",
        message: `the combined routine would have ${items.length} items; at most ${MAX_ROUTINE_ITEMS}`,
      });
    }
    const sessionsPerWeek = intersect(checked, "sessionsPerWeek", issues);
    const sessionsPerDay = intersect(checked, "sessionsPerDay", issues);
    const combinedIds = new Set<string>([id, ...checked.map((routine) => routine.id)]);
    const companions = [...new Set(checked.flatMap((routine) => routine.companions))].filter(
      (companion) => !combinedIds.has(companion),
    );
    if (companions.length > MAX_COMPANIONS) {
      issues.push({
        path: [],
        code: "too_big",
        message: `the combined routine would have ${companions.length} companions; at most ${MAX_COMPANIONS}`,
      });
    }
    if (issues.length > 0) return fail(issues);
    const benefits: Benefit[] = BENEFITS.filter((benefit) =>
      checked.every((routine) => routine.benefits.includes(benefit)),
    );
    return deepFreeze({
      id,
      name,
      benefits,
      items: items.map((item) => ({ ...item })),
      frequency: { sessionsPerWeek, sessionsPerDay },
      companions,
    });
  });
}
