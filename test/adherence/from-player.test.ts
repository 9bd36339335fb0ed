import { describe, expect, it } from "vitest";
import { calculateAdherence } from "../../src/adherence/calculate-adherence.js";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { planSessions } from "../../src/plan/plan-sessions.js";
import { advancePlayer } from "../../src/player/advance-player.js";
import { startPlayer } from "../../src/player/start-player.js";
import { toSessionRecord } from "../../src/player/to-session-record.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";

/*
 * The records calculateAdherence reads come from the player: a session played from the schedule
 * of the planned routine must line up with the plan, hold for hold.
 */
describe("records from the player", () => {
  const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 1 });
  const session = scheduleSession(backSpasmRoutine);

  it("count a session played to its end as completed, with every planned hold", () => {
    const played = advancePlayer(startPlayer(session, 0), { type: "tick", atMs: session.totalMs });
    const record = toSessionRecord(played, { id: "s1", date: "2026-11-02" });
    const report = calculateAdherence({ plan, records: [record], asOf: "2026-11-09" });
    expect(report.weeks[0]?.completed).toBe(1);
    expect(report.doseAdherence).toMatchObject({ numerator: 540_000, denominator: 3 * 540_000 });
    expect(report.stretches.map((row) => row.repetitions)).toEqual(
      plan.items.map((item) => ({ done: item.repetitions, planned: item.repetitions })),
    );
    expect(report.stretches).toHaveLength(plan.items.length);
  });

  it("advise to avoid a stretch reported as painful during a session", () => {
    const first = session.steps.find((step) => step.kind === "hold" && step.stretchId === "quadriceps-stretch");
    const atMs = (first?.startMs ?? 0) + 5_000;
    let state = advancePlayer(startPlayer(session, 0), { type: "tick", atMs });
    state = advancePlayer(state, { type: "pain", atMs }); // the last stretch: the session ends here
    const record = toSessionRecord(state, { id: "s2", date: "2026-11-04" });
    const report = calculateAdherence({ plan, records: [record], asOf: "2026-11-09" });
    const quadriceps = report.stretches.filter((row) => row.stretchId === "quadriceps-stretch");
    expect(quadriceps.map((row) => [row.side, row.painReports, row.advice])).toEqual([
      ["left", 1, "avoid"],
      ["right", 0, "avoid"],
    ]);
    // The pain stopped the quadriceps stretch on both legs: 21 of 27 holds in full and 5 s of the
    // 22nd, a dose of 425 / 540 (below 0.8), so the session was done but does not count as completed.
    expect(record.status).toBe("stopped");
    expect(report.ignored).toEqual([]);
    expect(report.weeks[0]?.completed).toBe(0);
    expect(report.doseAdherence.numerator).toBe(21 * 20_000 + 5_000);
  });
});
