import * as z from "zod/mini";
import { type CatalogIndex, indexOrThrow } from "../catalog/create-catalog.js";
import { deepFreeze } from "../internal/freeze.js";
import { type Parsed, parseWith, safeParseWith } from "../internal/issues.js";
import { MAX_CATALOG_STRETCHES } from "../schema/bounds.js";
import { idSchema, listOf, textSchema } from "../schema/common.js";
import type { Routine } from "../schema/routine.js";

/** The `catalog` option of every function that reads routines: checked by `indexCatalog`. */
export const catalogField = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown());

const catalogOptionsSchema = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ catalog: catalogField }));

const combineOptionsSchema = /* @__PURE__ */ z.strictObject({ id: idSchema, name: textSchema, catalog: catalogField });

const adaptOptionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({
    position: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["seated", "standing", "lying", "kneeling"])),
    exclude: /* @__PURE__ */ z.optional(/* @__PURE__ */ listOf(idSchema, 0, MAX_CATALOG_STRETCHES)),
    repetitions: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["min", "max"])),
    id: /* @__PURE__ */ z.optional(idSchema),
    name: /* @__PURE__ */ z.optional(textSchema),
    catalog: catalogField,
  }),
);

/** The options of a function that takes only `{ catalog }`; issues at their path in the options. */
export function readCatalogOptions(options: unknown): Parsed<{ readonly catalog?: unknown }> {
  const parsed = safeParseWith(catalogOptionsSchema, options);
  return parsed.ok ? { ok: true, value: parsed.value ?? {} } : parsed;
}

/** Parses `{ catalog }` options and indexes the catalog, or throws `invalid_options` / `invalid_catalog`. */
export function catalogOf(options: unknown): CatalogIndex {
  return indexOrThrow(parseWith(catalogOptionsSchema, options, "invalid_options", "Invalid options")?.catalog);
}

/** Parses the options of `combineRoutines`, or throws `invalid_options`. */
export function readCombineOptions(options: unknown): z.output<typeof combineOptionsSchema> {
  return parseWith(combineOptionsSchema, options, "invalid_options", "Invalid options");
}

/** Parses the options of `adaptRoutine`, or throws `invalid_options`. */
export function readAdaptOptions(options: unknown): NonNullable<z.output<typeof adaptOptionsSchema>> {
  return parseWith(adaptOptionsSchema, options, "invalid_options", "Invalid options") ?? {};
}

/**
 * A fresh, deeply frozen routine, its keys in the documented order and nothing else: what every
 * function that makes a routine returns.
 */
export function makeRoutine(routine: Routine): Routine {
  const { sessionsPerWeek, sessionsPerDay } = routine.frequency;
  return deepFreeze({
    id: routine.id,
    name: routine.name,
    benefits: [...routine.benefits],
    items: routine.items.map(({ stretchId, repetitions, holdSeconds, sides, firstSide }) => ({
      stretchId,
      repetitions,
      holdSeconds,
      sides,
      firstSide,
    })),
    frequency: { sessionsPerWeek: { ...sessionsPerWeek }, sessionsPerDay: { ...sessionsPerDay } },
    companions: [...routine.companions],
  });
}
