import * as z from "zod/mini";

/** Lower-case letters and digits in words joined by single hyphens, e.g. `forward-roll`. */
export const SLUG_PATTERN: RegExp = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** At most this many characters in any text (a name, a step, a note). */
export const MAX_TEXT_LENGTH = 1000;

/** At most this many steps in a stretch's setup or movement. */
export const MAX_STEPS = 20;

/*
 * Bounds are plain number constants, never properties (`BOUNDS.max`): a bundler keeps a
 * `@__PURE__` call whose arguments read a property, since a getter could have side effects.
 */

/** The fewest repetitions of one stretch, in any stretch or routine. */
export const MIN_REPETITIONS = 1;

/** The most repetitions of one stretch, in any stretch or routine. */
export const MAX_REPETITIONS = 20;

/** The shortest hold, in seconds, in any stretch or routine. */
export const MIN_HOLD_SECONDS = 1;

/** The longest hold, in seconds, in any stretch or routine. */
export const MAX_HOLD_SECONDS = 600;

/** The longest hold, in milliseconds (600 s), in a session step, a session record or a plan. */
export const MAX_HOLD_MS = 600_000;

/** At most this many stretches in one catalog. */
export const MAX_CATALOG_STRETCHES = 1000;

/** The longest session record id, in characters. */
export const MAX_RECORD_ID_LENGTH = 200;

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

/** A whole number of repetitions within 1 to 20. */
export const repetitionCountSchema = /* @__PURE__ */ z
  .int()
  .check(/* @__PURE__ */ z.minimum(MIN_REPETITIONS), /* @__PURE__ */ z.maximum(MAX_REPETITIONS));

/** A whole number of seconds of hold within 1 to 600. */
export const holdSecondsSchema = /* @__PURE__ */ z
  .int()
  .check(/* @__PURE__ */ z.minimum(MIN_HOLD_SECONDS), /* @__PURE__ */ z.maximum(MAX_HOLD_SECONDS));

/** The body sides a sided stretch is done on. */
export const sideSchema = /* @__PURE__ */ z.enum(["left", "right"]);

/** The benefits the seed names, as typed keys. */
export const BENEFITS = ["increase-flexibility", "reduce-stiffness-and-tension", "aid-relaxation"] as const;

/** A list of benefits: each at most once. */
export const benefitsSchema = /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(BENEFITS)).check(
  /* @__PURE__ */ z.maxLength(3),
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
  return z
    .strictObject({
      /** The least, inclusive. */
      min: bound,
      /** The most, inclusive. */
      max: bound,
    })
    .check(
      z.refine((range) => range.min <= range.max, {
        error: "min must not be above max",
        path: ["min"],
        params: { code: "min_above_max" },
      }),
    );
}
