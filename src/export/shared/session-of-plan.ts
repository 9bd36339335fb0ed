import { StretchKitError, type StretchKitIssue } from "../../errors.js";
import { fail, failWith, issue, parseWith } from "../../internal/issues.js";
import { type ScheduleOptions, scheduleSession } from "../../schedule/schedule-session.js";
import { type Plan, PlanSchema } from "../../schema/plan.js";
import { type Routine, RoutineSchema } from "../../schema/routine.js";

/*
 * A plan with the routine it was made from, as the exports read them: the plan checked, the
 * routine checked and scheduled once, for its name, its stretches' names in the session's
 * language and the length of one session. Not part of the core: only the exports import it.
 */

/** A plan, its routine and one session of it, read once. */
export interface PlanSession {
  readonly plan: Plan;
  readonly routine: Routine;
  /** The length of one session, in milliseconds. */
  readonly totalMs: number;
  /** Each stretch of the routine, by id: its name in the language of the session, and whether its holds end when the user lets go. */
  readonly stretches: ReadonlyMap<string, { readonly name: string; readonly endsOnUser: boolean }>;
}

/**
 * Checks a plan (`invalid_plan`, paths in the plan), the routine given in an export's options
 * (`invalid_routine`, paths under `["routine"]`) and the routine's session with the `schedule`
 * options (their codes, paths under `["schedule"]`); the routine must be the plan's and do its
 * stretches (`invalid_options`).
 */
export function sessionOfPlan(plan: unknown, routine: unknown, schedule: unknown): PlanSession {
  const planned = parseWith(PlanSchema, plan, "invalid_plan", "Invalid plan");
  const checked = parseWith(RoutineSchema, routine, "invalid_routine", "Invalid routine", ["routine"]);
  const session = underPath(() => scheduleSession(checked, schedule as ScheduleOptions));
  const stretches = new Map<string, { readonly name: string; readonly endsOnUser: boolean }>();
  for (const { message, stretchId, endsOnUser } of session.steps) {
    if (message.key === "step.hold") stretches.set(stretchId, { name: message.params.stretch, endsOnUser });
  }
  const issues: StretchKitIssue[] = [];
  if (checked.id !== planned.routineId) {
    const message = `must be the plan's routineId, ${JSON.stringify(planned.routineId)}`;
    issues.push(issue(["routine", "id"], "conflict", message));
  }
  const missing = [...new Set(planned.items.map((item) => item.stretchId))].filter((id) => !stretches.has(id));
  if (missing.length > 0) {
    const message = `must do every stretch of the plan; it lacks ${missing.join(", ")}`;
    issues.push(issue(["routine", "items"], "conflict", message));
  }
  if (issues.length > 0) fail("invalid_options", issues, "The routine is not the plan's");
  return { plan: planned, routine: checked, totalMs: session.totalMs, stretches };
}

/** Runs `scheduleSession`, putting its issues under `["routine"]` or `["schedule"]`, where they are in an export's options. */
function underPath<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof StretchKitError)) throw error;
    const head = error.code === "invalid_routine" ? "routine" : "schedule";
    const issues = error.issues.map((issue) => ({ ...issue, path: [head, ...issue.path] }));
    throw new StretchKitError(error.code, issues, error.message.split("\n")[0]);
  }
}

/**
 * The time of each slot of a plan, `HH:MM:SS`, from an export's `timeOfDay` option (one time, or
 * one per slot), as many as the plan has slots; `null` without one. Throws `invalid_options` when
 * a planned slot has no time.
 */
export function slotTimes(timeOfDay: string | readonly string[] | undefined, plan: Plan): readonly string[] | null {
  if (timeOfDay === undefined) return null;
  const times = (typeof timeOfDay === "string" ? [timeOfDay] : timeOfDay).map((time) =>
    time.length === 5 ? `${time}:00` : time,
  );
  let slots = 0;
  for (const session of plan.sessions) slots = Math.max(slots, session.slot + 1);
  if (slots > times.length) {
    const message = `the plan has ${slots} sessions a day: give a list with a time for each`;
    failWith("invalid_options", "Invalid options", ["timeOfDay"], "conflict", message);
  }
  return times.slice(0, slots);
}
