import { beforeEach, describe, expect, it } from "vitest";
import { calculateAdherence } from "../../src/adherence/calculate-adherence.js";
import type { AdherenceReport } from "../../src/adherence/types.js";
import { plan, records, workedExample } from "./worked-example.js";

describe("the worked example of the README", () => {
  // Made again in each test, not once when the file loads: mutation testing sees what a test runs.
  let report: AdherenceReport;
  beforeEach(() => {
    report = calculateAdherence(workedExample);
  });

  it("plans 12 sessions of 540 s: Monday, Wednesday and Friday for 4 weeks", () => {
    expect(plan.sessions).toHaveLength(12);
    expect(plan.holdMsPerSession).toBe(27 * 20_000);
    expect(plan.end).toBe("2026-11-29");
  });

  it("gives session adherence 11/12", () => {
    expect(report.sessionAdherence).toEqual({ value: 11 / 12, numerator: 11, denominator: 12 });
  });

  it("meets the target in weeks 1, 2 and 4, not in week 3", () => {
    expect(report.weeks).toEqual([
      { start: "2026-11-02", end: "2026-11-08", target: 3, completed: 3, met: true, pending: false },
      { start: "2026-11-09", end: "2026-11-15", target: 3, completed: 3, met: true, pending: false },
      { start: "2026-11-16", end: "2026-11-22", target: 3, completed: 2, met: false, pending: false },
      { start: "2026-11-23", end: "2026-11-29", target: 3, completed: 4, met: true, pending: false },
    ]);
  });

  it("has a current streak of 1 week and a best of 2", () => {
    expect(report.streak).toEqual({ current: 1, best: 2 });
  });

  it("gives session ratio 12/12: the fourth session of the last week makes up for week 3 there", () => {
    expect(report.sessionRatio).toEqual({ value: 1, numerator: 12, denominator: 12 });
  });

  it("gives dose adherence (11 × 540 + 270) / (12 × 540) s, with every repetition done", () => {
    expect(report.doseAdherence).toEqual({
      value: (11 * 540 + 270) / (12 * 540),
      numerator: (11 * 540 + 270) * 1000,
      denominator: 12 * 540 * 1000,
      repetitions: { value: 1, numerator: 12 * 27, denominator: 12 * 27 },
    });
  });

  it("reads adherent", () => {
    expect(report.classification).toBe("adherent");
  });

  it("advises to avoid the quadriceps stretch, on both legs, and no other", () => {
    const advice = report.stretches.map((row) => [row.stretchId, row.side, row.advice, row.painReports]);
    expect(advice).toEqual([
      ["forward-roll", null, null, 0],
      ["sideways-reach", "left", null, 0],
      ["sideways-reach", "right", null, 0],
      ["spine-rotation", "left", null, 0],
      ["spine-rotation", "right", null, 0],
      ["gluteal-stretch", "left", null, 0],
      ["gluteal-stretch", "right", null, 0],
      ["quadriceps-stretch", "left", "avoid", 1],
      ["quadriceps-stretch", "right", "avoid", 0],
    ]);
    const left = report.stretches[7];
    // 13 sessions counted × 3 repetitions: 11 in full, Nov 20 at half, Nov 25 stopped 8 s into the 2nd.
    expect(left?.repetitions).toEqual({ done: 37, planned: 39 });
    expect(left?.holdMs).toEqual({ achieved: 11 * 60_000 + 30_000 + 28_000, planned: 13 * 60_000 });
  });

  it("misses the Friday of week 3, with no interruption", () => {
    expect(report.missed).toEqual([{ date: "2026-11-20", slot: 0 }]);
    expect(report.interruptions).toEqual([]);
  });

  it("leaves out two records: one after asOf and one with an id seen before", () => {
    expect(report.ignored).toEqual([
      { index: 13, id: "nov-30", reason: "future" },
      { index: 14, id: "nov-02", reason: "duplicate" },
    ]);
    expect(records).toHaveLength(15);
  });
});
