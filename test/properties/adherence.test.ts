import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateAdherence } from "../../src/adherence/calculate-adherence.js";
import type { AdherenceFigure, AdherenceInput, AdherenceReport } from "../../src/adherence/types.js";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { toDayNumber } from "../../src/internal/dates.js";
import { type PlanOptions, planSessions } from "../../src/plan/plan-sessions.js";
import { WEEKDAYS } from "../../src/schema/plan.js";
import type { SessionRecord } from "../../src/schema/session-record.js";
import { manual, played } from "../adherence/records.js";
import { addDays } from "../helpers/dates.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { fromSrc, outputsByZone, underStryker } from "../helpers/time-zones.js";

/** What a generated case is made of: plain JSON, so that a child process can rebuild it. */
interface Case {
  readonly planOptions: PlanOptions;
  readonly records: readonly SessionRecord[];
  readonly asOf: string;
  readonly options: { readonly excused: readonly string[]; readonly completionThreshold: number };
}

const FIRST_START = "2026-01-05";

const recordSpecArb = fc.record({
  day: fc.integer({ min: -7, max: 63 }),
  kind: fc.constantFrom("completed", "stopped", "played", "played"),
  fraction: fc.constantFrom(0, 0.25, 0.5, 0.79, 0.8, 1, 1.5),
  otherRoutine: fc.integer({ min: 0, max: 9 }).map((draw) => draw === 0),
  pain: fc.constantFrom(null, "quadriceps-stretch", "forward-roll"),
  score: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 3 }),
  effort: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 2 }),
  copyOf: fc.option(fc.nat(30), { freq: 8 }),
});

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 13 }),
    weeks: fc.integer({ min: 1, max: 6 }),
    sessionsPerWeek: fc.constantFrom(3, 4),
    sessionsPerDay: fc.integer({ min: 1, max: 3 }),
    weekStartsOn: fc.constantFrom(...WEEKDAYS),
    asOfOffset: fc.integer({ min: 0, max: 50 }),
    specs: fc.array(recordSpecArb, { maxLength: 30 }),
    excused: fc.array(fc.integer({ min: -2, max: 45 }), { maxLength: 4 }),
    completionThreshold: fc.constantFrom(0.5, 0.8, 1),
    /** Per planned session (cycling), a draw from 0 to 9: done by hand when below `coverage`. */
    draws: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 40 }),
    coverage: fc.constantFrom(0, 5, 9, 10),
  })
  .map(({ startOffset, asOfOffset, specs, excused, completionThreshold, draws, coverage, ...frequency }) => {
    const start = addDays(FIRST_START, startOffset);
    const planOptions: PlanOptions = { start, ...frequency };
    const plan = planSessions(backSpasmRoutine, planOptions);
    const records: SessionRecord[] = plan.sessions.flatMap((session, index) =>
      (draws[index % draws.length] ?? 0) < coverage ? [manual(`p${index}`, session.date)] : [],
    );
    specs.forEach((spec, index) => {
      const earlier = spec.copyOf === null ? undefined : records[spec.copyOf % Math.max(records.length, 1)];
      if (earlier !== undefined) {
        records.push(earlier);
        return;
      }
      const id = `r${index}`;
      const date = addDays(start, spec.day);
      const side = spec.pain === "forward-roll" ? null : ("left" as const);
      const scored = spec.score === null ? {} : { score: spec.score };
      const pain = spec.pain === null ? [] : [{ stretchId: spec.pain, side, atMs: index, ...scored }];
      const effort = spec.effort === null ? {} : { effort: spec.effort };
      const base =
        spec.kind === "played"
          ? played(plan, id, date, spec.fraction, { pain, ...effort })
          : { ...manual(id, date, spec.kind === "completed" ? "completed" : "stopped"), pain, ...effort };
      records.push(spec.otherRoutine ? { ...base, routineId: "neck-spasm-exercises" } : base);
    });
    return {
      planOptions,
      records,
      asOf: addDays(start, asOfOffset),
      options: { excused: excused.map((offset) => addDays(start, offset)), completionThreshold },
    };
  });

const inputOf = (input: Case): AdherenceInput => ({
  plan: planSessions(backSpasmRoutine, input.planOptions),
  records: input.records,
  asOf: input.asOf,
  options: input.options,
});

const figures = (report: AdherenceReport): AdherenceFigure[] => [
  report.sessionAdherence,
  report.doseAdherence,
  report.doseAdherence.repetitions,
];

/** The report with `ignored` as a sorted list of ids and reasons: what does not depend on record order. */
/** A report without what depends on the order of `records` by definition: the indices of the records listed. */
const orderFree = (report: AdherenceReport) => ({
  ...report,
  records: report.records.map(({ index: _, ...read }) => read).sort((a, b) => (a.id < b.id ? -1 : 1)),
  ignored: report.ignored.map((record) => `${record.id}:${record.reason}`).sort(),
});

describe("adherence properties", () => {
  it("keeps every ratio within [0, 1], the session ratio aside, with value = numerator / denominator", () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const report = calculateAdherence(inputOf(input));
        for (const figure of [...figures(report), report.sessionRatio]) {
          expect(figure.numerator).toBeGreaterThanOrEqual(0);
          expect(figure.value).toBe(figure.denominator === 0 ? null : figure.numerator / figure.denominator);
        }
        for (const figure of figures(report)) expect(figure.numerator).toBeLessThanOrEqual(figure.denominator);
      }),
    );
  });

  it("counts every record or lists it in ignored, with the reason the rules give", () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const { plan, records, asOf } = inputOf(input);
        const report = calculateAdherence(inputOf(input));
        const seen = new Set<string>();
        const expected = records.flatMap((record, index) => {
          const duplicate = seen.has(record.id);
          seen.add(record.id);
          const reason = duplicate
            ? "duplicate"
            : record.routineId !== plan.routineId
              ? "other-routine"
              : record.date > asOf
                ? "future"
                : record.date < plan.start || record.date > plan.end
                  ? "outside-plan"
                  : null;
          return reason === null ? [] : [{ index, id: record.id, reason }];
        });
        expect(report.ignored).toEqual(expected);
        const counted = records.length - expected.length;
        const inWeeks = report.weeks.reduce((sum, week) => sum + week.completed, 0);
        expect(inWeeks).toBeLessThanOrEqual(counted);
      }),
    );
  });

  it("never lowers session adherence when a completed session is added", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (input, pick) => {
        const base = inputOf(input);
        const last = Math.min(toDayNumber(base.asOf), toDayNumber(base.plan.end));
        const days = last - toDayNumber(base.plan.start) + 1;
        const date = addDays(base.plan.start, pick % days);
        const before = calculateAdherence(base).sessionAdherence;
        const after = calculateAdherence({
          ...base,
          records: [...base.records, manual("added", date)],
        }).sessionAdherence;
        if (before.value !== null && after.value !== null) {
          expect(after.numerator * before.denominator).toBeGreaterThanOrEqual(before.numerator * after.denominator);
        }
      }),
    );
  });

  it("never makes a user discontinued who was not when a counted session is added", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (input, pick) => {
        const base = inputOf(input);
        const last = Math.min(toDayNumber(base.asOf), toDayNumber(base.plan.end));
        const date = addDays(base.plan.start, pick % (last - toDayNumber(base.plan.start) + 1));
        const before = calculateAdherence(base).persistence;
        const after = calculateAdherence({ ...base, records: [...base.records, manual("added", date)] }).persistence;
        if (before.discontinued === false) expect(after.discontinued).toBe(false);
        expect(after.discontinued).not.toBeNull();
        expect(before.discontinued === null).toBe(before.episodes.length === 0);
      }),
    );
  });

  it("changes only the flags and the pain trends when every score and effort is removed", () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const base = inputOf(input);
        const unscored = base.records.map(({ effort: _, ...record }) => ({
          ...record,
          pain: record.pain?.map(({ score: _score, ...report }) => report),
        }));
        const withScores = calculateAdherence(base);
        const without = calculateAdherence({ ...base, records: unscored });
        const trendFree = (report: AdherenceReport) => ({
          ...report,
          flags: report.flags.filter((flag) => flag.kind === "repeated-pain" || flag.kind === "discontinued"),
          stretches: report.stretches.map(
            ({ painScores: _, firstScore: _first, lastScore: _last, highestScore: _highest, ...row }) => row,
          ),
        });
        expect(without.flags.every((flag) => flag.kind !== "pain-score" && flag.kind !== "effort")).toBe(true);
        expect(trendFree(without)).toEqual(trendFree(withScores));
      }),
    );
  });

  it("gives the same report whatever the order of the records (but the indices of the records listed)", () => {
    fc.assert(
      fc.property(
        caseArb.chain((input) =>
          fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.records], { minLength: input.records.length })),
        ),
        ([input, shuffled]) => {
          const report = calculateAdherence(inputOf(input));
          const again = calculateAdherence({ ...inputOf(input), records: shuffled });
          expect(orderFree(again)).toEqual(orderFree(report));
        },
      ),
    );
  });

  it("never changes its inputs", () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const frozen = deepFreeze(jsonCopy(inputOf(input)));
        const before = jsonCopy(frozen);
        calculateAdherence(frozen);
        expect(frozen).toEqual(before);
      }),
    );
  });

  it.skipIf(underStryker)("gives deep-equal output under TZ=UTC, TZ=America/St_Johns and TZ=Pacific/Chatham", () => {
    const cases = fc.sample(caseArb, { numRuns: 40, seed: 20261102 });
    const outputs = outputsByZone<AdherenceReport[]>(
      [
        `import { calculateAdherence } from ${fromSrc("adherence/calculate-adherence.ts")};`,
        `import { backSpasmRoutine } from ${fromSrc("catalog/back-spasm-routine.ts")};`,
        `import { planSessions } from ${fromSrc("plan/plan-sessions.ts")};`,
        "output = cases.map((c) => calculateAdherence({ plan: planSessions(backSpasmRoutine, c.planOptions), records: c.records, asOf: c.asOf, options: c.options }));",
      ],
      cases,
    );
    expect(outputs["America/St_Johns"]).toEqual(outputs.UTC);
    expect(outputs["Pacific/Chatham"]).toEqual(outputs.UTC);
    expect(outputs.UTC).toEqual(cases.map((input) => calculateAdherence(inputOf(input))));
  });
});
