import * as z from "zod/mini";
import { StretchKitError, type StretchKitIssue } from "../errors.js";
import { deepFreeze, isDeepFrozen } from "../internal/freeze.js";
import { parseWith, refuseUnreadable, safeParseWith, unreadableIssue } from "../internal/issues.js";
import { MAX_CATALOG_STRETCHES } from "../schema/common.js";
import { type Stretch, StretchSchema } from "../schema/stretch.js";
import { type BuiltInStretchId, stretches } from "./stretches.js";

/** At most this many stretches in one catalog (from `schema/common.ts`, where the bounds live). */
export { MAX_CATALOG_STRETCHES };

/**
 * A stretch catalog: the stretches a routine's ids refer to, as a readonly array of plain data.
 * `Id` is the union of its ids: {@link BuiltInStretchId} for the built-in `stretches`, so that a
 * routine spec naming an unknown built-in id does not compile; `string` for a catalog that holds
 * stretches from `defineStretch`.
 *
 * @example
 * const builtIn: Catalog<BuiltInStretchId> = stretches;
 * builtIn.length; //=> 5
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
 */
export interface CreateCatalogOptions<BuiltIns extends boolean = boolean> {
  /** Whether the catalog starts with the five built-in stretches. Default: `true`. */
  readonly builtIns?: BuiltIns | undefined;
}

const optionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({ builtIns: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()) }),
);

/** A catalog's stretches by id, checked once. */
export type CatalogIndex = ReadonlyMap<string, Stretch>;

type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: StretchKitIssue[] };

/*
 * Catalogs that cannot change (frozen arrays of deeply frozen stretches, as `createCatalog` returns
 * them) are checked once and remembered with their index; so are such stretches, one by one.
 */
const indexes: WeakMap<object, CatalogIndex> = /* @__PURE__ */ new WeakMap();
const trusted: WeakSet<object> = /* @__PURE__ */ new WeakSet();
let builtInIndex: CatalogIndex | undefined;

/** The index of the built-in stretches, built on first use; they are frozen and tested against the schema. */
function builtIns(): CatalogIndex {
  if (builtInIndex === undefined) {
    builtInIndex = new Map(stretches.map((stretch) => [stretch.id, stretch]));
    for (const stretch of stretches) trusted.add(stretch);
  }
  return builtInIndex;
}

/** Checks one stretch (once, if it cannot change) and returns it, or pushes its issues. */
function checkStretch(entry: unknown, path: readonly (string | number)[], issues: StretchKitIssue[]): Stretch | null {
  if (typeof entry === "object" && entry !== null && trusted.has(entry)) return entry as Stretch;
  const parsed = safeParseWith(StretchSchema, entry, path);
  if (!parsed.ok) {
    issues.push(...parsed.issues);
    return null;
  }
  if (isDeepFrozen(entry)) {
    trusted.add(entry as object);
    return entry as Stretch;
  }
  return deepFreeze(parsed.value);
}

function tooMany(path: readonly (string | number)[], count: number, builtIns = 0): StretchKitIssue {
  const withBuiltIns = builtIns > 0 ? ` with the ${builtIns} built-in ones` : "";
  return {
    path,
    code: "too_big",
    message: `a catalog holds at most ${MAX_CATALOG_STRETCHES} stretches; this one would hold ${count}${withBuiltIns}`,
  };
}

function duplicate(path: readonly (string | number)[], id: string, builtIn: boolean): StretchKitIssue {
  return {
    path: [...path, "id"],
    code: "duplicate_id",
    message: `the id ${JSON.stringify(id)} is already used by ${builtIn ? "a built-in stretch" : "another stretch of the catalog"}`,
  };
}

/**
 * Checks a catalog given in a function's options (issues under `["catalog", ...]`) and indexes it
 * by id; `undefined` is the built-in catalog. Never throws.
 */
export function indexCatalog(catalog: unknown): Result<CatalogIndex> {
  try {
    return readCatalog(catalog);
  } catch {
    // Plain data never gets here: only a catalog whose reading throws (a getter, a Proxy).
    return { ok: false, issues: [unreadableIssue(["catalog"])] };
  }
}

/** {@link indexCatalog}, except that a catalog whose reading throws throws. */
function readCatalog(catalog: unknown): Result<CatalogIndex> {
  if (catalog === undefined || catalog === stretches) return { ok: true, value: builtIns() };
  if (typeof catalog === "object" && catalog !== null) {
    const known = indexes.get(catalog);
    if (known !== undefined) return { ok: true, value: known };
  }
  if (!Array.isArray(catalog)) {
    return {
      ok: false,
      issues: [{ path: ["catalog"], code: "invalid_type", message: "expected an array of stretches" }],
    };
  }
  if (catalog.length === 0) {
    return { ok: false, issues: [{ path: ["catalog"], code: "empty", message: "must hold at least one stretch" }] };
  }
  if (catalog.length > MAX_CATALOG_STRETCHES) return { ok: false, issues: [tooMany(["catalog"], catalog.length)] };
  builtIns();
  const index = new Map<string, Stretch>();
  const issues: StretchKitIssue[] = [];
  let frozen = Object.isFrozen(catalog);
  for (let i = 0; i < catalog.length; i++) {
    const entry: unknown = catalog[i];
    const stretch = checkStretch(entry, ["catalog", i], issues);
    if (stretch === null) continue;
    if (stretch !== entry) frozen = false;
    if (index.has(stretch.id)) issues.push(duplicate(["catalog", i], stretch.id, false));
    else index.set(stretch.id, stretch);
  }
  if (issues.length > 0) return { ok: false, issues };
  if (frozen) indexes.set(catalog, index);
  return { ok: true, value: index };
}

/**
 * Builds a stretch catalog: the built-in stretches followed by an app's own, checked and frozen.
 *
 * Each custom stretch is checked against `StretchSchema` (a stretch from `defineStretch` is
 * already checked, and is kept as it is); an id used twice, or the id of a built-in stretch, is
 * an error. The catalog is a frozen array of plain data, remembered so that every composer
 * function looks its stretches up without checking them again. Pass it as `{ catalog }`.
 *
 * @param custom - The app's own stretches, e.g. from `defineStretch`; at most 1,000 in all.
 * @param options - `builtIns: false` for a catalog of the custom stretches only.
 * @returns A frozen array: the built-ins in seed order (unless left out), then `custom` in order.
 * @throws {@link StretchKitError} with code `invalid_catalog`, listing every issue with its path
 * in `custom` (e.g. `[1, "id"]` for a duplicate id).
 * @example
 * // An illustrative placeholder: a shorter hold of the seed's forward roll.
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
 */
export function createCatalog<const Custom extends readonly Stretch[], BuiltIns extends boolean = true>(
  custom: Custom,
  options?: CreateCatalogOptions<BuiltIns>,
): Catalog<(BuiltIns extends false ? never : BuiltInStretchId) | Custom[number]["id"]> {
  return refuseUnreadable("invalid_catalog", "Invalid catalog", () => {
    const list: unknown = custom;
    const withBuiltIns = readBuiltInsOption(options);
    if (!Array.isArray(list)) {
      throw new StretchKitError(
        "invalid_catalog",
        [{ path: [], code: "invalid_type", message: "expected an array of stretches" }],
        "Invalid catalog",
      );
    }
    const builtInCount = withBuiltIns ? stretches.length : 0;
    const total = list.length + builtInCount;
    if (total > MAX_CATALOG_STRETCHES) {
      throw new StretchKitError("invalid_catalog", [tooMany([], total, builtInCount)], "Invalid catalog");
    }
    if (total === 0) {
      throw new StretchKitError(
        "invalid_catalog",
        [{ path: [], code: "empty", message: "must hold at least one stretch" }],
        "Invalid catalog",
      );
    }
    const builtInIds = builtIns();
    const out: Stretch[] = withBuiltIns ? [...stretches] : [];
    const index = new Map<string, Stretch>(withBuiltIns ? builtInIds : []);
    const issues: StretchKitIssue[] = [];
    for (let i = 0; i < list.length; i++) {
      const stretch = checkStretch(list[i], [i], issues);
      if (stretch === null) continue;
      if (index.has(stretch.id)) {
        issues.push(duplicate([i], stretch.id, withBuiltIns && builtInIds.has(stretch.id)));
        continue;
      }
      trusted.add(stretch);
      index.set(stretch.id, stretch);
      out.push(stretch);
    }
    if (issues.length > 0) throw new StretchKitError("invalid_catalog", issues, "Invalid catalog");
    const catalog = Object.freeze(out);
    indexes.set(catalog, index);
    return catalog as Catalog<(BuiltIns extends false ? never : BuiltInStretchId) | Custom[number]["id"]>;
  });
}

function readBuiltInsOption(options: unknown): boolean {
  const parsed = parseWith(optionsSchema, options, "invalid_options", "Invalid catalog options");
  return parsed?.builtIns ?? true;
}
