import * as z from "zod/mini";
import { dayOfWeek, toDayNumber } from "../../internal/dates.js";
import { parseWith } from "../../internal/issues.js";
import type { ScheduleOptions } from "../../schedule/schedule-session.js";
import { textSchema } from "../../schema/common.js";
import type { Plan, PlanItem } from "../../schema/plan.js";
import type { Routine } from "../../schema/routine.js";
import { fhirIdSchema, patientSchema, timeOfDaySchema } from "../shared/options.js";
import { type PlanSession, sessionOfPlan, slotTimes } from "../shared/session-of-plan.js";
import { printableContent } from "../shared/text.js";
import { stretchingExercises } from "./codes.js";
import type { FhirOptions } from "./options.js";
import type { FhirCarePlan, FhirCarePlanActivity, FhirTiming } from "./types.js";

/**
 * The options of {@link planToCarePlan}: the patient and the routine are required.
 *
 * @example
 * const options: CarePlanOptions = { patient: "Patient/123", routine: backSpasmRoutine, timeOfDay: "07:30" };
 */
export interface CarePlanOptions extends FhirOptions {
  /** The routine the plan was made from (its `id` is the plan's `routineId`): its name is the default title, its stretches the activities. */
  readonly routine: Routine;
  /** The options the app schedules its sessions with; with a `locale`, the stretches' names are in the user's language. */
  readonly schedule?: ScheduleOptions | undefined;
  /** The time of day of the sessions, `HH:MM` or `HH:MM:SS` local time, or one per slot: `timeOfDay` of each activity's timing. */
  readonly timeOfDay?: string | readonly string[] | undefined;
  /** The CarePlan's title; default: the routine's name. */
  readonly title?: string | undefined;
  /** The CarePlan's id, a FHIR id; default: none (a server gives one). */
  readonly id?: string | undefined;
}

const optionsSchema = /* @__PURE__ */ z.strictObject({
  patient: patientSchema,
  // Checked by sessionOfPlan: a missing routine is an `invalid_routine` issue at ["routine"].
  routine: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  schedule: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  timeOfDay: /* @__PURE__ */ z.optional(timeOfDaySchema),
  title: /* @__PURE__ */ z.optional(textSchema),
  id: /* @__PURE__ */ z.optional(fhirIdSchema),
});

/** FHIR's day codes, Monday first. */
const DAY_CODES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/**
 * Writes a plan as a FHIR R4 `CarePlan` (JSON): `status` `active`, `intent` `plan`, the patient
 * as `subject`, the routine's name (or `title`) as `title`, the plan's first and last day as
 * `period`, and one activity per stretch, in the routine's order.
 *
 * Each activity's `detail` has the code SNOMED CT 229070002 "Stretching exercises" with the
 * stretch's name as text, `status` `scheduled`, a `scheduledTiming` (the plan's days as
 * `boundsPeriod`; `frequency` sessions a `period` of 1 `wk`, on the `dayOfWeek` days, at the
 * `timeOfDay` given; none for a plan without sessions), and a `description`, in English: the
 * stretch's name, then the repetitions and hold, per side for a sided stretch ("as long as is
 * comfortable" for a hold the user ends). Texts lose control characters, other spaces become plain
 * spaces (FHIR's string pattern); a title or name of white space only is left out. The CarePlan
 * claims no profile (no `meta.profile`): the HL7 Physical Activity IG requires a practitioner who
 * requested the plan, which a self-directed app does not have.
 *
 * @param plan - The plan, from `planSessions` (or storage: it is checked against `PlanSchema`).
 * @param options - The patient, the routine; schedule options, times, title and id; see {@link CarePlanOptions}.
 * @returns A fresh `CarePlan` resource, plain JSON.
 * @throws {@link stretchkit!StretchKitError} with every issue and its path: `invalid_plan` (paths in the
 * plan), `invalid_options` (e.g. `["patient"]` for a reference with a space, `["routine", "id"]`
 * for a routine other than the plan's), `invalid_routine` (paths under `["routine"]`), or the
 * codes of `scheduleSession` under `["schedule"]`.
 * @example
 * const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
 * const carePlan = planToCarePlan(plan, { patient: "Patient/123", routine: backSpasmRoutine });
 * carePlan.period; //=> { start: "2026-11-02", end: "2026-11-29" }
 * carePlan.activity.length; //=> 5
 * carePlan.activity[4]?.detail.description; //=> "Quadriceps stretch. Left side: 3 repetitions, hold about 20 s each, as long as is comfortable. Right side: 3 repetitions, hold about 20 s each, as long as is comfortable."
 * carePlan.activity[0]?.detail.scheduledTiming?.repeat.dayOfWeek; //=> ["mon", "wed", "fri"]
 */
export function planToCarePlan(plan: Plan, options: CarePlanOptions): FhirCarePlan {
  const parsed = parseWith(optionsSchema, options, "invalid_options", "Invalid FHIR options");
  const read = sessionOfPlan(plan, parsed.routine, parsed.schedule);
  const timing = weeklyTiming(read.plan, slotTimes(parsed.timeOfDay, read.plan));
  const title = printableContent(parsed.title ?? read.routine.name);
  return {
    resourceType: "CarePlan",
    ...(parsed.id === undefined ? {} : { id: parsed.id }),
    status: "active",
    intent: "plan",
    ...(title === null ? {} : { title }),
    subject: { reference: parsed.patient },
    period: { start: read.plan.start, end: read.plan.end },
    activity: activities(read, timing),
  };
}

/**
 * The plan's timing: its days, on which weekdays, how many sessions a week (as many as it has
 * weekdays and slots a day: exact for a plan of `planSessions`), at what times; `null` for a plan
 * without sessions.
 */
function weeklyTiming(plan: Plan, times: readonly string[] | null): FhirTiming | null {
  const weekdays = new Set<number>(); // 0 for Monday
  let slots = 0;
  for (const { date, slot } of plan.sessions) {
    weekdays.add((dayOfWeek(toDayNumber(date)) + 6) % 7);
    slots = Math.max(slots, slot + 1);
  }
  if (slots === 0) return null;
  return {
    repeat: {
      boundsPeriod: { start: plan.start, end: plan.end },
      frequency: weekdays.size * slots,
      period: 1,
      periodUnit: "wk",
      dayOfWeek: DAY_CODES.filter((_, day) => weekdays.has(day)),
      ...(times === null ? {} : { timeOfDay: times }),
    },
  };
}

/** One activity per stretch of the plan, in its order, with the items of each side. */
function activities(read: PlanSession, timing: FhirTiming | null): FhirCarePlanActivity[] {
  const byStretch = new Map<string, PlanItem[]>();
  for (const item of read.plan.items) byStretch.set(item.stretchId, [...(byStretch.get(item.stretchId) ?? []), item]);
  return [...byStretch].map(([stretchId, items]) => {
    const { name: given, endsOnUser } = read.stretches.get(stretchId) as { name: string; endsOnUser: boolean };
    const name = printableContent(given);
    const hold = (item: PlanItem) => instruction(item, endsOnUser);
    return {
      detail: {
        code: { ...stretchingExercises(), ...(name === null ? {} : { text: name }) },
        status: "scheduled",
        ...(timing === null ? {} : { scheduledTiming: timing }),
        description: `${name === null ? "" : `${name}. `}${items.map(hold).join(" ")}`,
      },
    };
  });
}

/** "3 repetitions, hold 20 s each." ("hold about 20 s each, as long as is comfortable" when the user ends the hold), after "Left side: " for a side. */
function instruction(item: PlanItem, endsOnUser: boolean): string {
  const seconds = `${item.holdMs / 1000} s each`;
  const hold = endsOnUser ? `hold about ${seconds}, as long as is comfortable` : `hold ${seconds}`;
  const dose = `${item.repetitions} repetition${item.repetitions === 1 ? "" : "s"}, ${hold}.`;
  return item.side === null ? dose : `${item.side === "left" ? "Left" : "Right"} side: ${dose}`;
}
