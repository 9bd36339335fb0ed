import * as z from "zod/mini";
import { indexOrThrow } from "../catalog/create-catalog.js";
import { type CheckedItem, readRoutine, sidesOf } from "../compose/check-routine.js";
import type { StretchKitIssue } from "../errors.js";
import { fromDayNumber, toDayNumber } from "../internal/dates.js";
import { fail, issue, parseWith, refuseUnreadable } from "../internal/issues.js";
import { MAX_DATE, MAX_PLAN_WEEKS, MAX_SESSIONS_PER_DAY, MAX_SESSIONS_PER_WEEK } from "../schema/bounds.js";
import { dateSchema, intIn, listOf } from "../schema/common.js";
import { type Plan, type PlanItem, type PlannedSession, sumHoldMs, WEEKDAYS, type Weekday } from "../schema/plan.js";
import type { Routine } from "../schema/routine.js";
import type { Stretch } from "../schema/stretch.js";
import { weekdayNumber, weekStartOf } from "./weeks.js";

/**
 * The options of {@link planSessions}.
 *
 * @example
 * const options: PlanOptions = { start: "2026-11-02", weeks: 4, sessionsPerWeek: 4 };
 * @category Plan
 */
export interface PlanOptions {
  /** The first day of the plan, `YYYY-MM-DD`, a civil date in the user's zone. */
  readonly start: string;
  /** How many weeks (of 7 days from `start`) the plan lasts: 1 to 520. */
  readonly weeks: number;
  /**
   * Sessions a week, within the routine's `frequency.sessionsPerWeek`; defaults to its minimum
   * (or to the number of `days`). Spread evenly: the i-th of n falls `floor(i × 7 / n)` days after
   * the week's first day.
   */
  readonly sessionsPerWeek?: number | undefined;
  /** The weekdays to plan instead of spreading them evenly; as many as `sessionsPerWeek`. */
  readonly days?: readonly Weekday[] | undefined;
  /** Sessions on each planned day, within the routine's `frequency.sessionsPerDay`; defaults to its minimum. */
  readonly sessionsPerDay?: number | undefined;
  /** The first day of each week; defaults to `"monday"`. */
  readonly weekStartsOn?: Weekday | undefined;
  /**
   * The stretches the routine's ids refer to, to know which have sides; defaults to the built-in
   * `stretches`. Checked as `scheduleSession` checks its own (a catalog from `createCatalog` once).
   * Pass the same catalog as to `scheduleSession`, so that plan and records agree.
   */
  readonly catalog?: readonly Stretch[] | undefined;
}

const optionsSchema = /* @__PURE__ */ z.strictObject({
  start: dateSchema,
  weeks: /* @__PURE__ */ intIn(1, MAX_PLAN_WEEKS),
  sessionsPerWeek: /* @__PURE__ */ z.optional(/* @__PURE__ */ intIn(1, MAX_SESSIONS_PER_WEEK)),
  days: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ listOf(/* @__PURE__ */ z.enum(WEEKDAYS), 1, MAX_SESSIONS_PER_WEEK).check(
      /* @__PURE__ */ z.refine((days) => new Set(days).size === days.length, {
        error: "must not name a day twice",
        params: { code: "duplicate_item" },
        abort: true,
      }),
    ),
  ),
  sessionsPerDay: /* @__PURE__ */ z.optional(/* @__PURE__ */ intIn(1, MAX_SESSIONS_PER_DAY)),
  weekStartsOn: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(WEEKDAYS)),
  catalog: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
});

/** One session's dose per stretch and side, in the order `scheduleSession` times its holds. */
function planDose(items: readonly CheckedItem[]): PlanItem[] {
  return items.flatMap((checked) =>
    sidesOf(checked).map((side) => ({
      stretchId: checked.item.stretchId,
      side,
      repetitions: checked.item.repetitions,
      holdMs: checked.item.holdSeconds * 1000,
    })),
  );
}

/**
 * Lays a routine's sessions out on the calendar: `weeks` weeks from `start`, `sessionsPerWeek`
 * days a week (spread evenly, or on the named `days`), `sessionsPerDay` sessions on each.
 *
 * Weeks start on `weekStartsOn`. A `start` in mid-week plans only the days left in that week, and
 * the plan then ends in mid-week too (it always spans 7 × `weeks` days): those partial weeks get
 * the sessions that fall in them. Dates are civil dates; no `Date` or time zone is involved.
 * Sides are found as `scheduleSession` finds them: a stretch of the catalog with sides is done on
 * both (`firstSide`, else left, first) unless its item names one side; one without sides, once.
 *
 * @param routine - The routine to plan, e.g. `backSpasmRoutine`.
 * @param options - The start, the number of weeks, and the frequency; see {@link PlanOptions}.
 * @returns A fresh {@link Plan}: `routineId`, `start`, `end` (inclusive), `weekStartsOn`,
 * `holdMsPerSession`, `items` (one session's dose per stretch and side) and the `sessions` in order.
 * @throws {@link StretchKitError} with every issue and its path: code `invalid_routine` when the
 * routine fails `RoutineSchema`, names a stretch that is not in the catalog, names the same stretch
 * twice, or gives sides to a stretch without them (the issues of `validateRoutine`); `invalid_catalog`
 * for a bad `catalog` (the issues of `scheduleSession`); `invalid_options` for an invalid date
 * such as `2026-02-30` (path `["start"]`), more than 520 weeks, a frequency outside the routine's
 * range, `days` that do not match `sessionsPerWeek`, or a plan that would end after 2999-12-31.
 * @example
 * const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
 * plan.end; //=> "2026-11-29"
 * plan.holdMsPerSession; //=> 540000
 * plan.sessions.slice(0, 3); //=> [{ date: "2026-11-02", slot: 0 }, { date: "2026-11-04", slot: 0 }, { date: "2026-11-06", slot: 0 }]
 *
 * const fourDays = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 1, sessionsPerWeek: 4 });
 * fourDays.sessions.map((session) => session.date); //=> ["2026-11-02", "2026-11-03", "2026-11-05", "2026-11-07"]
 *
 * const midWeek = planSessions(backSpasmRoutine, { start: "2026-11-05", weeks: 1, days: ["monday", "thursday", "saturday"] });
 * midWeek.sessions.map((session) => session.date); //=> ["2026-11-05", "2026-11-07", "2026-11-09"]
 * @category Plan
 */
export function planSessions(routine: Routine, options: PlanOptions): Plan {
  return refuseUnreadable("invalid_options", "Invalid plan options", () => {
    const parsed = parseWith(optionsSchema, options, "invalid_options", "Invalid plan options");
    const checked = readRoutine(routine, indexOrThrow(parsed.catalog));
    const { sessionsPerWeek, sessionsPerDay } = checked.routine.frequency;
    const issues: StretchKitIssue[] = [];
    const perWeek = parsed.sessionsPerWeek ?? parsed.days?.length ?? sessionsPerWeek.min;
    if (parsed.sessionsPerWeek !== undefined)
      checkRange(issues, ["sessionsPerWeek"], perWeek, sessionsPerWeek, "sessions a week");
    else if (parsed.days !== undefined) checkRange(issues, ["days"], perWeek, sessionsPerWeek, "days a week");
    if (parsed.days !== undefined && parsed.days.length !== perWeek) {
      issues.push(issue(["days"], "conflict", `names ${parsed.days.length} days, but sessionsPerWeek is ${perWeek}`));
    }
    const perDay = parsed.sessionsPerDay ?? sessionsPerDay.min;
    checkRange(issues, ["sessionsPerDay"], perDay, sessionsPerDay, "sessions a day");
    const startDay = toDayNumber(parsed.start);
    const endDay = startDay + 7 * parsed.weeks - 1;
    if (endDay > toDayNumber(MAX_DATE))
      issues.push(issue(["weeks"], "too_big", `the plan would end after ${MAX_DATE}`));
    if (issues.length > 0) fail("invalid_options", issues, "Invalid plan options");
    const weekStartsOn = parsed.weekStartsOn ?? "monday";
    const items = planDose(checked.items);
    return {
      routineId: checked.routine.id,
      start: parsed.start,
      end: fromDayNumber(endDay),
      weekStartsOn,
      holdMsPerSession: sumHoldMs(items),
      items,
      sessions: plannedSessions({ startDay, endDay, weekStartsOn, perWeek, perDay, days: parsed.days }),
    };
  });
}

/** The sessions of a plan: on each week's days (spread evenly, or the named ones), `perDay` a day, within the plan. */
function plannedSessions(plan: {
  readonly startDay: number;
  readonly endDay: number;
  readonly weekStartsOn: Weekday;
  readonly perWeek: number;
  readonly perDay: number;
  readonly days: readonly Weekday[] | undefined;
}): PlannedSession[] {
  const { startDay, endDay, perWeek, perDay, days } = plan;
  const first = weekdayNumber(plan.weekStartsOn);
  const offsets =
    days === undefined
      ? Array.from({ length: perWeek }, (_, i) => Math.floor((i * 7) / perWeek))
      : days.map((day) => (weekdayNumber(day) - first + 7) % 7).sort((a, b) => a - b);
  const sessions: PlannedSession[] = [];
  for (let weekDay = weekStartOf(startDay, plan.weekStartsOn); weekDay <= endDay; weekDay += 7) {
    for (const offset of offsets) {
      const day = weekDay + offset;
      if (day < startDay || day > endDay) continue;
      const date = fromDayNumber(day);
      for (let slot = 0; slot < perDay; slot++) sessions.push({ date, slot });
    }
  }
  return sessions;
}

function checkRange(
  issues: StretchKitIssue[],
  path: readonly string[],
  value: number,
  range: { readonly min: number; readonly max: number },
  what: string,
): void {
  if (value >= range.min && value <= range.max) return;
  const message = `the routine asks for ${range.min} to ${range.max} ${what}; got ${value}`;
  issues.push(issue(path, value < range.min ? "too_small" : "too_big", message));
}
