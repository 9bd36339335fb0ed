import * as z from "zod/mini";
import { toDayNumber } from "../internal/dates.js";
import type { DeepReadonly } from "../internal/freeze.js";
import {
  MAX_INSTANT_MS,
  MAX_PLAN_DAYS,
  MAX_PLAN_ITEMS,
  MAX_PLAN_SESSIONS,
  MAX_REPETITIONS,
  MAX_SLOT,
  MAX_STEP_MS,
  MIN_PLAN_HOLD_MS,
} from "./bounds.js";
import { dateSchema, idSchema, intIn, listOf, sideSchema } from "./common.js";

/**
 * The days of the week, Monday first, as `planSessions` names them.
 *
 * @example
 * WEEKDAYS[0]; //=> "monday"
 * @category Plan
 */
export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

/**
 * A day of the week, in lower-case English: `"monday"` to `"sunday"`.
 *
 * @example
 * const day: Weekday = "wednesday";
 * @category Plan
 */
export type Weekday = (typeof WEEKDAYS)[number];

const planItemSchema = /* @__PURE__ */ z.strictObject({
  /** The stretch. */
  stretchId: idSchema,
  /** The side, or `null` for a stretch without sides. */
  side: /* @__PURE__ */ z.nullable(sideSchema),
  /** Repetitions on this side in one session. */
  repetitions: /* @__PURE__ */ intIn(1, MAX_REPETITIONS),
  /** The hold of each repetition, in milliseconds. */
  holdMs: /* @__PURE__ */ intIn(MIN_PLAN_HOLD_MS, MAX_STEP_MS),
});

const plannedSessionSchema = /* @__PURE__ */ z.strictObject({
  /** The civil date of the session, `YYYY-MM-DD`. */
  date: dateSchema,
  /** Which session of that day, from 0. */
  slot: /* @__PURE__ */ intIn(0, MAX_SLOT),
});

const planSchema = /* @__PURE__ */ z
  .strictObject({
    /** The id of the routine planned. */
    routineId: idSchema,
    /** The first day of the plan, `YYYY-MM-DD`. */
    start: dateSchema,
    /** The last day of the plan (inclusive): `start` + 7 × weeks − 1 days. */
    end: dateSchema,
    /** The day each week of the plan starts on. */
    weekStartsOn: /* @__PURE__ */ z.enum(WEEKDAYS),
    /** The hold of one full session in milliseconds: the sum of `items`' repetitions × hold. */
    holdMsPerSession: /* @__PURE__ */ intIn(MIN_PLAN_HOLD_MS, MAX_INSTANT_MS),
    /** One session's dose per stretch and side, in the order of the routine. */
    items: /* @__PURE__ */ listOf(planItemSchema, 1, MAX_PLAN_ITEMS),
    /** The planned sessions, by date and slot. */
    sessions: /* @__PURE__ */ listOf(plannedSessionSchema, 0, MAX_PLAN_SESSIONS),
  })
  .check(
    /* @__PURE__ */ z.refine((plan) => spansWholeWeeks(plan.start, plan.end), {
      error: "end must be start + 7 × weeks − 1 days, for 1 to 520 weeks",
      path: ["end"],
      params: { code: "conflict" },
    }),
    /* @__PURE__ */ z.refine((plan) => sumHoldMs(plan.items) === plan.holdMsPerSession, {
      error: "must be the sum over items of repetitions × holdMs",
      path: ["holdMsPerSession"],
      params: { code: "conflict" },
    }),
    /* @__PURE__ */ z.refine((plan) => sessionsInOrder(plan.sessions, plan.start, plan.end), {
      error: "sessions must lie between start and end, in order of date and slot, each once",
      path: ["sessions"],
      params: { code: "out_of_order" },
    }),
  );

/**
 * The zod/mini schema of a {@link Plan}: what `calculateAdherence` checks a plan against, so that
 * a plan read back from storage is safe to use. Besides the shape, it checks that `end` closes a
 * whole number of weeks (1 to 520), that `holdMsPerSession` is the sum of `items`, and that the
 * sessions lie in the plan, in order, each date and slot once.
 *
 * @example
 * const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
 * PlanSchema.safeParse(plan).success; //=> true
 * PlanSchema.safeParse({ ...plan, end: "2026-11-30" }).success; //=> false
 * @category Schemas
 */
export const PlanSchema: z.ZodMiniType<Plan, unknown> = planSchema;

/**
 * A plan: the routine's sessions on the calendar, from `start` to `end`, with one session's dose.
 * Plain JSON, made by `planSessions`; store it and hand it to `calculateAdherence` later.
 *
 * @example
 * const plan: Plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 1 });
 * plan.sessions.map((session) => session.date); //=> ["2026-11-02", "2026-11-04", "2026-11-06"]
 * @category Plan
 */
export interface Plan extends DeepReadonly<z.output<typeof planSchema>> {}

/**
 * One stretch on one side in a planned session: its repetitions and the hold of each.
 *
 * @example
 * const item: PlanItem = { stretchId: "quadriceps-stretch", side: "left", repetitions: 3, holdMs: 20_000 };
 * item.repetitions * item.holdMs; //=> 60000
 * @category Plan
 */
export type PlanItem = Plan["items"][number];

/**
 * One planned session: a civil date and, when the routine is planned several times a day, which
 * session of the day (`slot`, from 0).
 *
 * @example
 * const session: PlannedSession = { date: "2026-11-02", slot: 0 };
 * session.slot; //=> 0
 * @category Plan
 */
export type PlannedSession = Plan["sessions"][number];

/** Whether `start`..`end`, two valid dates, span a whole number of weeks (1 to 520). */
function spansWholeWeeks(start: string, end: string): boolean {
  const days = toDayNumber(end) - toDayNumber(start) + 1;
  return days >= 7 && days <= MAX_PLAN_DAYS && days % 7 === 0;
}

/** The hold of one session: the sum of repetitions × hold over the items. */
export function sumHoldMs(items: readonly { readonly repetitions: number; readonly holdMs: number }[]): number {
  let total = 0;
  for (const item of items) total += item.repetitions * item.holdMs;
  return total;
}

/** Whether every session lies in `start`..`end` and they are in strict order of date, then slot. */
function sessionsInOrder(
  sessions: readonly { readonly date: string; readonly slot: number }[],
  start: string,
  end: string,
): boolean {
  let previous = "";
  let previousSlot = -1;
  for (const { date, slot } of sessions) {
    if (date < start || date > end || date < previous || (date === previous && slot <= previousSlot)) return false;
    previous = date;
    previousSlot = slot;
  }
  return true;
}
