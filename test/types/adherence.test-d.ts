import { describe, expectTypeOf, it } from "vitest";
import { calculateAdherence } from "../../src/adherence/calculate-adherence.js";
import type {
  AdherenceFigure,
  AdherenceOptions,
  AdherenceReport,
  IgnoredReason,
  StretchAdherence,
} from "../../src/adherence/types.js";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { type PlanOptions, planSessions } from "../../src/plan/plan-sessions.js";
import type { Plan, PlanItem, Weekday } from "../../src/schema/plan.js";

const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });

describe("plan types", () => {
  it("names weekdays as a literal union, so a typo fails to compile", () => {
    expectTypeOf<Weekday>().toEqualTypeOf<
      "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    >();
    // @ts-expect-error "mon" is not a Weekday
    planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 1, days: ["mon", "wed", "fri"] });
    // @ts-expect-error weekStartsOn takes a Weekday, not a number
    planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 1, weekStartsOn: 1 });
  });

  it("takes optional options written out as undefined, and requires start and weeks", () => {
    const options: PlanOptions = { start: "2026-11-02", weeks: 1, days: undefined, sessionsPerDay: undefined };
    expectTypeOf(planSessions(backSpasmRoutine, options)).toEqualTypeOf<Plan>();
    // @ts-expect-error weeks is required
    planSessions(backSpasmRoutine, { start: "2026-11-02" });
  });

  it("returns a readonly plan with literal sides", () => {
    expectTypeOf(plan.weekStartsOn).toEqualTypeOf<Weekday>();
    expectTypeOf<PlanItem["side"]>().toEqualTypeOf<"left" | "right" | null>();
    // @ts-expect-error sessions are readonly
    plan.sessions.push({ date: "2026-11-30", slot: 0 });
    // @ts-expect-error fields are readonly
    plan.end = "2026-12-31";
  });
});

describe("adherence types", () => {
  const report = calculateAdherence({ plan, records: [], asOf: "2026-11-29" });

  it("returns an AdherenceReport whose figures may have no value", () => {
    expectTypeOf(report).toEqualTypeOf<AdherenceReport>();
    expectTypeOf(report.sessionAdherence).toEqualTypeOf<AdherenceFigure>();
    expectTypeOf(report.sessionAdherence.value).toEqualTypeOf<number | null>();
    expectTypeOf(report.doseAdherence.repetitions).toEqualTypeOf<AdherenceFigure>();
  });

  it("uses literal unions for the classification, the reasons and the advice", () => {
    expectTypeOf<AdherenceReport["classification"]>().toEqualTypeOf<
      "adherent" | "non-adherent" | "insufficient-data"
    >();
    expectTypeOf<IgnoredReason>().toEqualTypeOf<
      "duplicate" | "other-routine" | "future" | "outside-plan" | "before-window"
    >();
    expectTypeOf<StretchAdherence["advice"]>().toEqualTypeOf<"avoid" | null>();
  });

  it("takes options written out as undefined, and refuses unknown ones", () => {
    const options: AdherenceOptions = { completionThreshold: undefined, adherentThreshold: 0.8, excused: undefined };
    calculateAdherence({ plan, records: [], asOf: "2026-11-29", options });
    calculateAdherence({ plan, records: [], asOf: "2026-11-29", options: undefined });
    // @ts-expect-error "threshold" is not an option
    calculateAdherence({ plan, records: [], asOf: "2026-11-29", options: { threshold: 0.9 } });
    // @ts-expect-error asOf is required
    calculateAdherence({ plan, records: [] });
  });

  it("hands out readonly data", () => {
    // @ts-expect-error weeks are readonly
    report.weeks.push(report.weeks[0]);
    // @ts-expect-error figures are readonly
    report.sessionAdherence.value = 1;
  });
});
