/*
 * The worked example of issue 6, as data: the built-in routine planned 3 times a week for 4 weeks
 * from Monday 2026-11-02, judged on Sunday 2026-11-29. The README shows the same code.
 */
import type { AdherenceInput } from "../../src/adherence/types.js";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { planSessions } from "../../src/plan/plan-sessions.js";
import type { Plan, PlanItem } from "../../src/schema/plan.js";
import type { HoldRecord, PainReport, SessionRecord } from "../../src/schema/session-record.js";

export const plan: Plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });

/** A session entered by hand: `"completed"` stands for the full planned dose. */
const done = (id: string, date: string): SessionRecord => ({
  id,
  routineId: plan.routineId,
  date,
  status: "completed",
  pain: [],
});

/** A session from the player: each planned hold with the milliseconds held, and any pain reports. */
const played = (
  id: string,
  date: string,
  heldMs: (item: PlanItem, repetition: number) => number,
  pain: readonly PainReport[] = [],
): SessionRecord => ({
  id,
  routineId: plan.routineId,
  date,
  status: pain.length > 0 ? "stopped" : "completed", // here, pain came in the last stretch: the session ended
  holds: plan.items.flatMap((item) =>
    Array.from({ length: item.repetitions }, (_, k): HoldRecord => {
      const achievedMs = heldMs(item, k + 1);
      return {
        stretchId: item.stretchId,
        side: item.side,
        repetition: k + 1,
        plannedMs: item.holdMs,
        achievedMs,
        skipped: pain.length > 0 && achievedMs < item.holdMs,
      };
    }),
  ),
  pain,
});

/** On Nov 25 the left quadriceps hurt 8 s into its second hold: the player stopped that stretch. */
const quadricepsHurt = (item: PlanItem, repetition: number): number =>
  item.stretchId !== "quadriceps-stretch"
    ? item.holdMs
    : item.side === "left" && repetition === 1
      ? item.holdMs
      : item.side === "left" && repetition === 2
        ? 8_000
        : 0;

export const records: readonly SessionRecord[] = [
  done("nov-02", "2026-11-02"),
  done("nov-04", "2026-11-04"),
  done("nov-06", "2026-11-06"),
  done("nov-09", "2026-11-09"),
  done("nov-10", "2026-11-10"),
  done("nov-13", "2026-11-13"),
  done("nov-16", "2026-11-16"),
  done("nov-18", "2026-11-18"),
  played("nov-20", "2026-11-20", (item) => item.holdMs / 2), // every hold at half its plan
  done("nov-23", "2026-11-23"),
  done("nov-24", "2026-11-24"),
  played("nov-25", "2026-11-25", quadricepsHurt, [
    { stretchId: "quadriceps-stretch", side: "left", atMs: 1_795_600_000_000, note: "sharp at the knee" },
  ]),
  done("nov-27", "2026-11-27"),
  done("nov-30", "2026-11-30"), // after asOf: "future"
  done("nov-02", "2026-11-03"), // the id of the Nov 2 record again: "duplicate"
];

export const workedExample: AdherenceInput = { plan, records, asOf: "2026-11-29" };
