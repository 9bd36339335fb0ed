import { deepFreeze } from "../internal/freeze.js";
import { parseWith } from "../internal/issues.js";
import { type Stretch, StretchSchema } from "../schema/stretch.js";

/**
 * Validates a custom stretch and returns a frozen copy of it.
 *
 * The input may come from anywhere (a form, JSON from a server): it is checked against
 * {@link StretchSchema}, read once, never mutated, and unknown keys (`__proto__` and `constructor`
 * included) are refused. Use it for an app's own stretches; they then go wherever a built-in one goes.
 *
 * @param input - The stretch, as plain data.
 * @returns A deeply frozen copy of the stretch.
 * @throws {@link StretchKitError} with code `invalid_stretch` listing every issue with its path.
 * @example
 * const gentleRoll = defineStretch({
 *   ...getStretch("forward-roll"),
 *   id: "gentle-forward-roll",
 *   name: "Gentle forward roll",
 *   hold: { minSeconds: 10, targetSeconds: 15, maxSeconds: 30, endsOnUser: true },
 * });
 * Object.isFrozen(gentleRoll); //=> true
 * gentleRoll.hold.targetSeconds; //=> 15
 * @category Catalog
 */
export function defineStretch(input: unknown): Stretch {
  return deepFreeze(parseWith(StretchSchema, input, "invalid_stretch", "Invalid stretch"));
}
