import * as z from "zod/mini";
import { backSpasmRoutine } from "../catalog/back-spasm-routine.js";
import { type Catalog, catalogOf } from "../catalog/create-catalog.js";
import type { StretchKitIssue } from "../errors.js";
import { fail, issue, refuseUnreadable, safeParseWith } from "../internal/issues.js";
import { MAX_COMPANIONS, MAX_ROUTINE_ITEMS } from "../schema/bounds.js";
import {
  BENEFITS,
  benefitsSchema,
  holdSecondsSchema,
  idSchema,
  listOf,
  repetitionsSchema,
  type Side,
  sideSchema,
  textSchema,
} from "../schema/common.js";
import {
  companionsSchema,
  type Routine,
  type RoutineItem,
  sessionsPerDaySchema,
  sessionsPerWeekSchema,
  sidesSchema,
} from "../schema/routine.js";
import type { Benefit, BuiltInStretchId, Stretch } from "../schema/stretch.js";
import {
  checkCompanions,
  checkItems,
  field,
  type ItemFields,
  inDocumentOrder,
  listField,
  validFields,
} from "./check-routine.js";
import { makeRoutine } from "./make-routine.js";

/**
 * One item of a {@link RoutineSpec} given as an object: a stretch id and the choices that differ
 * from the stretch's defaults.
 *
 * @example
 * const item: RoutineSpecItem = { stretchId: "gluteal-stretch", repetitions: 4 };
 * item.stretchId; //=> "gluteal-stretch"
 * @category Compose
 */
export interface RoutineSpecItem<Id extends string = BuiltInStretchId> {
  /** The id of a stretch of the catalog. */
  readonly stretchId: Id;
  /** Repetitions on each side, 1 to 20. Default: the stretch's fewest. */
  readonly repetitions?: number | undefined;
  /** Seconds of each hold, 1 to 600. Default: the stretch's target hold. */
  readonly holdSeconds?: number | undefined;
  /** For a sided stretch: `"both"` (the default), `"left"` or `"right"`. Not for a stretch without sides. */
  readonly sides?: "both" | "left" | "right" | undefined;
  /** For a sided stretch done on both sides: the side done first. Default: `"left"`. */
  readonly firstSide?: Side | undefined;
}

/**
 * A short description of a routine for {@link composeRoutine}: ids and the choices that differ
 * from the defaults. `Id` is the union of the catalog's stretch ids, so that with the built-in
 * catalog a misspelled id does not compile.
 *
 * @example
 * const spec: RoutineSpec = { id: "my-routine", name: "My routine", items: ["forward-roll"] };
 * composeRoutine(spec).items[0]?.repetitions; //=> 3
 * @category Compose
 */
export interface RoutineSpec<Id extends string = BuiltInStretchId> {
  /** A kebab-case id for the routine, e.g. `office-stretches`. */
  readonly id: string;
  /** The name shown to a person. */
  readonly name: string;
  /** The stretches in order (1 to 100), each a bare id or a {@link RoutineSpecItem}. */
  readonly items: readonly (Id | RoutineSpecItem<Id>)[];
  /** What the routine is good for. Default: the benefits that every one of its stretches names. */
  readonly benefits?: readonly Benefit[] | undefined;
  /** How often to do it. Default, per field: the built-in routine's 3 to 4 a week and 1 to 3 a day. */
  readonly frequency?:
    | {
        /** Sessions a week, `{ min, max }` within 1 to 7. */
        readonly sessionsPerWeek?: Routine["frequency"]["sessionsPerWeek"] | undefined;
        /** Sessions on a day when the routine is done, `{ min, max }` within 1 to 10. */
        readonly sessionsPerDay?: Routine["frequency"]["sessionsPerDay"] | undefined;
      }
    | undefined;
  /** Ids of routines recommended alongside (references only), at most 20. Default: none. */
  readonly companions?: readonly string[] | undefined;
}

/**
 * The options of {@link composeRoutine}.
 *
 * @example
 * const options: ComposeRoutineOptions = { catalog: stretches };
 * composeRoutine({ id: "roll", name: "Roll", items: ["forward-roll"] }, options).items.length; //=> 1
 * @category Compose
 */
export interface ComposeRoutineOptions<Id extends string = BuiltInStretchId> {
  /** The stretches the spec's ids refer to, e.g. from `createCatalog`. Default: the built-in `stretches`. */
  readonly catalog?: Catalog<Id> | undefined;
}

const specSchema = /* @__PURE__ */ z.strictObject({
  id: idSchema,
  name: textSchema,
  items: /* @__PURE__ */ listOf(/* @__PURE__ */ z.unknown(), 1, MAX_ROUTINE_ITEMS),
  benefits: /* @__PURE__ */ z.optional(benefitsSchema),
  frequency: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      sessionsPerWeek: /* @__PURE__ */ z.optional(sessionsPerWeekSchema),
      sessionsPerDay: /* @__PURE__ */ z.optional(sessionsPerDaySchema),
    }),
  ),
  companions: /* @__PURE__ */ z.optional(companionsSchema),
});

const specItemSchema = /* @__PURE__ */ z.strictObject({
  stretchId: idSchema,
  repetitions: /* @__PURE__ */ z.optional(repetitionsSchema),
  holdSeconds: /* @__PURE__ */ z.optional(holdSecondsSchema),
  sides: /* @__PURE__ */ z.optional(sidesSchema),
  firstSide: /* @__PURE__ */ z.optional(sideSchema),
});

/** Reads one item of a spec: a bare id or an item object; its own issues go to `issues`. */
function readItem(entry: unknown, i: number, issues: StretchKitIssue[]): ItemFields {
  if (typeof entry === "string") {
    const id = safeParseWith(idSchema, entry, ["items", i]);
    if (id.ok) return { stretchId: id.value, index: i, bare: true };
    issues.push(...id.issues);
    return { index: i };
  }
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
    issues.push(issue(["items", i], "invalid_type", "expected a stretch id or an item object"));
    return { index: i };
  }
  const item = safeParseWith(specItemSchema, entry, ["items", i]);
  if (item.ok) return { ...item.value, index: i };
  issues.push(...item.issues);
  return validFields(entry, i);
}

/** Fills an item's defaults from its stretch. */
function fill(given: ItemFields, stretch: Stretch): RoutineItem {
  const sided = stretch.laterality.kind !== "none";
  const sides = sided ? (given.sides ?? "both") : undefined;
  return {
    stretchId: stretch.id,
    repetitions: given.repetitions ?? stretch.repetitions.min,
    holdSeconds: given.holdSeconds ?? stretch.hold.targetSeconds,
    sides,
    firstSide: given.firstSide ?? (sides === "both" ? "left" : undefined),
  };
}

/**
 * Builds a routine from a short spec: stretch ids, and only the choices that differ from the defaults.
 *
 * Each item is a stretch id, or `{ stretchId, repetitions?, holdSeconds?, sides?, firstSide? }`.
 * Defaults come from each stretch: repetitions are its fewest (3 for the built-ins, the low end of
 * the source's 3 to 4), the hold is its target (20 s for the built-ins), and a stretch with sides
 * is done on both, left first. The routine's benefits default to those every one of its stretches
 * names; its frequency to the built-in routine's (3 to 4 sessions a week, 1 to 3 a day); its
 * companions to none. Everything is checked as {@link validateRoutine} checks it, and every issue
 * is reported at once. The spec is never mutated.
 *
 * @param spec - The routine's id, name, items, and optionally benefits, frequency and companions.
 * @param options - The catalog; default the built-in stretches.
 * @returns A fresh, deeply frozen routine, valid for {@link validateRoutine} with the same catalog.
 * @throws {@link StretchKitError} with code `invalid_routine` listing every issue with its path in
 * the spec (e.g. `["items", 1]` for an unknown bare id, `["items", 2, "repetitions"]`);
 * `invalid_options` or `invalid_catalog` for bad options.
 * @example
 * const routine = composeRoutine({
 *   id: "hips-and-back",
 *   name: "Hips and back",
 *   items: ["forward-roll", { stretchId: "gluteal-stretch", repetitions: 4 }],
 * });
 * routine.items[0]; //=> { stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 }
 * routine.items[1];
 * //=> { stretchId: "gluteal-stretch", repetitions: 4, holdSeconds: 20, sides: "both", firstSide: "left" }
 * routine.frequency.sessionsPerWeek; //=> { min: 3, max: 4 }
 * @category Compose
 */
export function composeRoutine<Id extends string = BuiltInStretchId>(
  spec: RoutineSpec<NoInfer<Id>>,
  options?: ComposeRoutineOptions<Id>,
): Routine {
  return refuseUnreadable("invalid_routine", "Invalid routine", () => {
    const index = catalogOf(options);
    const parsed = safeParseWith(specSchema, spec);
    const issues: StretchKitIssue[] = parsed.ok ? [] : parsed.issues;
    const raw = parsed.ok ? parsed.value.items : listField(spec, "items", MAX_ROUTINE_ITEMS);
    const items = Array.from(raw, (entry, i) => readItem(entry, i, issues));
    const stretches = checkItems(items, index, issues, []);
    const companions = parsed.ok ? (parsed.value.companions ?? []) : listField(spec, "companions", MAX_COMPANIONS);
    checkCompanions(companions, parsed.ok ? parsed.value.id : field(spec, "id"), issues);
    if (!parsed.ok || issues.length > 0) {
      return fail("invalid_routine", inDocumentOrder(issues), "Invalid routine");
    }
    const { id, name, benefits, frequency } = parsed.value;
    const found = stretches as Stretch[];
    return makeRoutine({
      id,
      name,
      benefits: benefits ?? BENEFITS.filter((benefit) => found.every((stretch) => stretch.benefits.includes(benefit))),
      items: items.map((item, i) => fill(item, found[i] as Stretch)),
      frequency: {
        sessionsPerWeek: frequency?.sessionsPerWeek ?? backSpasmRoutine.frequency.sessionsPerWeek,
        sessionsPerDay: frequency?.sessionsPerDay ?? backSpasmRoutine.frequency.sessionsPerDay,
      },
      companions,
    } as Routine);
  });
}
