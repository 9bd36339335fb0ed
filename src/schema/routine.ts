import * as z from "zod/mini";
import type { DeepReadonly } from "../internal/freeze.js";
import { MAX_COMPANIONS, MAX_ROUTINE_ITEMS, MAX_SESSIONS_PER_DAY, MAX_SESSIONS_PER_WEEK } from "./bounds.js";
import {
  benefitsSchema,
  holdSecondsSchema,
  idSchema,
  listOf,
  rangeSchema,
  repetitionsSchema,
  sideSchema,
  textSchema,
} from "./common.js";

/** Which sides of a sided stretch an item does: both (the default), or one. */
export const sidesSchema = /* @__PURE__ */ z.enum(["both", "left", "right"]);

const routineItemSchema = /* @__PURE__ */ z.strictObject({
  /** The id of a stretch of the catalog. */
  stretchId: idSchema,
  /** Repetitions on each side, 1 to 20. */
  repetitions: repetitionsSchema,
  /** Seconds of each hold, 1 to 600. */
  holdSeconds: holdSecondsSchema,
  /** For a sided stretch: both sides (the default), or one side only. */
  sides: /* @__PURE__ */ z.optional(sidesSchema),
  /** For a sided stretch done on both sides: the side done first. */
  firstSide: /* @__PURE__ */ z.optional(sideSchema),
});

/**
 * The zod/mini schema of one item of a routine: a stretch of the catalog with the chosen dose.
 * `sides` and `firstSide` belong to sided stretches only.
 *
 * @example
 * RoutineItemSchema.safeParse({ stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 }).success; //=> true
 * @category Schemas
 */
export const RoutineItemSchema: z.ZodMiniType<RoutineItem, unknown> = routineItemSchema;

/** Sessions a week: `{ min, max }` within 1 to 7. */
export const sessionsPerWeekSchema = /* @__PURE__ */ rangeSchema(1, MAX_SESSIONS_PER_WEEK);

/** Sessions on a day when the routine is done: `{ min, max }` within 1 to 10. */
export const sessionsPerDaySchema = /* @__PURE__ */ rangeSchema(1, MAX_SESSIONS_PER_DAY);

const frequencySchema = /* @__PURE__ */ z.strictObject({
  /** Sessions a week: `{ min, max }` within 1 to 7 (one session day each). */
  sessionsPerWeek: sessionsPerWeekSchema,
  /** Sessions on a day when the routine is done: `{ min, max }` within 1 to 10. */
  sessionsPerDay: sessionsPerDaySchema,
});

/** Ids of companion routines: at most 20. */
export const companionsSchema = /* @__PURE__ */ listOf(idSchema, 0, MAX_COMPANIONS);

const routineSchema = /* @__PURE__ */ z.strictObject({
  /** A kebab-case id, e.g. `back-spasm-stretches`. */
  id: idSchema,
  /** The name shown to a person. */
  name: textSchema,
  /** What the routine is good for. */
  benefits: benefitsSchema,
  /** The stretches, in the order they are done: 1 to 100. */
  items: /* @__PURE__ */ listOf(routineItemSchema, 1, MAX_ROUTINE_ITEMS),
  /** How often to do the routine. */
  frequency: frequencySchema,
  /** Ids of routines recommended alongside this one (references only). */
  companions: companionsSchema,
});

/**
 * The zod/mini schema of a {@link Routine} document. It checks the shape and bounds only: at most
 * 100 items (a longer list is refused before any item is read), 1 to 20 repetitions, holds of 1 to
 * 600 s, each range's minimum not above its maximum, unknown keys refused. What needs the stretch
 * catalog (every id known, each stretch once, sides only on sided stretches) and companions (each
 * once, not the routine itself) is checked by `validateRoutine`, as by every function that takes a
 * routine.
 *
 * @example
 * RoutineSchema.safeParse(backSpasmRoutine).success; //=> true
 * @category Schemas
 */
export const RoutineSchema: z.ZodMiniType<Routine, unknown> = routineSchema;

/**
 * A routine: stretches in order with their dose, how often to do it, and companion routines.
 *
 * @example
 * const routine: Routine = backSpasmRoutine;
 * routine.items.length; //=> 5
 * @category Compose
 */
export interface Routine extends DeepReadonly<z.output<typeof routineSchema>> {}

/**
 * One item of a {@link Routine}. @example backSpasmRoutine.items[0]?.stretchId; //=> "forward-roll"
 * @category Compose
 */
export type RoutineItem = Routine["items"][number];
