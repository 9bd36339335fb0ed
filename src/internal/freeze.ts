/**
 * A type whose every object and array, at any depth, is readonly: what stretchkit hands out.
 * Internal: the public types are written with it, but it is not exported.
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * Freezes a fresh plain-data value and everything inside it, in place, and returns it. A key whose
 * value is `undefined` (an optional field left out, as a schema's parse keeps it) is deleted first,
 * so that outputs hold only the keys they document. Only for values stretchkit made itself.
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (record[key] === undefined && !Array.isArray(value)) delete record[key];
      else deepFreeze(record[key]);
    }
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}
