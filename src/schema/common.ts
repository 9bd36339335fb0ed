import * as z from "zod/mini";
import { daysInMonth } from "../internal/dates.js";
import {
  DATE_PATTERN,
  MAX_HOLD_SECONDS,
  MAX_ID_LENGTH,
  MAX_INSTANT_MS,
  MAX_REPETITIONS,
  MAX_TEXT_LENGTH,
  MAX_YEAR,
  MIN_HOLD_SECONDS,
  MIN_REPETITIONS,
  MIN_YEAR,
  SLUG_PATTERN,
} from "./bounds.js";

/** Whether a value is a kebab-case id of 1 to 64 characters. */
export function isId(value: unknown): value is string {
  return typeof value === "string" && value.length <= MAX_ID_LENGTH && SLUG_PATTERN.test(value);
}

/** Whether a value is a real ISO civil date, `YYYY-MM-DD`, between 1900 and 2999. */
export function isIsoDate(value: unknown): value is string {
  const match = typeof value === "string" ? DATE_PATTERN.exec(value) : null;
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return (
    year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Whether a value is an instant: whole milliseconds, 0 or more, at most `Number.MAX_SAFE_INTEGER`. */
export function isInstant(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** Whether a value is a whole number within `[min, max]`. */
export function isIntIn(value: unknown, min: number, max: number): value is number {
  // `typeof` then `Number.isInteger` is faster than `Number.isSafeInteger` on V8; the bounds keep it safe.
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/** The `catalog` option of every function that reads routines: checked by `indexCatalog`, not here. */
export const catalogField = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown());

/** A whole number within `[min, max]`. */
export function intIn(min: number, max: number) {
  return z.int().check(z.minimum(min), z.maximum(max));
}

/** An id: 1 to 64 characters of kebab-case. */
export const idSchema = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.minLength(1),
  /* @__PURE__ */ z.maxLength(MAX_ID_LENGTH),
  /* @__PURE__ */ z.regex(SLUG_PATTERN, {
    error: "must be kebab-case: lower-case letters and digits joined by single hyphens",
  }),
);

/** A text of `min` to `max` characters. */
export function text(min: number, max: number) {
  return z.string().check(z.minLength(min), z.maxLength(max));
}

/** A text of 1 to 1,000 characters. */
export const textSchema = /* @__PURE__ */ text(1, MAX_TEXT_LENGTH);

/** An ISO civil date `YYYY-MM-DD` that exists in the calendar (1900 to 2999). */
export const dateSchema = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.refine(isIsoDate, {
    error: "must be a calendar date written YYYY-MM-DD",
    params: { code: "invalid_format" },
    abort: true,
  }),
);

/** An instant of the caller's clock, in whole milliseconds. */
export const instantSchema = /* @__PURE__ */ intIn(0, MAX_INSTANT_MS);

/** A whole number of repetitions within 1 to 20. */
export const repetitionsSchema = /* @__PURE__ */ intIn(MIN_REPETITIONS, MAX_REPETITIONS);

/** A whole number of seconds of hold within 1 to 600. */
export const holdSecondsSchema = /* @__PURE__ */ intIn(MIN_HOLD_SECONDS, MAX_HOLD_SECONDS);

/** A side of the body. */
export const sideSchema = /* @__PURE__ */ z.enum(["left", "right"]);

/** The limb that changes between the sides of a sided stretch. */
export const limbSchema = /* @__PURE__ */ z.enum(["arm", "hand", "hand-and-leg"]);

/**
 * A side of the body: `"left"` or `"right"`. @example const side: Side = "left";
 * @category Catalog
 * @useDeclaredType
 */
export type Side = z.output<typeof sideSchema>;

/**
 * The limb that changes between the sides of a sided stretch, which a side's text names.
 *
 * @example
 * const limb: Limb = "hand-and-leg";
 * @category Catalog
 * @useDeclaredType
 */
export type Limb = z.output<typeof limbSchema>;

/**
 * A list schema behind a guard: a list longer than `max` is refused at once with the `too_big`
 * issue of a length check, so that a huge array costs O(1), not one parse per entry.
 */
function bounded<T extends z.ZodMiniType>(max: number, list: T) {
  return z.pipe(
    z.unknown().check(
      z.refine((value) => !Array.isArray(value) || value.length <= max, {
        error: `must have at most ${max} items`,
        params: { code: "too_big" },
        abort: true,
      }),
    ),
    list,
  );
}

/** A list of at most `max` entries (refused at once when longer), each checked by `entry`. */
export function listOf<T extends z.ZodMiniType>(entry: T, min: number, max: number) {
  const checks = min > 0 ? [z.minLength(min), z.maxLength(max)] : [z.maxLength(max)];
  return bounded(max, z.array(entry).check(...checks));
}

/** An inclusive range `{ min, max }` of whole numbers within `[low, high]`, with `min <= max`. */
export function rangeSchema(low: number, high: number) {
  return z
    .strictObject({
      /** The least, inclusive. */
      min: intIn(low, high),
      /** The most, inclusive. */
      max: intIn(low, high),
    })
    .check(
      z.refine((range) => range.min <= range.max, {
        error: "min must not be above max",
        path: ["min"],
        params: { code: "min_above_max" },
        abort: true,
      }),
    );
}

/** The benefits the source names, as typed keys. */
export const BENEFITS = ["increase-flexibility", "reduce-stiffness-and-tension", "aid-relaxation"] as const;

/** A list of benefits, each at most once; a longer list than the three is refused at once. */
export const benefitsSchema = /* @__PURE__ */ bounded(
  3,
  /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(BENEFITS)).check(
    /* @__PURE__ */ z.maxLength(3),
    /* @__PURE__ */ z.refine((list) => new Set(list).size === list.length, {
      error: "must not name a benefit twice",
      params: { code: "duplicate_item" },
      abort: true,
    }),
  ),
);
