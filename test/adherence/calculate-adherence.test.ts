import { describe, expect, it } from "vitest";
import { calculateAdherence } from "../../src/adherence/calculate-adherence.js";
import type { AdherenceInput, AdherenceReport } from "../../src/adherence/types.js";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { adaptRoutine } from "../../src/compose/adapt-routine.js";
import { planSessions } from "../../src/plan/plan-sessions.js";
import type { Plan } from "../../src/schema/plan.js";
import type { SessionRecord } from "../../src/schema/session-record.js";
import { addDays } from "../helpers/dates.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { underStryker } from "../helpers/stryker.js";
import { manual, played } from "./records.js";

/** 3 a week (Mon, Wed, Fri) for 4 weeks from Monday 2026-11-02. */
const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });

const run = (
  records: readonly SessionRecord[],
  asOf = "2026-11-29",
  options?: AdherenceInput["options"],
  usePlan: Plan = plan,
): AdherenceReport => calculateAdherence({ plan: usePlan, records, asOf, options });

/** Manual completed records on the given dates, with ids from the dates. */
const doneOn = (...dates: string[]): SessionRecord[] => dates.map((date, index) => manual(`${date}#${index}`, date));

/** Every planned session of the plan, done by hand. */
const allPlanned = (usePlan: Plan = plan): SessionRecord[] =>
  usePlan.sessions.map((session) => manual(`${session.date}/${session.slot}`, session.date));

describe("calculateAdherence", () => {
  describe("completed sessions", () => {
    it("count a session whose dose reaches the completion threshold, not one just below it", () => {
      const report = run([
        played(plan, "a", "2026-11-02", 0.8),
        played(plan, "b", "2026-11-04", 0.79),
        manual("c", "2026-11-06"),
      ]);
      expect(report.weeks[0]).toMatchObject({ target: 3, completed: 2, met: false });
    });

    it("follow a custom completion threshold", () => {
      const records = [played(plan, "a", "2026-11-02", 0.9), manual("b", "2026-11-04"), manual("c", "2026-11-06")];
      expect(run(records, "2026-11-08", { completionThreshold: 0.95 }).weeks[0]?.completed).toBe(2);
      expect(run(records, "2026-11-08", { completionThreshold: 0.9 }).weeks[0]?.completed).toBe(3);
    });

    it("cap each hold at its plan, so that holding longer cannot make up for a skipped hold", () => {
      // Half the holds at double length, half skipped: dose 0.5 (not 1).
      const record = played(plan, "a", "2026-11-02", (item, repetition) => (repetition === 2 ? 0 : item.holdMs * 2));
      const report = run([record, manual("b", "2026-11-04"), manual("c", "2026-11-06")], "2026-11-09");
      expect(report.weeks[0]?.completed).toBe(2);
      expect(report.doseAdherence.numerator).toBe(2 * 540_000 + 18 * 20_000);
    });

    it("read the dose of a stopped player session from its holds, and a stopped manual record as dose 0", () => {
      const stoppedLate = played(plan, "a", "2026-11-02", (item) => item.holdMs, { status: "stopped" });
      const report = run([stoppedLate, manual("b", "2026-11-04", "stopped")], "2026-11-09");
      expect(report.weeks[0]).toMatchObject({ target: 3, completed: 1 });
      expect(report.ignored).toEqual([]);
      expect(report.doseAdherence).toMatchObject({ numerator: 540_000, denominator: 3 * 540_000 });
      expect(report.doseAdherence.repetitions).toEqual({ value: 1 / 3, numerator: 27, denominator: 81 });
    });

    it("give a record whose holds plan nothing a dose of 0", () => {
      const empty = played(plan, "a", "2026-11-02", 0);
      const zeroPlanned: SessionRecord = {
        ...empty,
        holds: (empty.holds ?? []).map((hold) => ({ ...hold, plannedMs: 0 })),
      };
      expect(run([zeroPlanned], "2026-11-08").weeks[0]?.completed).toBe(0);
    });

    it("count a record with an empty holds list like one entered by hand", () => {
      const record: SessionRecord = { ...manual("a", "2026-11-02"), holds: [] };
      expect(run([record], "2026-11-08").weeks[0]?.completed).toBe(1);
    });
  });

  describe("weeks", () => {
    it("hold a week that contains asOf pending until it meets its target, its last day included", () => {
      const report = run(doneOn("2026-11-02", "2026-11-04"), "2026-11-08");
      expect(report.weeks.map((week) => week.pending)).toEqual([true]);
      expect(run(doneOn("2026-11-02", "2026-11-04"), "2026-11-09").weeks.map((week) => week.pending)).toEqual([
        false,
        true,
      ]);
    });

    it("count completed sessions on unplanned days of the week too", () => {
      const report = run(doneOn("2026-11-03", "2026-11-07", "2026-11-08"));
      expect(report.weeks[0]).toMatchObject({ target: 3, completed: 3, met: true });
    });

    it("leave a current week that has not met its target out of every figure; it never breaks the streak", () => {
      const records = doneOn("2026-11-02", "2026-11-04", "2026-11-06", "2026-11-09", "2026-11-11", "2026-11-13");
      const report = run([...records, manual("x", "2026-11-16")], "2026-11-17");
      expect(report.weeks).toHaveLength(3);
      expect(report.weeks[2]).toEqual({
        start: "2026-11-16",
        end: "2026-11-22",
        target: 3,
        completed: 1,
        met: false,
        pending: true,
      });
      expect(report.sessionAdherence).toEqual({ value: 1, numerator: 6, denominator: 6 });
      expect(report.sessionRatio).toEqual({ value: 1, numerator: 6, denominator: 6 });
      expect(report.doseAdherence.denominator).toBe(6 * 540_000);
      expect(report.streak).toEqual({ current: 2, best: 2 });
      expect(report.missed).toEqual([]);
    });

    it("count the current week as soon as it meets its target", () => {
      const report = run(doneOn("2026-11-02", "2026-11-03", "2026-11-04"), "2026-11-04");
      expect(report.weeks).toEqual([
        { start: "2026-11-02", end: "2026-11-08", target: 3, completed: 3, met: true, pending: false },
      ]);
      expect(report.sessionAdherence.value).toBe(1);
    });

    it("judge every week when asOf is after the plan's end", () => {
      const report = run(doneOn("2026-11-02"), "2027-01-10");
      expect(report.weeks.map((week) => week.pending)).toEqual([false, false, false, false]);
      expect(report.sessionAdherence).toEqual({ value: 1 / 12, numerator: 1, denominator: 12 });
    });

    it("give partial weeks at the plan's edges the sessions planned in them", () => {
      // From Thursday 2026-11-05 for 2 weeks: Fri | Mon Wed Fri | Mon Wed (to Wednesday 2026-11-18).
      const midWeek = planSessions(backSpasmRoutine, { start: "2026-11-05", weeks: 2 });
      const report = run(allPlanned(midWeek), "2026-11-30", undefined, midWeek);
      expect(report.weeks).toEqual([
        { start: "2026-11-05", end: "2026-11-08", target: 1, completed: 1, met: true, pending: false },
        { start: "2026-11-09", end: "2026-11-15", target: 3, completed: 3, met: true, pending: false },
        { start: "2026-11-16", end: "2026-11-18", target: 2, completed: 2, met: true, pending: false },
      ]);
      expect(report.sessionAdherence).toEqual({ value: 1, numerator: 6, denominator: 6 });
    });

    it("follow the plan's first day of the week", () => {
      const sundays = planSessions(backSpasmRoutine, { start: "2026-11-04", weeks: 1, weekStartsOn: "sunday" });
      const report = run([], "2026-11-30", undefined, sundays);
      expect(report.weeks.map((week) => [week.start, week.end, week.target])).toEqual([
        ["2026-11-04", "2026-11-07", 1],
        ["2026-11-08", "2026-11-10", 2],
      ]);
    });

    it("count every slot of a day planned several times a day", () => {
      const twice = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 2, sessionsPerDay: 2 });
      const report = run(doneOn("2026-11-02", "2026-11-02", "2026-11-04"), "2026-11-15", undefined, twice);
      expect(report.weeks.map((week) => [week.target, week.completed])).toEqual([
        [6, 3],
        [6, 0],
      ]);
      expect(report.missed[0]).toEqual({ date: "2026-11-04", slot: 1 });
    });
  });

  describe("figures", () => {
    it("cap each week at its target for session adherence, not for the session ratio", () => {
      const report = run(
        doneOn("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-07", "2026-11-09"),
        "2026-11-16",
      );
      expect(report.sessionAdherence).toEqual({ value: 4 / 6, numerator: 4, denominator: 6 });
      expect(report.sessionRatio).toEqual({ value: 7 / 6, numerator: 7, denominator: 6 });
    });

    it("take the dose of the best target sessions of a week", () => {
      const records = [
        played(plan, "half", "2026-11-02", 0.5),
        manual("b", "2026-11-03"),
        played(plan, "quarter", "2026-11-04", 0.25),
        manual("d", "2026-11-05"),
      ];
      const report = run(records, "2026-11-09");
      expect(report.doseAdherence).toMatchObject({ numerator: 2 * 540_000 + 270_000, denominator: 3 * 540_000 });
    });

    it("cap a session's hold at the plan's, even when the player planned longer holds", () => {
      const longer: SessionRecord = {
        ...played(plan, "a", "2026-11-02", 1),
        holds: (played(plan, "a", "2026-11-02", 1).holds ?? []).map((hold) => ({
          ...hold,
          plannedMs: 60_000,
          achievedMs: 60_000,
        })),
      };
      const report = run([longer], "2026-11-09");
      expect(report.doseAdherence).toMatchObject({ numerator: 540_000, value: 1 / 3 });
    });

    it("count the repetitions done in a session, skipped holds left out", () => {
      const skippedThirds = played(plan, "a", "2026-11-02", (item, repetition) => (repetition === 3 ? 0 : item.holdMs));
      const report = run([skippedThirds, manual("b", "2026-11-04"), manual("c", "2026-11-06")], "2026-11-09");
      expect(report.doseAdherence.repetitions).toEqual({ value: 72 / 81, numerator: 18 + 27 + 27, denominator: 81 });
      expect(report.doseAdherence).toMatchObject({ numerator: 360_000 + 2 * 540_000, denominator: 3 * 540_000 });
    });

    it("give value null, not 0, when nothing was due yet", () => {
      const report = run([], "2026-11-02");
      expect(report.weeks).toEqual([
        { start: "2026-11-02", end: "2026-11-08", target: 3, completed: 0, met: false, pending: true },
      ]);
      expect(report.sessionAdherence).toEqual({ value: null, numerator: 0, denominator: 0 });
      expect(report.doseAdherence).toEqual({
        value: null,
        numerator: 0,
        denominator: 0,
        repetitions: { value: null, numerator: 0, denominator: 0 },
      });
      expect(report.sessionRatio.value).toBeNull();
      expect(report.classification).toBe("insufficient-data");
      expect(report.streak).toEqual({ current: 0, best: 0 });
    });

    it("give 0 with its denominator when planned sessions were all missed", () => {
      const report = run([], "2026-11-29");
      expect(report.sessionAdherence).toEqual({ value: 0, numerator: 0, denominator: 9 });
      expect(report.classification).toBe("non-adherent");
    });
  });

  describe("classification", () => {
    it("reads adherent at exactly the threshold and non-adherent just below it", () => {
      // 5 weeks of 3: 12 of 15 is 0.8.
      const five = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 5 });
      const sessions = allPlanned(five);
      expect(run(sessions.slice(0, 12), "2026-12-31", undefined, five).classification).toBe("adherent");
      expect(run(sessions.slice(0, 11), "2026-12-31", undefined, five).classification).toBe("non-adherent");
      expect(run(sessions.slice(0, 11), "2026-12-31", { adherentThreshold: 0.7 }, five).classification).toBe(
        "adherent",
      );
    });

    it("reads insufficient-data under 14 days or under 4 planned sessions, figures still given", () => {
      const oneWeek = run(allPlanned(), "2026-11-08");
      expect(oneWeek.classification).toBe("insufficient-data");
      expect(oneWeek.sessionAdherence.value).toBe(1);
      expect(run(allPlanned(), "2026-11-15").classification).toBe("adherent");
      const excused = ["2026-11-04", "2026-11-06", "2026-11-09", "2026-11-11", "2026-11-13"];
      expect(run(allPlanned(), "2026-11-15", { excused }).classification).toBe("insufficient-data");
    });
  });

  describe("classification at the edges of the judged window", () => {
    it("judges 4 planned sessions, not 3", () => {
      const four = run(allPlanned(), "2026-11-15", { excused: ["2026-11-04", "2026-11-11"] });
      expect(four.sessionAdherence).toEqual({ value: 1, numerator: 4, denominator: 4 });
      expect(four.classification).toBe("adherent");
      const three = run(allPlanned(), "2026-11-15", { excused: ["2026-11-04", "2026-11-06", "2026-11-11"] });
      expect(three.sessionAdherence).toEqual({ value: 1, numerator: 3, denominator: 3 });
      expect(three.classification).toBe("insufficient-data");
    });

    it("counts the days of a current week that met its target only up to asOf: 12 days are too few", () => {
      // Week 2 is met on Friday 2026-11-13: it is judged, with 5 of its days.
      const report = run(allPlanned(), "2026-11-13");
      expect(report.weeks.map((week) => [week.target, week.met, week.pending])).toEqual([
        [3, true, false],
        [3, true, false],
      ]);
      expect(report.sessionAdherence).toEqual({ value: 1, numerator: 6, denominator: 6 });
      expect(report.classification).toBe("insufficient-data");
    });
  });

  describe("excused dates", () => {
    it("leave the targets and the denominators", () => {
      const report = run(doneOn("2026-11-02", "2026-11-04"), "2026-11-08", { excused: ["2026-11-06"] });
      expect(report.weeks[0]).toMatchObject({ target: 2, completed: 2, met: true });
      expect(report.sessionAdherence).toEqual({ value: 1, numerator: 2, denominator: 2 });
      expect(report.missed).toEqual([]);
    });

    it("make a week of target 0 that neither adds to nor breaks a streak", () => {
      const excused = ["2026-11-09", "2026-11-11", "2026-11-13"];
      const records = doneOn("2026-11-02", "2026-11-04", "2026-11-06", "2026-11-16", "2026-11-18", "2026-11-20");
      const report = run(records, "2026-11-22", { excused });
      expect(report.weeks.map((week) => [week.target, week.met])).toEqual([
        [3, true],
        [0, true],
        [3, true],
      ]);
      expect(report.streak).toEqual({ current: 2, best: 2 });
    });

    it("are skipped over by a run of missed sessions", () => {
      const report = run(doneOn("2026-11-02"), "2026-11-16", { excused: ["2026-11-09"] });
      expect(report.missed.map((slot) => slot.date)).toEqual(["2026-11-04", "2026-11-06", "2026-11-11", "2026-11-13"]);
      expect(report.interruptions).toEqual([{ from: "2026-11-04", to: "2026-11-13", count: 4 }]);
    });
  });

  describe("missed sessions and interruptions", () => {
    it("fill the planned session of a session's own date first: Friday done is never missed", () => {
      const report = run(doneOn("2026-11-06"), "2026-11-09");
      expect(report.missed).toEqual([
        { date: "2026-11-02", slot: 0 },
        { date: "2026-11-04", slot: 0 },
      ]);
    });

    it("fill the rest of a week with sessions on other days, each the nearest free planned session", () => {
      // Monday and Friday of a Monday/Wednesday/Friday week, plus a Thursday session: Thursday fills Wednesday.
      expect(run(doneOn("2026-11-02", "2026-11-06"), "2026-11-09").missed).toEqual([{ date: "2026-11-04", slot: 0 }]);
      expect(run(doneOn("2026-11-02", "2026-11-05", "2026-11-06"), "2026-11-09").missed).toEqual([]);
      // A Sunday session fills Friday, the nearest; a Saturday one then takes Wednesday.
      expect(run(doneOn("2026-11-07", "2026-11-08"), "2026-11-09").missed).toEqual([{ date: "2026-11-02", slot: 0 }]);
    });

    it("give a session between two free planned sessions to the earlier one: Tuesday fills Monday", () => {
      expect(run(doneOn("2026-11-03"), "2026-11-09").missed).toEqual([
        { date: "2026-11-04", slot: 0 },
        { date: "2026-11-06", slot: 0 },
      ]);
    });

    it("find runs of 3 or more missed sessions across weeks, not runs of 2", () => {
      const records = doneOn("2026-11-02", "2026-11-09", "2026-11-16", "2026-11-18", "2026-11-20", "2026-11-23");
      const report = run(records, "2026-11-30");
      expect(report.missed.map((slot) => slot.date)).toEqual([
        "2026-11-04",
        "2026-11-06",
        "2026-11-11",
        "2026-11-13",
        "2026-11-25",
        "2026-11-27",
      ]);
      expect(report.interruptions).toEqual([]);
      const gap = run(doneOn("2026-11-02", "2026-11-16"), "2026-11-22");
      expect(gap.interruptions).toEqual([{ from: "2026-11-04", to: "2026-11-13", count: 5 }]);
    });

    it("find a run of exactly 3 missed sessions at the plan's start", () => {
      const report = run(doneOn("2026-11-09"), "2026-11-15");
      expect(report.interruptions).toEqual([{ from: "2026-11-02", to: "2026-11-06", count: 3 }]);
      expect(run(doneOn("2026-11-06", "2026-11-09"), "2026-11-15").interruptions).toEqual([]);
    });

    it("end the report with an open run", () => {
      const report = run(doneOn("2026-11-02", "2026-11-04", "2026-11-06"), "2026-12-31");
      expect(report.interruptions).toEqual([{ from: "2026-11-09", to: "2026-11-27", count: 9 }]);
      expect(report.streak).toEqual({ current: 0, best: 1 });
    });
  });

  describe("stretches", () => {
    it("tally per stretch and side, in the plan's order, from records by hand and from the player", () => {
      const report = run([manual("a", "2026-11-02"), played(plan, "b", "2026-11-04", 0.5)], "2026-11-08");
      expect(report.stretches).toHaveLength(9);
      expect(report.stretches[0]).toEqual({
        stretchId: "forward-roll",
        side: null,
        repetitions: { done: 6, planned: 6 },
        holdMs: { achieved: 90_000, planned: 120_000 },
        painReports: 0,
        advice: null,
        painScores: [],
        firstScore: null,
        lastScore: null,
        highestScore: null,
      });
    });

    it("count a stopped record by hand as planned but not done", () => {
      const report = run([manual("a", "2026-11-02", "stopped")], "2026-11-08");
      expect(report.stretches[8]).toMatchObject({
        repetitions: { done: 0, planned: 3 },
        holdMs: { achieved: 0, planned: 60_000 },
      });
    });

    it("advise to avoid a stretch that hurt, even in the current, pending week", () => {
      const pain = [{ stretchId: "spine-rotation", side: "right" as const, atMs: 1 }];
      const report = run([played(plan, "a", "2026-11-09", 1, { pain })], "2026-11-10");
      expect(report.weeks[1]?.pending).toBe(true);
      expect(report.stretches.filter((row) => row.advice === "avoid").map((row) => row.side)).toEqual([
        "left",
        "right",
      ]);
      expect(
        report.stretches.find((row) => row.side === "right" && row.stretchId === "spine-rotation")?.painReports,
      ).toBe(1);
    });

    it("ignore the pain of a record left out", () => {
      const pain = [{ stretchId: "forward-roll", side: null, atMs: 1 }];
      const report = run([{ ...manual("a", "2026-12-02"), pain }], "2026-11-29");
      expect(report.stretches.every((row) => row.advice === null && row.painReports === 0)).toBe(true);
    });

    it("list stretches that are not in the plan after the plan's, by id and side", () => {
      const record: SessionRecord = {
        ...manual("a", "2026-11-02"),
        holds: [
          {
            stretchId: "custom-b",
            side: "right",
            repetition: 1,
            plannedMs: 10_000,
            achievedMs: 10_000,
            skipped: false,
          },
          { stretchId: "custom-b", side: "left", repetition: 1, plannedMs: 10_000, achievedMs: 5_000, skipped: false },
          { stretchId: "custom-a", side: null, repetition: 1, plannedMs: 10_000, achievedMs: 0, skipped: true },
          {
            stretchId: "forward-roll",
            side: null,
            repetition: 1,
            plannedMs: 20_000,
            achievedMs: 20_000,
            skipped: false,
          },
        ],
        pain: [{ stretchId: "custom-b", side: "left", atMs: 5 }],
      };
      const report = run([record], "2026-11-08");
      expect(report.stretches.slice(9)).toEqual([
        {
          stretchId: "custom-a",
          side: null,
          repetitions: { done: 0, planned: 1 },
          holdMs: { achieved: 0, planned: 10_000 },
          painReports: 0,
          advice: null,
          painScores: [],
          firstScore: null,
          lastScore: null,
          highestScore: null,
        },
        {
          stretchId: "custom-b",
          side: "left",
          repetitions: { done: 1, planned: 1 },
          holdMs: { achieved: 5_000, planned: 10_000 },
          painReports: 1,
          advice: "avoid",
          painScores: [],
          firstScore: null,
          lastScore: null,
          highestScore: null,
        },
        {
          stretchId: "custom-b",
          side: "right",
          repetitions: { done: 1, planned: 1 },
          holdMs: { achieved: 10_000, planned: 10_000 },
          painReports: 0,
          advice: "avoid",
          painScores: [],
          firstScore: null,
          lastScore: null,
          highestScore: null,
        },
      ]);
      expect(report.stretches[0]?.repetitions).toEqual({ done: 1, planned: 1 });
    });

    it("sort the stretches that are not in the plan by id, whatever order they were met in", () => {
      const pain = ["custom-a", "custom-c", "custom-b"].map((stretchId, atMs) => ({ stretchId, side: null, atMs }));
      const report = run([{ ...manual("a", "2026-11-02"), pain }], "2026-11-08");
      expect(report.stretches.slice(9).map((row) => [row.stretchId, row.painReports, row.advice])).toEqual([
        ["custom-a", 1, "avoid"],
        ["custom-b", 1, "avoid"],
        ["custom-c", 1, "avoid"],
      ]);
    });

    it("count each hold to its own stretch and side, also where the plan has another", () => {
      const hold = (stretchId: string, side: "left" | null, repetition: number) => ({
        stretchId,
        side,
        repetition,
        plannedMs: 20_000,
        achievedMs: 20_000,
        skipped: false,
      });
      // Four on the left, where the plan has three, then the right: the fourth is not a right hold.
      const holds = [1, 2, 3].map((k) => hold("forward-roll", null, k));
      holds.push(...[1, 2, 3, 4].map((k) => hold("sideways-reach", "left", k)));
      const report = run([{ ...manual("a", "2026-11-02"), holds }], "2026-11-08");
      expect(report.stretches.slice(0, 3).map((row) => [row.stretchId, row.side, row.repetitions])).toEqual([
        ["forward-roll", null, { done: 3, planned: 3 }],
        ["sideways-reach", "left", { done: 4, planned: 4 }],
        ["sideways-reach", "right", { done: 0, planned: 0 }],
      ]);
    });

    it("read holds in any order", () => {
      const record = played(plan, "a", "2026-11-02", 1);
      const reversed: SessionRecord = { ...record, holds: [...(record.holds ?? [])].reverse() };
      expect(run([reversed], "2026-11-09").stretches).toEqual(run([record], "2026-11-09").stretches);
      expect(run([reversed], "2026-11-09").stretches.map((row) => row.repetitions.done)).toEqual([
        3, 3, 3, 3, 3, 3, 3, 3, 3,
      ]);
    });
  });

  describe("ignored records", () => {
    it("give every record left out with its index and reason, in order", () => {
      const records = [
        manual("a", "2026-11-02"),
        { ...manual("b", "2026-11-04"), routineId: "neck-spasm-exercises" },
        manual("c", "2026-11-30"),
        manual("d", "2026-11-01"),
        manual("a", "2026-11-06"),
      ];
      expect(run(records, "2026-11-29").ignored).toEqual([
        { index: 1, id: "b", reason: "other-routine" },
        { index: 2, id: "c", reason: "future" },
        { index: 3, id: "d", reason: "outside-plan" },
        { index: 4, id: "a", reason: "duplicate" },
      ]);
    });

    it("call a record after the plan's end but before asOf outside-plan, and one after asOf future", () => {
      const records = [manual("late", "2026-12-01"), manual("later", "2026-12-05")];
      expect(run(records, "2026-12-02").ignored.map((record) => record.reason)).toEqual(["outside-plan", "future"]);
    });

    it("check the reasons in order: duplicate, other-routine, future, outside-plan", () => {
      const records = [
        { ...manual("a", "2027-01-01"), routineId: "other" },
        { ...manual("a", "2027-01-01"), routineId: "other" },
        manual("b", "2027-01-01"),
      ];
      expect(run(records, "2026-11-29").ignored.map((record) => record.reason)).toEqual([
        "other-routine",
        "duplicate",
        "future",
      ]);
    });

    it("let the first record of an id win, even when it is left out itself", () => {
      const report = run([manual("a", "2026-12-25"), manual("a", "2026-11-02")], "2026-11-29");
      expect(report.ignored.map((record) => record.reason)).toEqual(["future", "duplicate"]);
      expect(report.weeks[0]?.completed).toBe(0);
    });
  });

  describe("inputs and outputs", () => {
    it("never changes its input and returns fresh plain JSON", () => {
      const records = [
        played(plan, "a", "2026-11-02", 0.5, { pain: [{ stretchId: "forward-roll", side: null, atMs: 3 }] }),
        manual("b", "2026-11-04"),
      ];
      const input = deepFreeze({ plan: jsonCopy(plan), records: jsonCopy(records), asOf: "2026-11-29" });
      const before = jsonCopy(input);
      const report = calculateAdherence(input);
      expect(input).toEqual(before);
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      expect(structuredClone(report)).toEqual(report);
      expect(report.missed.some((slot) => input.plan.sessions.includes(slot))).toBe(false);
    });

    it("gives the same report twice", () => {
      const records = [played(plan, "a", "2026-11-02", 0.9), manual("b", "2026-11-05")];
      expect(run(records)).toEqual(run(records));
    });

    it("handles a plan of 520 weeks with 100,000 records", () => {
      const long = planSessions(backSpasmRoutine, { start: "2026-01-05", weeks: 520, sessionsPerDay: 3 });
      // Against a mutant (npm run mutate), a tenth of them: the figures, not the size, find mutants.
      const count = underStryker ? 10_000 : 100_000;
      const records = Array.from({ length: count }, (_, index) =>
        manual(`r${index}`, addDays(long.start, Math.floor((index * 3640) / count))),
      );
      const report = calculateAdherence({ plan: long, records, asOf: long.end });
      expect(report.weeks).toHaveLength(520);
      expect(report.ignored).toEqual([]);
      expect(report.sessionRatio.numerator).toBe(count);
      expect(report.sessionAdherence.denominator).toBe(520 * 9);
    });
  });
});

describe("a session's dose is measured against the plan", () => {
  const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
  const sessionOf = (id: string, date: string, holdMs: number, skip: readonly string[] = []): SessionRecord => ({
    id,
    routineId: plan.routineId,
    date,
    status: "completed",
    pain: [],
    holds: plan.items
      .filter((item) => !skip.includes(item.stretchId))
      .flatMap((item) =>
        Array.from({ length: item.repetitions }, (_, k) => ({
          stretchId: item.stretchId,
          side: item.side,
          repetition: k + 1,
          plannedMs: holdMs,
          achievedMs: holdMs,
          skipped: false,
        })),
      ),
  });

  it("three sessions of 1 s holds do not count as completed, though each held all it planned", () => {
    const records = ["2026-11-02", "2026-11-04", "2026-11-06"].map((date, i) => sessionOf(`s${i}`, date, 1_000));
    const report = calculateAdherence({ plan, records, asOf: "2026-11-08" });
    expect(report.weeks[0]?.completed).toBe(0);
    expect(report.sessionAdherence.numerator).toBe(0);
  });

  it("a session without the quadriceps stretch is 420 s of a 540 s plan (0.78): not the planned session", () => {
    const records = ["2026-11-02", "2026-11-04", "2026-11-06"].map((date, i) =>
      sessionOf(`s${i}`, date, 20_000, ["quadriceps-stretch"]),
    );
    const report = calculateAdherence({ plan, records, asOf: "2026-11-08" });
    expect(report.weeks[0]?.completed).toBe(0);
    expect(report.doseAdherence.numerator).toBe(0);
  });

  it("the same sessions count in full against a plan of the seated variant", () => {
    const seated = adaptRoutine(backSpasmRoutine, { position: "seated" });
    const seatedPlan = planSessions(seated, { start: "2026-11-02", weeks: 4 });
    expect(seatedPlan.holdMsPerSession).toBe(420_000);
    const records = ["2026-11-02", "2026-11-04", "2026-11-06"].map((date, i) =>
      sessionOf(`s${i}`, date, 20_000, ["quadriceps-stretch"]),
    );
    const report = calculateAdherence({ plan: seatedPlan, records, asOf: "2026-11-08" });
    expect(report.weeks[0]?.completed).toBe(3);
    expect(report.doseAdherence.numerator).toBe(3 * 420_000);
  });
});
