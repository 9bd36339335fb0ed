import * as z from "zod/mini";
import { type CatalogIndex, indexCatalog } from "../catalog/create-catalog.js";
import { StretchKitError } from "../errors.js";
import { type ParseResult, safeParseWith } from "../internal/issues.js";
import { idSchema, MAX_CATALOG_STRETCHES, textSchema } from "../schema/common.js";
import { bounded } from "../schema/routine.js";

const catalogField = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown());

const catalogOptionsSchema = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ catalog: catalogField }));

const combineOptionsSchema = /* @__PURE__ */ z.strictObject({
  id: idSchema,
  name: textSchema,
  catalog: catalogField,
});

const adaptOptionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({
    position: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["seated", "standing"])),
    exclude: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ bounded(
        MAX_CATALOG_STRETCHES,
        /* @__PURE__ */ z.array(idSchema).check(/* @__PURE__ */ z.maxLength(MAX_CATALOG_STRETCHES)),
      ),
    ),
    repetitions: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["min", "max"])),
    id: /* @__PURE__ */ z.optional(idSchema),
    name: /* @__PURE__ */ z.optional(textSchema),
    catalog: catalogField,
  }),
);

/** The options of a function that takes only `{ catalog }`; issues at their path in the options. */
export function readOptions(options: unknown): ParseResult<{ readonly catalog?: unknown }> {
  const parsed = safeParseWith(catalogOptionsSchema, options);
  return parsed.ok ? { ok: true, value: parsed.value ?? {} } : parsed;
}

/** The parsed options of `combineRoutines`. */
export type CombineOptions = z.output<typeof combineOptionsSchema>;

/** The parsed options of `adaptRoutine`. */
export type AdaptOptions = NonNullable<z.output<typeof adaptOptionsSchema>>;

/** Parses the options of `combineRoutines`, or throws `invalid_options`. */
export function readCombineOptions(options: unknown): CombineOptions {
  const parsed = safeParseWith(combineOptionsSchema, options);
  if (!parsed.ok) throw new StretchKitError("invalid_options", parsed.issues, "Invalid options");
  return parsed.value;
}

/** Parses the options of `adaptRoutine`, or throws `invalid_options`. */
export function readAdaptOptions(options: unknown): AdaptOptions {
  const parsed = safeParseWith(adaptOptionsSchema, options);
  if (!parsed.ok) throw new StretchKitError("invalid_options", parsed.issues, "Invalid options");
  return parsed.value ?? {};
}

/** Parses `{ catalog }` options and indexes the catalog, or throws `invalid_options` / `invalid_catalog`. */
export function catalogOf(options: unknown): CatalogIndex {
  const parsed = readOptions(options);
  if (!parsed.ok) throw new StretchKitError("invalid_options", parsed.issues, "Invalid options");
  return indexOrThrow(parsed.value.catalog);
}

/** Indexes a catalog, or throws `invalid_catalog` with issues under `["catalog", ...]`. */
export function indexOrThrow(catalog: unknown): CatalogIndex {
  const index = indexCatalog(catalog);
  if (!index.ok) throw new StretchKitError("invalid_catalog", index.issues, "Invalid catalog");
  return index.value;
}
