/* Builders of session records for the adherence tests. */
import type { Plan, PlanItem } from "../../src/schema/plan.js";
import type { HoldRecord, PainReport, SessionRecord } from "../../src/schema/session-record.js";

export const ROUTINE_ID = "back-spasm-stretches";

/** A record entered by hand: no holds; `"completed"` stands for the full planned dose. */
export function manual(id: string, date: string, status: "completed" | "stopped" = "completed"): SessionRecord {
  return { id, routineId: ROUTINE_ID, date, status, pain: [] };
}

/** How long each hold was held: a fraction of its plan, or a function of the item and repetition. */
export type Held = number | ((item: PlanItem, repetition: number) => number);

/** A record from the player: one hold per planned repetition, held as `held` says. */
export function played(
  plan: Plan,
  id: string,
  date: string,
  held: Held,
  options: {
    readonly pain?: readonly PainReport[];
    readonly status?: "completed" | "stopped";
    readonly effort?: number;
  } = {},
): SessionRecord {
  const holds: HoldRecord[] = [];
  for (const item of plan.items) {
    for (let repetition = 1; repetition <= item.repetitions; repetition++) {
      const achievedMs = typeof held === "number" ? Math.round(item.holdMs * held) : held(item, repetition);
      holds.push({
        stretchId: item.stretchId,
        side: item.side,
        repetition,
        plannedMs: item.holdMs,
        achievedMs,
        skipped: achievedMs === 0,
      });
    }
  }
  return {
    id,
    routineId: plan.routineId,
    date,
    startedAtMs: 1_795_000_000_000,
    endedAtMs: 1_795_000_900_000,
    status: options.status ?? "completed",
    holds,
    pain: options.pain ?? [],
    ...(options.effort === undefined ? {} : { effort: options.effort }),
  };
}
