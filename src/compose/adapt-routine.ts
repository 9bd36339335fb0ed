import * as z from "zod/mini";
import { type Catalog, indexOrThrow } from "../catalog/create-catalog.js";
import type { StretchKitIssue } from "../errors.js";
import { fail, failWith, issue, parseWith, refuseUnreadable } from "../internal/issues.js";
import { MAX_CATALOG_STRETCHES } from "../schema/bounds.js";
import { catalogField, idSchema, listOf, textSchema } from "../schema/common.js";
import type { Routine } from "../schema/routine.js";
import type { BuiltInStretchId, Position } from "../schema/stretch.js";
import { readRoutine } from "./check-routine.js";
import { makeRoutine } from "./make-routine.js";

const optionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({
    position: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["seated", "standing", "lying", "kneeling"])),
    exclude: /* @__PURE__ */ z.optional(/* @__PURE__ */ listOf(idSchema, 0, MAX_CATALOG_STRETCHES)),
    repetitions: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["min", "max"])),
    id: /* @__PURE__ */ z.optional(idSchema),
    name: /* @__PURE__ */ z.optional(textSchema),
    catalog: catalogField,
  }),
);

/**
 * The options of {@link adaptRoutine}: which stretches to keep, the dose, and the catalog.
 * `Id` is the union of the catalog's stretch ids, so that with the built-in catalog a misspelled
 * id in `exclude` does not compile.
 *
 * @example
 * const options: AdaptRoutineOptions = { position: "seated", exclude: ["spine-rotation"] };
 * adaptRoutine(backSpasmRoutine, options).items.length; //=> 3
 * @category Compose
 */
export interface AdaptRoutineOptions<Id extends string = BuiltInStretchId> {
  /** Keep only the stretches done in this position, e.g. `"seated"` (at a desk). */
  readonly position?: Position | undefined;
  /** Ids of stretches to leave out, e.g. one that hurts; ids the routine does not hold are ignored. */
  readonly exclude?: readonly NoInfer<Id>[] | undefined;
  /** Give every stretch its fewest (`"min"`) or its most (`"max"`) repetitions; default: keep each item's. */
  readonly repetitions?: "min" | "max" | undefined;
  /**
   * The variant's id. Default: the routine's, so that its records match a plan of the routine (which
   * measures them against its own, fuller dose: plan the variant itself to count its sessions in full).
   */
  readonly id?: string | undefined;
  /** The variant's name. Default: the routine's. */
  readonly name?: string | undefined;
  /** The stretches the routine's ids refer to, e.g. from `createCatalog`. Default: the built-in `stretches`. */
  readonly catalog?: Catalog<Id> | undefined;
}

/**
 * Makes a variant of a routine: seated only (at a desk), without a stretch that hurts, shortest or fullest.
 *
 * `position: "seated"` keeps the stretches done sitting, so the built-in routine keeps its four
 * seated stretches and drops the quadriceps stretch, which is done standing (a custom stretch may
 * also be done `"lying"` or `"kneeling"`). `exclude` drops stretches by id. `repetitions: "min"` or
 * `"max"` sets every stretch's repetitions to its fewest or its most (3 or 4 for the built-ins).
 * Everything else (order, holds, sides, frequency, benefits, companions; the id and name unless
 * given) is kept. The routine is checked as {@link validateRoutine} checks it and is never mutated.
 *
 * @param routine - The routine to adapt, e.g. `backSpasmRoutine`.
 * @param options - The position to keep, ids to exclude, the dose, a new id and name, the catalog.
 * @returns A fresh, deeply frozen routine with the kept items in their order.
 * @throws {@link StretchKitError} with code `invalid_options` for bad options, an `exclude` id
 * that is not in the catalog (`unknown_stretch`) or a choice that leaves no stretch (`empty`);
 * `invalid_routine` for a routine that {@link validateRoutine} refuses; `invalid_catalog`.
 * @example
 * const office = adaptRoutine(backSpasmRoutine, { position: "seated" });
 * office.items.map((item) => item.stretchId);
 * //=> ["forward-roll", "sideways-reach", "spine-rotation", "gluteal-stretch"]
 *
 * const gentle = adaptRoutine(backSpasmRoutine, { exclude: ["spine-rotation"], repetitions: "max" });
 * gentle.items.map((item) => `${item.stretchId} x${item.repetitions}`);
 * //=> ["forward-roll x4", "sideways-reach x4", "gluteal-stretch x4", "quadriceps-stretch x4"]
 * @category Compose
 */
export function adaptRoutine<Id extends string = BuiltInStretchId>(
  routine: Routine,
  options?: AdaptRoutineOptions<Id>,
): Routine {
  return refuseUnreadable("invalid_routine", "Invalid routine", () => {
    const {
      position,
      exclude = [],
      repetitions,
      id,
      name,
      catalog,
    } = parseWith(optionsSchema, options, "invalid_options", "Invalid options") ?? {};
    const index = indexOrThrow(catalog);
    const unknown: StretchKitIssue[] = [];
    exclude.forEach((stretchId, j) => {
      if (index.has(stretchId)) return;
      unknown.push(
        issue(["exclude", j], "unknown_stretch", `${JSON.stringify(stretchId)} is not a stretch of the catalog`),
      );
    });
    if (unknown.length > 0) fail("invalid_options", unknown, "Invalid options");
    const { routine: source, items } = readRoutine(routine, index);
    const inPosition = items.filter(({ stretch }) => position === undefined || stretch.position === position);
    const kept = inPosition.filter(({ item }) => !exclude.includes(item.stretchId));
    if (kept.length === 0) {
      const byPosition = inPosition.length === 0;
      const message = byPosition
        ? `no stretch of ${JSON.stringify(source.id)} is done ${position}`
        : `leaves no stretch of ${JSON.stringify(source.id)}: every one is excluded`;
      failWith("invalid_options", "Invalid options", [byPosition ? "position" : "exclude"], "empty", message);
    }
    const newId = id ?? source.id;
    return makeRoutine({
      ...source,
      id: newId,
      name: name ?? source.name,
      items: kept.map(({ item, stretch }) =>
        repetitions === undefined ? item : { ...item, repetitions: stretch.repetitions[repetitions] },
      ),
      companions: source.companions.filter((companion) => companion !== newId),
    });
  });
}
