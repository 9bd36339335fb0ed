import * as z from "zod/mini";

/** Lower-case letters and digits in words joined by single hyphens, e.g. `forward-roll`. */
export const SLUG_PATTERN: RegExp = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** At most this many characters in any text (a name, a step, a note). */
export const MAX_TEXT_LENGTH = 1000;

/** At most this many steps in a stretch's setup or movement. */
export const MAX_STEPS = 20;

/** The bounds on repetitions of one stretch, in any stretch or routine. */
export const REPETITION_BOUNDS = { min: 1, max: 20 } as const;

/** The bounds on one hold, in seconds, in any stretch or routine. */
export const HOLD_SECONDS_BOUNDS = { min: 1, max: 600 } as const;

/** An id: 1 to 64 characters of kebab-case. */
export const idSchema = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.minLength(1),
  /* @__PURE__ */ z.maxLength(64),
  /* @__PURE__ */ z.regex(SLUG_PATTERN, {
    error: "must be kebab-case: lower-case letters and digits joined by single hyphens",
  }),
);

/** A text of 1 to 1,000 characters. */
export const textSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(MAX_TEXT_LENGTH));

/** A whole number of repetitions within {@link REPETITION_BOUNDS}. */
export const repetitionCountSchema = /* @__PURE__ */ z
  .int()
  .check(/* @__PURE__ */ z.minimum(REPETITION_BOUNDS.min), /* @__PURE__ */ z.maximum(REPETITION_BOUNDS.max));

/** A whole number of seconds of hold within {@link HOLD_SECONDS_BOUNDS}. */
export const holdSecondsSchema = /* @__PURE__ */ z
  .int()
  .check(/* @__PURE__ */ z.minimum(HOLD_SECONDS_BOUNDS.min), /* @__PURE__ */ z.maximum(HOLD_SECONDS_BOUNDS.max));

/** The body sides a sided stretch is done on. */
export const sideSchema = /* @__PURE__ */ z.enum(["left", "right"]);

/** The benefits the seed names, as typed keys. */
export const BENEFITS = ["increase-flexibility", "reduce-stiffness-and-tension", "aid-relaxation"] as const;

/** A list of benefits: each at most once. */
export const benefitsSchema = /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(BENEFITS)).check(
  /* @__PURE__ */ z.maxLength(BENEFITS.length),
  /* @__PURE__ */ z.refine((list) => new Set(list).size === list.length, {
    error: "must not name a benefit twice",
    params: { code: "duplicate_item" },
  }),
);

/**
 * An inclusive range `{ min, max }` of whole numbers within `[low, high]`, with `min <= max`.
 */
export function rangeSchema(low: number, high: number) {
  const bound = z.int().check(z.minimum(low), z.maximum(high));
  return z.strictObject({ min: bound, max: bound }).check(
    z.refine((range) => range.min <= range.max, {
      error: "min must not be above max",
      path: ["min"],
      params: { code: "min_above_max" },
    }),
  );
}
