import * as z from "zod/mini";
import type { DeepReadonly } from "../internal/freeze.js";
import {
  benefitsSchema,
  holdSecondsSchema,
  idSchema,
  rangeSchema,
  repetitionCountSchema,
  sideSchema,
  textSchema,
} from "./common.js";

/** At most this many items in one routine. */
export const MAX_ROUTINE_ITEMS = 100;

/** At most this many companion routines. */
export const MAX_COMPANIONS = 20;

/**
 * Wraps a list schema in a guard run before the list is parsed: a list longer than `max` is refused at once, with the
 * same `too_big` issue the length check gives, so that a huge array costs O(1), not one parse per
 * entry. Anything else passes through to the list's own schema, which reports wrong types.
 */
export function bounded<T extends z.ZodMiniType>(max: number, list: T) {
  return z.pipe(
    z.unknown().check(
      z.refine((value) => !Array.isArray(value) || value.length <= max, {
        error: `must have at most ${max} items`,
        params: { code: "too_big" },
      }),
    ),
    list,
  );
}

const routineItemSchema = /* @__PURE__ */ z.strictObject({
  /** The id of a stretch of the catalog. */
  stretchId: idSchema,
  /** Repetitions on each side, 1 to 20. */
  repetitions: repetitionCountSchema,
  /** Seconds of each hold, 1 to 600. */
  holdSeconds: holdSecondsSchema,
  /** For a sided stretch: both sides (the default), or one side only. */
  sides: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["both", "left", "right"])),
  /** For a sided stretch done on both sides: the side done first. */
  firstSide: /* @__PURE__ */ z.optional(sideSchema),
});

/**
 * The zod/mini schema of one item of a routine: a stretch of the catalog with the chosen dose.
 * `sides` and `firstSide` belong to sided stretches only.
 *
 * @example
 * RoutineItemSchema.safeParse({ stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 }).success; //=> true
 */
export const RoutineItemSchema: z.ZodMiniType<RoutineItem, unknown> = routineItemSchema;

/** Sessions a week: `{ min, max }` within 1 to 7. */
export const sessionsPerWeekSchema = /* @__PURE__ */ rangeSchema(1, 7);

/** Sessions on a day when the routine is done: `{ min, max }` within 1 to 10. */
export const sessionsPerDaySchema = /* @__PURE__ */ rangeSchema(1, 10);

/** What a routine is good for: at most the three benefits, each once; a longer list is refused at once. */
export const routineBenefitsSchema = /* @__PURE__ */ bounded(3, benefitsSchema);

/** Ids of companion routines: at most 20; a longer list is refused at once. */
export const companionsSchema = /* @__PURE__ */ bounded(
  MAX_COMPANIONS,
  /* @__PURE__ */ z.array(idSchema).check(/* @__PURE__ */ z.maxLength(MAX_COMPANIONS)),
);

const routineSchema = /* @__PURE__ */ z.strictObject({
  /** A kebab-case id, e.g. `back-spasm-stretches`. */
  id: idSchema,
  /** The name shown to a person. */
  name: textSchema,
  /** What the routine is good for. */
  benefits: routineBenefitsSchema,
  /** The stretches, in the order they are done: 1 to 100. */
  items: /* @__PURE__ */ bounded(
    MAX_ROUTINE_ITEMS,
    /* @__PURE__ */ z
      .array(routineItemSchema)
      .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(MAX_ROUTINE_ITEMS)),
  ),
  /** How often to do the routine. */
  frequency: /* @__PURE__ */ z.strictObject({
    /** Sessions a week: `{ min, max }` within 1 to 7 (one session day each). */
    sessionsPerWeek: sessionsPerWeekSchema,
    /** Sessions on a day when the routine is done: `{ min, max }` within 1 to 10. */
    sessionsPerDay: sessionsPerDaySchema,
  }),
  /** Ids of routines recommended alongside this one (references only). */
  companions: companionsSchema,
});

/**
 * The zod/mini schema of a {@link Routine} document. It checks the shape and bounds only: at most
 * 100 items (a longer list is refused before any item is read), 1 to 20 repetitions, holds of 1 to
 * 600 s, each range's minimum not above its maximum, unknown keys refused. What needs the stretch
 * catalog (every id known, each stretch once, sides only on sided stretches) is checked by
 * `validateRoutine`.
 *
 * @example
 * RoutineSchema.safeParse(backSpasmRoutine).success; //=> true
 */
export const RoutineSchema: z.ZodMiniType<Routine, unknown> = routineSchema;

/**
 * A routine: stretches in order with their dose, how often to do it, and companion routines.
 *
 * @example
 * const routine: Routine = backSpasmRoutine;
 * routine.items.length; //=> 5
 * @interface
 */
export type Routine = DeepReadonly<z.output<typeof routineSchema>>;

/** One item of a {@link Routine}. @example backSpasmRoutine.items[0]?.stretchId; //=> "forward-roll" */
export type RoutineItem = Routine["items"][number];

/** A side of the body: `"left"` or `"right"`. @example const side: Side = "left"; */
export type Side = NonNullable<RoutineItem["firstSide"]>;
