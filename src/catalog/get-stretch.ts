import { fail, issue, refuseUnreadable } from "../internal/issues.js";
import { BUILT_IN_STRETCH_IDS, type BuiltInStretchId, type Stretch } from "../schema/stretch.js";
import type { Catalog } from "./create-catalog.js";
import { type BuiltInStretch, stretches } from "./stretches.js";

/**
 * Whether a value is the id of a built-in stretch: for ids that arrive as plain strings (a
 * `<select>`, a URL), so that they can go where a {@link BuiltInStretchId} is expected without a cast.
 *
 * @param value - Anything, e.g. a route parameter.
 * @returns Whether `value` is one of the five built-in ids.
 * @example
 * const fromUrl: string = "spine-rotation";
 * if (isBuiltInStretchId(fromUrl)) getStretch(fromUrl).position; //=> "seated"
 * isBuiltInStretchId("neck-roll"); //=> false
 * @category Catalog
 */
export function isBuiltInStretchId(value: unknown): value is BuiltInStretchId {
  return (BUILT_IN_STRETCH_IDS as readonly unknown[]).includes(value);
}

/**
 * Looks up a built-in stretch by its id.
 *
 * @param id - One of the {@link BuiltInStretchId}s; a misspelled literal does not compile.
 * @returns The frozen stretch.
 * @throws {@link StretchKitError} with code `unknown_stretch`, naming the known ids, when the id
 * is not a built-in one (e.g. an id that came from outside TypeScript).
 * @example
 * getStretch("quadriceps-stretch").position; //=> "standing"
 * @category Catalog
 */
export function getStretch(id: BuiltInStretchId): BuiltInStretch {
  for (const stretch of stretches) if (stretch.id === id) return stretch;
  const shown =
    typeof id === "string"
      ? JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id)
      : `a value of type ${id === null ? "null" : typeof id}`;
  const message = `${shown} is not a built-in stretch; the known ids are ${BUILT_IN_STRETCH_IDS.join(", ")}`;
  return fail("unknown_stretch", [issue([], "unknown_stretch", message)], "Unknown stretch");
}

/**
 * Looks up a stretch of a catalog by an id that arrived as a plain string, typed with the
 * catalog's own ids, so that an app needs no cast: `found.id` is one of the catalog's ids.
 *
 * @param catalog - A catalog from `createCatalog`, or the built-in `stretches`.
 * @param id - Any value, e.g. from a form.
 * @returns The stretch with that id, or `undefined`.
 * @example
 * const catalog = createCatalog([defineStretch({ ...getStretch("forward-roll"), id: "desk-roll", name: "Desk roll" })]);
 * const chosen: string = "desk-roll";
 * const found = findStretch(catalog, chosen);
 * found?.name; //=> "Desk roll"
 * findStretch(stretches, "neck-roll"); //=> undefined
 * @category Catalog
 */
export function findStretch<Id extends string>(catalog: Catalog<Id>, id: unknown): Catalog<Id>[number] | undefined {
  return refuseUnreadable("invalid_catalog", "Invalid catalog", () =>
    Array.isArray(catalog) ? catalog.find((stretch: Stretch | undefined) => stretch?.id === id) : undefined,
  );
}
