import { StretchKitError } from "../errors.js";
import { type BuiltInStretch, type BuiltInStretchId, stretches } from "./stretches.js";

/**
 * Looks up a built-in stretch by its id.
 *
 * @param id - One of the {@link BuiltInStretchId}s; a misspelled literal does not compile.
 * @returns The frozen stretch.
 * @throws {@link StretchKitError} with code `unknown_stretch`, naming the known ids, when the id
 * is not a built-in one (e.g. an id that came from outside TypeScript).
 * @example
 * getStretch("quadriceps-stretch").position; //=> "standing"
 */
export function getStretch(id: BuiltInStretchId): BuiltInStretch {
  for (const stretch of stretches) if (stretch.id === id) return stretch;
  const known = stretches.map((stretch) => stretch.id).join(", ");
  throw new StretchKitError(
    "unknown_stretch",
    [
      {
        path: [],
        code: "unknown_stretch",
        message: `${describeId(id)} is not a built-in stretch; the known ids are ${known}`,
      },
    ],
    "Unknown stretch",
  );
}

function describeId(id: unknown): string {
  return typeof id === "string"
    ? JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id)
    : `a value of type ${id === null ? "null" : typeof id}`;
}
