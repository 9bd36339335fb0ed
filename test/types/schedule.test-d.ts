import { describe, expectTypeOf, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { englishMessages } from "../../src/messages/en.js";
import { type FitOptions, type FitResult, fitRoutine } from "../../src/schedule/fit-routine.js";
import { type ScheduleOptions, scheduleSession } from "../../src/schedule/schedule-session.js";
import type { StepPosition } from "../../src/schedule/step-at.js";
import { stepAt } from "../../src/schedule/step-at.js";
import type { MessageCatalog } from "../../src/schema/locale.js";
import type { Routine } from "../../src/schema/routine.js";
import type { Cue, Message, MessageParams, Session, SessionStep } from "../../src/schema/session.js";

describe("schedule types", () => {
  it("scheduleSession takes a routine and optional options and returns a Session", () => {
    expectTypeOf(scheduleSession).parameters.toEqualTypeOf<[Routine, (ScheduleOptions | undefined)?]>();
    expectTypeOf(scheduleSession(backSpasmRoutine)).toEqualTypeOf<Session>();
    expectTypeOf<Session["steps"]>().toEqualTypeOf<readonly SessionStep[]>();
    expectTypeOf<Session["cues"]>().toEqualTypeOf<readonly Cue[]>();
  });

  it("options accept undefined for every field, for callers without exactOptionalPropertyTypes", () => {
    const options: ScheduleOptions = {
      holdSeconds: undefined,
      firstSide: undefined,
      repetitions: undefined,
      messages: undefined,
      catalog: undefined,
      prepareSeconds: undefined,
    };
    scheduleSession(backSpasmRoutine, options);
  });

  it("a bad first side or repetitions choice does not compile", () => {
    // @ts-expect-error "middle" is not a side
    scheduleSession(backSpasmRoutine, { firstSide: "middle" });
    // @ts-expect-error repetitions is "min" or "max"
    scheduleSession(backSpasmRoutine, { repetitions: 3 });
    expectTypeOf<NonNullable<ScheduleOptions["firstSide"]>>().toEqualTypeOf<"left" | "right">();
  });

  it("a message catalog that misses a key does not compile", () => {
    const { "cue.halfway": _, ...partial } = englishMessages;
    // @ts-expect-error "cue.halfway" is missing
    const missing: MessageCatalog = partial;
    const countSeconds = (params: { seconds: number }): string => `${params.seconds}`;
    // @ts-expect-error a text must take its own parameters
    const wrong: MessageCatalog = { ...englishMessages, "cue.countdown": countSeconds };
    const fine: MessageCatalog = { ...englishMessages, "cue.countdown": ({ count }) => `${count}!` };
    scheduleSession(backSpasmRoutine, { messages: fine });
    void [missing, wrong];
  });

  it("a message's params follow its key", () => {
    const message = scheduleSession(backSpasmRoutine).steps[0]?.message as Message;
    if (message.key === "cue.countdown") expectTypeOf(message.params).toEqualTypeOf<MessageParams["cue.countdown"]>();
    if (message.key === "step.hold") expectTypeOf(message.params.seconds).toEqualTypeOf<number>();
  });

  it("stepAt returns a StepPosition or null", () => {
    expectTypeOf(stepAt).returns.toEqualTypeOf<StepPosition | null>();
    expectTypeOf<StepPosition["step"]>().toEqualTypeOf<SessionStep>();
  });

  it("fitRoutine needs a budget and returns the routine with its session", () => {
    expectTypeOf(fitRoutine).returns.toEqualTypeOf<FitResult>();
    expectTypeOf<FitResult>().toEqualTypeOf<{ readonly routine: Routine; readonly session: Session }>();
    // @ts-expect-error upTo is "routine" or "stretch"
    fitRoutine(backSpasmRoutine, { maxSeconds: 600, upTo: "max" });
    expectTypeOf<FitOptions["maxSeconds"]>().toEqualTypeOf<number>();
    // @ts-expect-error maxSeconds is required
    fitRoutine(backSpasmRoutine, {});
    // @ts-expect-error the hold is what fitRoutine chooses
    fitRoutine(backSpasmRoutine, { maxSeconds: 600, holdSeconds: 20 });
  });

  it("a session is readonly", () => {
    const session = scheduleSession(backSpasmRoutine);
    // @ts-expect-error steps are readonly
    session.steps.push(session.steps[0] as SessionStep);
    // @ts-expect-error a step's fields are readonly
    (session.steps[0] as SessionStep).durationMs = 0;
  });
});
