import { beforeEach, describe, expect, it } from "vitest";
import { calculateAdherence } from "../../src/adherence/calculate-adherence.js";
import type { AdherenceInput, AdherenceReport } from "../../src/adherence/types.js";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { planSessions } from "../../src/plan/plan-sessions.js";
import type { SessionRecord } from "../../src/schema/session-record.js";
import { issuesOf, summary } from "../helpers/issues.js";
import { input } from "./clinical-example.js";
import { manual, played } from "./records.js";

describe("the clinical worked example: 6 weeks from 2026-11-02, logged by hand until Nov 23, seen on Dec 13", () => {
  // Made again in each test, not once when the file loads: mutation testing sees what a test runs.
  let report: AdherenceReport;
  beforeEach(() => {
    report = calculateAdherence(input);
  });

  it("initiation: the first counted session on Nov 4, 2 days after the plan's start", () => {
    expect(report.initiation).toEqual({ date: "2026-11-04", days: 2 });
  });

  it("persistence: one episode, Nov 4 to Nov 23, 8 sessions; discontinued on Nov 24 after 20 days persisted", () => {
    expect(report.persistence).toEqual({
      permissibleGapDays: 14,
      episodes: [{ start: "2026-11-04", end: "2026-11-23", sessions: 8 }],
      discontinued: true,
      discontinuedOn: "2026-11-24",
      persistedDays: 20,
    });
  });

  it("flags, in date order: the pain of 8, the effort of 9, the pain in two sessions in a row, the discontinuation", () => {
    expect(report.flags).toEqual([
      {
        kind: "pain-score",
        date: "2026-11-20",
        recordId: "log-2026-11-20",
        stretchId: "quadriceps-stretch",
        side: "left",
        value: 8,
      },
      { kind: "effort", date: "2026-11-23", recordId: "log-2026-11-23", stretchId: null, side: null, value: 9 },
      {
        kind: "repeated-pain",
        date: "2026-11-23",
        recordId: "log-2026-11-23",
        stretchId: "quadriceps-stretch",
        side: "left",
        value: null,
      },
      { kind: "discontinued", date: "2026-11-24", recordId: null, stretchId: null, side: null, value: 20 },
    ]);
  });

  it("pain over time in the left quadriceps stretch: 8 then 6, and the stretch to avoid on both legs", () => {
    const left = report.stretches.find((row) => row.stretchId === "quadriceps-stretch" && row.side === "left");
    expect(left).toMatchObject({
      painReports: 2,
      painScores: [
        { date: "2026-11-20", score: 8 },
        { date: "2026-11-23", score: 6 },
      ],
      firstScore: 8,
      lastScore: 6,
      highestScore: 8,
      advice: "avoid",
    });
    const avoided = report.stretches
      .filter((row) => row.advice === "avoid")
      .map((row) => `${row.stretchId} ${row.side}`);
    expect(avoided).toEqual(["quadriceps-stretch left", "quadriceps-stretch right"]);
  });

  it("implementation: 8 of 15 sessions in the five weeks judged, the week of asOf pending", () => {
    expect(report.sessionAdherence).toEqual({ value: 8 / 15, numerator: 8, denominator: 15 });
    expect(report.weeks.map((week) => [week.completed, week.target, week.pending])).toEqual([
      [2, 3, false],
      [3, 3, false],
      [2, 3, false],
      [1, 3, false],
      [0, 3, false],
      [0, 3, true],
    ]);
    // Worked out from the definitions: every logged session stands for the full dose (540 s of hold, 27 repetitions).
    expect(report.doseAdherence).toEqual({
      value: (8 * 540_000) / (15 * 540_000),
      numerator: 4_320_000,
      denominator: 8_100_000,
      repetitions: { value: (8 * 27) / (15 * 27), numerator: 216, denominator: 405 },
    });
    expect(report.sessionRatio).toEqual({ value: 8 / 15, numerator: 8, denominator: 15 });
    expect(report.streak).toEqual({ current: 0, best: 1 });
    expect(report.classification).toBe("non-adherent");
  });

  it("missed sessions, and one interruption: Nov 25 to Dec 4, 5 sessions", () => {
    expect(report.missed.map((slot) => slot.date)).toEqual([
      "2026-11-02",
      "2026-11-18",
      "2026-11-25",
      "2026-11-27",
      "2026-11-30",
      "2026-12-02",
      "2026-12-04",
    ]);
    expect(report.interruptions).toEqual([{ from: "2026-11-25", to: "2026-12-04", count: 5 }]);
  });

  it("no early stop, every record read and counted at dose 1, and the parameters it used", () => {
    expect(report.earlyStops).toEqual({ pain: 0, other: 0 });
    expect(report.records.every((read) => read.dose === 1 && read.counted)).toBe(true);
    expect(report.records.map((read) => read.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(report.ignored).toEqual([]);
    expect(report.parameters).toEqual({
      completionThreshold: 0.8,
      adherentThreshold: 0.8,
      permissibleGapDays: 14,
      painFlagScore: 7,
      effortFlagScore: 9,
      since: null,
      excusedDates: 0,
    });
  });
});

describe("clinical figures", () => {
  const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
  const run = (records: readonly SessionRecord[], asOf: string, options: AdherenceInput["options"] = {}) =>
    calculateAdherence({ plan, records, asOf, options });

  it("a record's status and whether it counted are both given: a completed session of 78% dose does not count", () => {
    const report = run([played(plan, "a", "2026-11-02", 0.78)], "2026-11-08");
    expect(report.records).toEqual([{ index: 0, id: "a", date: "2026-11-02", dose: 0.78, counted: false }]);
    expect(report.weeks[0]?.completed).toBe(0);
  });

  it("one rule for every kind of record: at a threshold of 0, a manual stopped record counts too", () => {
    const report = run([manual("a", "2026-11-02", "stopped"), played(plan, "b", "2026-11-04", 0)], "2026-11-08", {
      completionThreshold: 0,
    });
    expect(report.records.map((read) => [read.dose, read.counted])).toEqual([
      [0, true],
      [0, true],
    ]);
  });

  it("counts early stops by reason: with a pain report, or not", () => {
    const pain = [{ stretchId: "forward-roll", side: null, atMs: 1 }];
    const report = run(
      [played(plan, "a", "2026-11-02", 0.2, { status: "stopped", pain }), manual("b", "2026-11-04", "stopped")],
      "2026-11-08",
    );
    expect(report.earlyStops).toEqual({ pain: 1, other: 1 });
  });

  it("flags pain and effort at the thresholds given, and repeated pain once per run", () => {
    const sore = (id: string, date: string, score: number): SessionRecord => ({
      ...manual(id, date),
      pain: [{ stretchId: "spine-rotation", side: "right", score }],
    });
    const records = [
      sore("a", "2026-11-02", 3),
      sore("b", "2026-11-04", 4),
      sore("c", "2026-11-06", 5),
      manual("d", "2026-11-09"),
      sore("e", "2026-11-11", 5),
    ];
    const report = run(records, "2026-11-12", { painFlagScore: 5 });
    expect(report.flags.map((flag) => `${flag.date} ${flag.kind}`)).toEqual([
      "2026-11-04 repeated-pain",
      "2026-11-06 pain-score",
      "2026-11-11 pain-score",
    ]);
    expect(report.parameters.painFlagScore).toBe(5);
  });

  it("flags repeated pain again when it comes back after a session without it", () => {
    const sore = (id: string, date: string): SessionRecord => ({
      ...manual(id, date),
      pain: [{ stretchId: "forward-roll", side: null }],
    });
    const records = [
      sore("a", "2026-11-02"),
      sore("b", "2026-11-04"),
      manual("c", "2026-11-06"),
      sore("d", "2026-11-09"),
      sore("e", "2026-11-11"),
      sore("f", "2026-11-13"),
    ];
    const report = run(records, "2026-11-14");
    expect(report.flags.map((flag) => `${flag.date} ${flag.kind} ${flag.recordId}`)).toEqual([
      "2026-11-04 repeated-pain b",
      "2026-11-11 repeated-pain e",
    ]);
  });

  it("reads two sessions of one day in the order of their ids, whatever the order they are given in", () => {
    const scored = (id: string, score: number): SessionRecord => ({
      ...manual(id, "2026-11-04"),
      pain: [{ stretchId: "forward-roll", side: null, score }],
    });
    for (const records of [
      [scored("b", 6), scored("a", 2)],
      [scored("a", 2), scored("b", 6)],
    ]) {
      const row = run(records, "2026-11-08").stretches.find((entry) => entry.stretchId === "forward-roll");
      expect(row?.painScores).toEqual([
        { date: "2026-11-04", score: 2 },
        { date: "2026-11-04", score: 6 },
      ]);
      expect([row?.firstScore, row?.lastScore]).toEqual([2, 6]);
    }
  });

  it("pain is advice, not a figure: a duplicate, a record before the window or outside the plan still advises to avoid", () => {
    const hurt = (id: string, date: string, stretchId: string) => ({
      ...manual(id, date),
      pain: [{ stretchId, side: null, score: 9 }],
    });
    const report = run(
      [
        manual("a", "2026-11-16"),
        hurt("a", "2026-11-16", "forward-roll"), // the same session saved again, with the pain
        hurt("b", "2026-11-03", "spine-rotation"), // before the window
        hurt("c", "2026-12-05", "gluteal-stretch"), // after the plan, before asOf
        hurt("d", "2026-12-20", "sideways-reach"), // after asOf: not yet
        { ...hurt("e", "2026-11-17", "quadriceps-stretch"), routineId: "neck-spasm-exercises" },
      ],
      "2026-12-06",
      { since: "2026-11-16" },
    );
    const avoided = [...new Set(report.stretches.filter((row) => row.advice === "avoid").map((row) => row.stretchId))];
    expect(avoided).toEqual(["forward-roll", "spine-rotation", "gluteal-stretch"]);
    expect(report.ignored.map((record) => record.reason)).toEqual([
      "duplicate",
      "before-window",
      "outside-plan",
      "future",
      "other-routine",
    ]);
    // The figures and their scores leave them out.
    expect(report.flags.filter((flag) => flag.kind === "pain-score")).toEqual([]);
    expect(report.stretches.every((row) => row.painScores.length === 0)).toBe(true);
  });

  it("a user who kept to the plan to its end has not discontinued it, however late asOf is", () => {
    const records = ["2026-11-23", "2026-11-25", "2026-11-27"].map((date, k) => manual(`s${k}`, date));
    expect(run(records, "2027-01-31").persistence).toMatchObject({ discontinued: false, discontinuedOn: null });
    expect(run([manual("s", "2026-11-02")], "2027-01-31").persistence).toMatchObject({
      discontinued: true,
      discontinuedOn: "2026-11-03",
    });
  });

  it("a permissible gap changes the episodes and the discontinuation", () => {
    const records = [manual("a", "2026-11-02"), manual("b", "2026-11-06"), manual("c", "2026-11-20")];
    expect(run(records, "2026-11-29", { permissibleGapDays: 5 }).persistence).toEqual({
      permissibleGapDays: 5,
      episodes: [
        { start: "2026-11-02", end: "2026-11-06", sessions: 2 },
        { start: "2026-11-20", end: "2026-11-20", sessions: 1 },
      ],
      discontinued: true,
      discontinuedOn: "2026-11-21",
      persistedDays: 5,
    });
    expect(run([], "2026-11-29").persistence).toEqual({
      // not started: not discontinued either
      permissibleGapDays: 14,
      episodes: [],
      discontinued: null,
      discontinuedOn: null,
      persistedDays: null,
    });
  });

  it("a window from the week of `since` limits every figure; records before it are ignored with their own reason", () => {
    const records = [manual("a", "2026-11-02"), manual("b", "2026-11-04"), manual("c", "2026-11-18")];
    const report = run(records, "2026-11-29", { since: "2026-11-19" });
    expect(report.weeks.map((week) => week.start)).toEqual(["2026-11-16", "2026-11-23"]);
    // asOf is the Sunday that ends the week of 23 November: a session may still come that day, so
    // the week is pending and only the week of 16 November is judged.
    expect(report.weeks.map((week) => week.pending)).toEqual([false, true]);
    expect(report.sessionAdherence).toEqual({ value: 1 / 3, numerator: 1, denominator: 3 });
    expect(report.initiation).toEqual({ date: "2026-11-18", days: 16 });
    expect(report.ignored).toEqual([
      { index: 0, id: "a", reason: "before-window" },
      { index: 1, id: "b", reason: "before-window" },
    ]);
    expect(report.parameters.since).toBe("2026-11-19");
  });

  it("refuses scores, thresholds, gaps and windows out of range, each at its path", () => {
    const bad = (options: object) =>
      summary(issuesOf(() => run([], "2026-11-20", options as never), "invalid_options"));
    expect(bad({ painFlagScore: 11, effortFlagScore: -1, completionThreshold: Number.NaN })).toEqual([
      "options.completionThreshold: invalid_type",
      "options.painFlagScore: too_big",
      "options.effortFlagScore: too_small",
    ]);
    expect(bad({ permissibleGapDays: 0 })).toEqual(["options.permissibleGapDays: too_small"]);
    expect(bad({ permissibleGapDays: 3641 })).toEqual(["options.permissibleGapDays: too_big"]);
    const date = (since: string) => summary(issuesOf(() => run([], "2026-11-20", { since }), "invalid_date"));
    expect(date("2026-11-21")).toEqual(["options.since: out_of_order"]);
    expect(date("2026-11-01")).toEqual(["options.since: out_of_order"]);
    const messageOf = (since: string) => issuesOf(() => run([], "2026-11-20", { since }), "invalid_date")[0]?.message;
    expect(messageOf("2026-11-21")).toBe("must not be after asOf");
    expect(messageOf("2026-11-01")).toBe("must not be before the plan's start, 2026-11-02");
    expect(run([], "2026-11-20", { since: "2026-11-20" }).parameters.since).toBe("2026-11-20");
    const scored = { ...manual("a", "2026-11-02"), pain: [{ stretchId: "forward-roll", side: null, score: 11 }] };
    expect(summary(issuesOf(() => run([scored], "2026-11-20"), "invalid_record"))).toEqual([
      "records.0.pain.0.score: too_big",
    ]);
  });
});
