/*
 * The worked example of clinical depth, as data: the built-in routine 3 times a week for 6 weeks
 * from Monday 2026-11-02, looked at on Sunday 2026-12-13. The user logged by hand (manual records,
 * "completed") on Nov 4, 6, 9, 11, 13, 16, 20 (pain 8 in the left quadriceps stretch) and 23 (pain
 * 6 there, effort 9), and nothing after. The README shows the same code.
 */
import type { AdherenceInput } from "../../src/adherence/types.js";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { planSessions } from "../../src/plan/plan-sessions.js";
import type { SessionRecord } from "../../src/schema/session-record.js";

export const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 6 });

const logged = (date: string, extra: Partial<SessionRecord> = {}): SessionRecord => ({
  id: `log-${date}`,
  routineId: plan.routineId,
  date,
  status: "completed",
  ...extra,
});

const quadricepsLeft = (score: number) => [{ stretchId: "quadriceps-stretch", side: "left" as const, score }];

export const records: SessionRecord[] = [
  logged("2026-11-04"),
  logged("2026-11-06"),
  logged("2026-11-09"),
  logged("2026-11-11"),
  logged("2026-11-13"),
  logged("2026-11-16"),
  logged("2026-11-20", { pain: quadricepsLeft(8) }),
  logged("2026-11-23", { pain: quadricepsLeft(6), effort: 9 }),
];

export const input: AdherenceInput = { plan, records, asOf: "2026-12-13" };
