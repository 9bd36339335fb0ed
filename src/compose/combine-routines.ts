import * as z from "zod/mini";
import { type Catalog, type CatalogIndex, indexOrThrow } from "../catalog/create-catalog.js";
import type { IssueCode, StretchKitIssue } from "../errors.js";
import { fail, failWith, issue, parseWith, refuseUnreadable } from "../internal/issues.js";
import { MAX_COMPANIONS, MAX_ROUTINE_ITEMS } from "../schema/bounds.js";
import { BENEFITS, catalogField, idSchema, textSchema } from "../schema/common.js";
import type { Routine } from "../schema/routine.js";
import { checkRoutine } from "./check-routine.js";
import { makeRoutine } from "./make-routine.js";

const optionsSchema = /* @__PURE__ */ z.strictObject({ id: idSchema, name: textSchema, catalog: catalogField });

/**
 * The options of {@link combineRoutines}: the new routine's id and name, and the catalog.
 *
 * @example
 * const options: CombineRoutinesOptions = { id: "back-twice", name: "Back, twice" };
 * options.id; //=> "back-twice"
 * @category Compose
 */
export interface CombineRoutinesOptions {
  /** A kebab-case id for the combined routine. */
  readonly id: string;
  /** The name shown to a person. */
  readonly name: string;
  /** The stretches the routines' ids refer to, e.g. from `createCatalog`. Default: the built-in `stretches`. */
  readonly catalog?: Catalog | undefined;
}

type FrequencyKey = "sessionsPerWeek" | "sessionsPerDay";

const UNIT: Record<FrequencyKey, string> = { sessionsPerWeek: "a week", sessionsPerDay: "a day" };

/** The overlap of every routine's range for one frequency, or an issue naming two routines that do not overlap. */
function intersect(routines: readonly Routine[], key: FrequencyKey, issues: StretchKitIssue[]) {
  const rangeOf = (i: number) => (routines[i] as Routine).frequency[key];
  let low = 0;
  let high = 0;
  routines.forEach((routine, i) => {
    if (routine.frequency[key].min > rangeOf(low).min) low = i;
    if (routine.frequency[key].max < rangeOf(high).max) high = i;
  });
  const min = rangeOf(low).min;
  const max = rangeOf(high).max;
  if (min > max) {
    const [first, second] = low < high ? [low, high] : [high, low];
    const describe = (i: number): string => {
      const range = rangeOf(i);
      return `${JSON.stringify((routines[i] as Routine).id)} asks for ${range.min === range.max ? range.min : `${range.min} to ${range.max}`}`;
    };
    const message = `${describe(first)} ${rangeOf(first).max === 1 ? "session" : "sessions"} ${UNIT[key]} and ${describe(second)}: no number suits both`;
    issues.push(issue([second, "frequency", key], "conflict", message));
  }
  return { min, max };
}

/** Every routine of the list, checked, or throws `invalid_routine` with paths from the routine's index. */
function checkEach(list: unknown, index: CatalogIndex): Routine[] {
  const fail_ = (code: IssueCode, message: string): never =>
    failWith("invalid_routine", "Invalid routines", [], code, message);
  if (!Array.isArray(list)) return fail_("invalid_type", "expected an array of routines");
  if (list.length === 0) return fail_("empty", "must hold at least one routine");
  if (list.length > MAX_ROUTINE_ITEMS) {
    return fail_(
      "too_big",
      `must have at most ${MAX_ROUTINE_ITEMS} routines, as a routine has at most ${MAX_ROUTINE_ITEMS} items`,
    );
  }
  const issues: StretchKitIssue[] = [];
  const routines = Array.from(list as unknown[], (input, i) => {
    const checked = checkRoutine(input, index);
    for (const issue of checked.issues) issues.push({ ...issue, path: [i, ...issue.path] });
    return checked.routine as Routine;
  });
  return issues.length > 0 ? fail("invalid_routine", issues, "Invalid routines") : routines;
}

/** The items of every routine in order, with an issue for a stretch that two routines share. */
function joinItems(routines: readonly Routine[], issues: StretchKitIssue[]): Routine["items"][number][] {
  const seen = new Map<string, readonly [number, number]>();
  return routines.flatMap((routine, i) =>
    routine.items.map((item, k) => {
      const first = seen.get(item.stretchId);
      if (first === undefined) seen.set(item.stretchId, [i, k]);
      else {
        const message = `the stretch ${JSON.stringify(item.stretchId)} is already item ${first[1]} of routine ${first[0]} (${JSON.stringify((routines[first[0]] as Routine).id)}); a stretch appears once in a routine`;
        issues.push(issue([i, "items", k, "stretchId"], "duplicate_item", message));
      }
      return item;
    }),
  );
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
 * @category Compose
 */
export function combineRoutines(routines: readonly Routine[], options: CombineRoutinesOptions): Routine {
  return refuseUnreadable("invalid_routine", "Invalid routines", () => {
    const { id, name, catalog } = parseWith(optionsSchema, options, "invalid_options", "Invalid options");
    const checked = checkEach(routines, indexOrThrow(catalog));
    const issues: StretchKitIssue[] = [];
    const items = joinItems(checked, issues);
    const atMost = (what: string, count: number, max: number): void => {
      if (count > max)
        issues.push(issue([], "too_big", `the combined routine would have ${count} ${what}; at most ${max}`));
    };
    atMost("items", items.length, MAX_ROUTINE_ITEMS);
    const sessionsPerWeek = intersect(checked, "sessionsPerWeek", issues);
    const sessionsPerDay = intersect(checked, "sessionsPerDay", issues);
    const combined = new Set<string>([id, ...checked.map((routine) => routine.id)]);
    const companions = [...new Set(checked.flatMap((routine) => routine.companions))].filter(
      (companion) => !combined.has(companion),
    );
    atMost("companions", companions.length, MAX_COMPANIONS);
    if (issues.length > 0) fail("invalid_routine", issues, "Invalid routines");
    const benefits = BENEFITS.filter((benefit) => checked.every((routine) => routine.benefits.includes(benefit)));
    return makeRoutine({ id, name, benefits, items, frequency: { sessionsPerWeek, sessionsPerDay }, companions });
  });
}
