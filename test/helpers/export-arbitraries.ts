/* fast-check arbitraries shared by the property tests of the exports. */
import fc from "fast-check";
import { calculateAdherence } from "../../src/adherence/calculate-adherence.js";
import type { AdherenceReport } from "../../src/adherence/types.js";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { type PlanOptions, planSessions } from "../../src/plan/plan-sessions.js";
import type { Plan } from "../../src/schema/plan.js";
import { WEEKDAYS } from "../../src/schema/plan.js";
import type { PainReport, SessionRecord } from "../../src/schema/session-record.js";
import { manual, played } from "../adherence/records.js";
import { addDays } from "./dates.js";

/** Characters that CSV, iCalendar or a spreadsheet treat specially, and a few of several octets. */
const SPECIAL = [
  ",",
  '"',
  ";",
  "\\",
  "\n",
  "\r",
  "\r\n",
  "\t",
  "=",
  "+",
  "-",
  "@",
  " ",
  ":",
  "'",
  "é",
  "—",
  "🧘",
  "\u0000",
  "\u007f",
];

/** Texts made of special characters and any Unicode, 0 to `maxLength` units long. */
export function textArb(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.string({
    unit: fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })),
    minLength,
    maxLength,
  });
}

/** Options of `planSessions` for the built-in routine: any start in two weeks, 1 to 6 weeks, 3 or 4 days, 1 to 3 a day. */
export const planOptionsArb: fc.Arbitrary<PlanOptions> = fc
  .record({
    offset: fc.integer({ min: 0, max: 13 }),
    weeks: fc.integer({ min: 1, max: 6 }),
    days: fc.option(fc.shuffledSubarray([...WEEKDAYS], { minLength: 3, maxLength: 4 }), { freq: 2 }),
    sessionsPerWeek: fc.constantFrom(3, 4),
    sessionsPerDay: fc.integer({ min: 1, max: 3 }),
    weekStartsOn: fc.constantFrom(...WEEKDAYS),
  })
  .map(({ offset, days, sessionsPerWeek, ...rest }) => ({
    ...rest,
    start: addDays("2026-01-05", offset),
    ...(days === null ? { sessionsPerWeek } : { days }),
  }));

/** A plan of the built-in routine. */
export const planArb: fc.Arbitrary<Plan> = planOptionsArb.map((options) => planSessions(backSpasmRoutine, options));

const painArb: fc.Arbitrary<PainReport> = fc
  .record({
    stretch: fc.constantFrom("forward-roll", "quadriceps-stretch"),
    atMs: fc.option(fc.integer({ min: 0, max: 32_503_679_999_999 })),
    score: fc.option(fc.integer({ min: 0, max: 10 })),
    note: fc.option(textArb(0, 40)),
  })
  .map(({ stretch, atMs, score, note }) => ({
    stretchId: stretch,
    side: stretch === "forward-roll" ? null : "right",
    ...(atMs === null ? {} : { atMs }),
    ...(score === null ? {} : { score }),
    ...(note === null ? {} : { note }),
  }));

/** A record of a plan: played (with holds and instants) or entered by hand, with pain reports, effort and any id. */
export function recordArb(plan: Plan): fc.Arbitrary<SessionRecord> {
  return fc
    .record({
      id: fc.oneof(fc.stringMatching(/^[A-Za-z0-9.-]{1,54}$/), textArb(1, 30)),
      day: fc.integer({ min: 0, max: 6 }),
      kind: fc.constantFrom("played", "completed", "stopped"),
      fraction: fc.constantFrom(0, 0.3, 0.8, 1),
      pain: fc.array(painArb, { maxLength: 4 }),
      effort: fc.option(fc.integer({ min: 0, max: 10 })),
    })
    .map(({ id, day, kind, fraction, pain, effort }) => {
      const date = addDays(plan.start, day);
      const extra = { pain, ...(effort === null ? {} : { effort }) };
      return kind === "played"
        ? played(plan, id, date, fraction, extra)
        : { ...manual(id, date, kind === "completed" ? "completed" : "stopped"), ...extra };
    });
}

/** A plan and a few records of it. */
export const recordsArb: fc.Arbitrary<{ plan: Plan; records: SessionRecord[] }> = planArb.chain((plan) =>
  fc.array(recordArb(plan), { maxLength: 6 }).map((records) => ({ plan, records })),
);

/** A report on a plan's records, as of a day in it, maybe with a window and excused dates. */
export const reportArb: fc.Arbitrary<AdherenceReport> = recordsArb.chain(({ plan, records }) =>
  fc
    .record({
      asOf: fc.integer({ min: 0, max: 20 }),
      since: fc.boolean(),
      excused: fc.array(fc.nat(20), { maxLength: 3 }),
    })
    .map(({ asOf, since, excused }) =>
      calculateAdherence({
        plan,
        records: records.map((record, k) => ({ ...record, id: `r${k}` })),
        asOf: addDays(plan.start, asOf),
        options: {
          excused: excused.map((offset) => addDays(plan.start, offset)),
          ...(since ? { since: addDays(plan.start, Math.min(asOf, 7)) } : {}),
        },
      }),
    ),
);
