/* Inputs shared by the tests of the exports (stretchkit/ical, stretchkit/fhir, stretchkit/csv). */
import { calculateAdherence } from "../../src/adherence/calculate-adherence.js";
import type { AdherenceReport } from "../../src/adherence/types.js";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { planSessions } from "../../src/plan/plan-sessions.js";
import type { Plan } from "../../src/schema/plan.js";
import type { SessionRecord } from "../../src/schema/session-record.js";
import { manual, played } from "../adherence/records.js";
import { deepFreeze } from "./deep-freeze.js";

export const PATIENT = "Patient/123";
export const SYSTEM = "https://example.org/fhir/CodeSystem/stretching";
/** 2026-10-26T07:33:20Z. */
export const DTSTAMP_MS = 1_793_000_000_000;

/** Four weeks of the built-in routine, from Monday 2026-11-02: Monday, Wednesday and Friday. */
export const plan: Plan = deepFreeze(planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 }));

/** The same routine twice a day (slots 0 and 1), on three named days. */
export const twiceADay: Plan = deepFreeze(
  planSessions(backSpasmRoutine, {
    start: "2026-11-05",
    weeks: 2,
    days: ["tuesday", "thursday", "saturday"],
    sessionsPerDay: 2,
  }),
);

/** A played session with an effort rating, a scored pain report with a note, and one without a score. */
export const playedRecord: SessionRecord = deepFreeze(
  played(plan, "nov-04", "2026-11-04", 0.75, {
    effort: 6,
    status: "stopped",
    pain: [
      {
        stretchId: "quadriceps-stretch",
        side: "left",
        atMs: 1_795_000_800_250,
        score: 7,
        note: '=sharp, "stabbing"\nthen dull',
      },
      { stretchId: "forward-roll", side: null },
    ],
  }),
);

/** Records of the first two weeks: the played one, two entered by hand. */
export const records: readonly SessionRecord[] = deepFreeze([
  manual("nov-02", "2026-11-02"),
  playedRecord,
  manual("nov-09", "2026-11-09", "stopped"),
]);

/** The report on those records as of 2026-11-13, one excused date, a window from 2026-11-02. */
export const report: AdherenceReport = deepFreeze(
  calculateAdherence({
    plan,
    records,
    asOf: "2026-11-13",
    options: { excused: ["2026-11-11"], since: "2026-11-02" },
  }),
);
