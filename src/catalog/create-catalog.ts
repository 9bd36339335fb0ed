import * as z from "zod/mini";
import type { IssuePathKey, StretchKitIssue } from "../errors.js";
import { deepFreeze } from "../internal/freeze.js";
import {
  fail,
  issue,
  type Parsed,
  parseWith,
  refuseUnreadable,
  safeParseWith,
  unreadableIssue,
} from "../internal/issues.js";
import { MAX_CATALOG_STRETCHES } from "../schema/bounds.js";
import { catalogField } from "../schema/common.js";
import { type BuiltInStretchId, type Stretch, StretchSchema } from "../schema/stretch.js";
import { stretches } from "./stretches.js";

/**
 * A stretch catalog: the stretches a routine's ids refer to, as a readonly array of plain data.
 * `Id` is the union of its ids: {@link BuiltInStretchId} for the built-in `stretches`, so that a
 * routine spec naming an unknown built-in id does not compile; `string` for a catalog that holds
 * stretches from `defineStretch`.
 *
 * @example
 * const builtIn: Catalog<BuiltInStretchId> = stretches;
 * builtIn.length; //=> 5
 * @category Catalog
 */
export type Catalog<Id extends string = string> = readonly (Stretch & {
  /** The stretch's id: one of the catalog's ids. */
  readonly id: Id;
})[];

/**
 * The options of {@link createCatalog}.
 *
 * @example
 * const options: CreateCatalogOptions<false> = { builtIns: false };
 * options.builtIns; //=> false
 * @category Catalog
 */
export interface CreateCatalogOptions<BuiltIns extends boolean = boolean> {
  /** Whether the catalog starts with the five built-in stretches. Default: `true`. */
  readonly builtIns?: BuiltIns | undefined;
}

const optionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({ builtIns: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()) }),
);

/** A catalog's stretches by id: plain, frozen copies, each checked against `StretchSchema`. */
export type CatalogIndex = ReadonlyMap<string, Stretch>;

/** The built-in stretches by id, made on first use (they are ours: frozen, and tested against the schema). */
let builtInIndex: CatalogIndex | undefined;

function builtIns(): CatalogIndex {
  builtInIndex ??= new Map(stretches.map((stretch) => [stretch.id, stretch]));
  return builtInIndex;
}

/**
 * Reads a list of stretches into an index, each parsed once into a frozen copy: issues at
 * `[...prefix, i]` for a stretch that fails the schema or repeats an id of `index`.
 */
function readStretches(
  list: readonly unknown[],
  index: Map<string, Stretch>,
  prefix: readonly IssuePathKey[],
): StretchKitIssue[] {
  const issues: StretchKitIssue[] = [];
  for (let i = 0; i < list.length; i++) {
    const parsed = safeParseWith(StretchSchema, list[i], [...prefix, i]);
    if (!parsed.ok) issues.push(...parsed.issues);
    else if (index.has(parsed.value.id)) {
      const builtIn = builtIns().get(parsed.value.id) === index.get(parsed.value.id);
      const message = `the id ${JSON.stringify(parsed.value.id)} is already used by ${builtIn ? "a built-in stretch" : "another stretch of the catalog"}`;
      issues.push(issue([...prefix, i, "id"], "duplicate_id", message));
    } else index.set(parsed.value.id, deepFreeze(parsed.value));
  }
  return issues;
}

/** The issue of a catalog that is not an array of 1 to 1,000 stretches, or `null`. */
function shapeIssue(list: unknown, path: readonly IssuePathKey[], builtInCount = 0): StretchKitIssue | null {
  if (!Array.isArray(list)) return issue(path, "invalid_type", "expected an array of stretches");
  const total = list.length + builtInCount;
  if (total === 0) return issue(path, "empty", "must hold at least one stretch");
  if (total <= MAX_CATALOG_STRETCHES) return null;
  const withBuiltIns = builtInCount > 0 ? ` with the ${builtInCount} built-in ones` : "";
  const message = `a catalog holds at most ${MAX_CATALOG_STRETCHES} stretches; this one would hold ${total}${withBuiltIns}`;
  return issue(path, "too_big", message);
}

/**
 * Checks a catalog given in a function's options (issues under `["catalog", ...]`) and indexes it
 * by id; `undefined` or the built-in `stretches` is the built-in catalog. Never throws.
 */
export function indexCatalog(catalog: unknown): Parsed<CatalogIndex> {
  if (catalog === undefined || catalog === stretches) return { ok: true, value: builtIns() };
  try {
    const issue = shapeIssue(catalog, ["catalog"]);
    if (issue !== null) return { ok: false, issues: [issue] };
    const index = new Map<string, Stretch>();
    const issues = readStretches(catalog as readonly unknown[], index, ["catalog"]);
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: index };
  } catch {
    // Plain data never gets here: only a catalog whose reading throws (a getter, a Proxy).
    return { ok: false, issues: [unreadableIssue(["catalog"])] };
  }
}

/** The options of a function that takes only `{ catalog }`: the catalog is checked by {@link indexCatalog}. */
export const catalogOptionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({ catalog: catalogField }),
);

/** Parses `{ catalog }` options and indexes the catalog, or throws `invalid_options` / `invalid_catalog`. */
export function catalogOf(options: unknown): CatalogIndex {
  return indexOrThrow(parseWith(catalogOptionsSchema, options, "invalid_options", "Invalid options")?.catalog);
}

/** {@link indexCatalog}, or throws `invalid_catalog`. */
export function indexOrThrow(catalog: unknown): CatalogIndex {
  const index = indexCatalog(catalog);
  return index.ok ? index.value : fail("invalid_catalog", index.issues, "Invalid catalog");
}

/**
 * Builds a stretch catalog: the built-in stretches followed by an app's own, checked and frozen.
 *
 * Each custom stretch is checked against `StretchSchema` and copied (only its data: a getter is
 * read once, never kept); an id used twice, or the id of a built-in stretch, is an error. Pass the
 * catalog as `{ catalog }` to the functions that read routines.
 *
 * @param custom - The app's own stretches, e.g. from `defineStretch`; at most 1,000 in all.
 * @param options - `builtIns: false` for a catalog of the custom stretches only.
 * @returns A frozen array: the built-ins in the source's order (unless left out), then `custom` in order.
 * @throws {@link StretchKitError} with code `invalid_catalog`, listing every issue with its path
 * in `custom` (e.g. `[1, "id"]` for a duplicate id), or `invalid_options` for bad options.
 * @example
 * // An illustrative placeholder: a shorter hold of the source's forward roll.
 * const gentleRoll = defineStretch({
 *   ...getStretch("forward-roll"),
 *   id: "gentle-forward-roll",
 *   name: "Gentle forward roll",
 *   hold: { minSeconds: 10, targetSeconds: 15, maxSeconds: 30, endsOnUser: true },
 * });
 * const catalog = createCatalog([gentleRoll]);
 * catalog.map((stretch) => stretch.id).slice(4);
 * //=> ["quadriceps-stretch", "gentle-forward-roll"]
 * createCatalog([gentleRoll], { builtIns: false }).length; //=> 1
 * @category Catalog
 */
export function createCatalog<const Custom extends readonly Stretch[], BuiltIns extends boolean = true>(
  custom: Custom,
  options?: CreateCatalogOptions<BuiltIns>,
): Catalog<(BuiltIns extends false ? never : BuiltInStretchId) | Custom[number]["id"]> {
  return refuseUnreadable("invalid_catalog", "Invalid catalog", () => {
    const withBuiltIns =
      parseWith(optionsSchema, options, "invalid_options", "Invalid catalog options")?.builtIns ?? true;
    const issue = shapeIssue(custom, [], withBuiltIns ? stretches.length : 0);
    if (issue !== null) fail("invalid_catalog", [issue], "Invalid catalog");
    const index = new Map<string, Stretch>(withBuiltIns ? builtIns() : []);
    const issues = readStretches(custom, index, []);
    if (issues.length > 0) fail("invalid_catalog", issues, "Invalid catalog");
    return Object.freeze([...index.values()]) as Catalog<
      (BuiltIns extends false ? never : BuiltInStretchId) | Custom[number]["id"]
    >;
  });
}
