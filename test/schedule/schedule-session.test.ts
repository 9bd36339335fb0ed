import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { stretches } from "../../src/catalog/stretches.js";
import { validateRoutine } from "../../src/compose/validate-routine.js";
import { de } from "../../src/locales/de/index.js";
import { englishMessages } from "../../src/messages/en.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import type { MessageCatalog } from "../../src/schema/locale.js";
import type { Session, SessionStep } from "../../src/schema/session.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { errorOf } from "../player/fixtures.js";
import { firstLineOf, issuesOf, routineOf, summary } from "./helpers.js";

const stepsOf = (session: Session, stretchId: string): SessionStep[] =>
  session.steps.filter((step) => step.stretchId === stretchId);
const holdsOf = (session: Session, stretchId: string): string[] =>
  stepsOf(session, stretchId)
    .filter((step) => step.kind === "hold")
    .map((step) => `${String(step.side)} ${step.repetition}/${step.repetitions}`);

describe("scheduleSession: the built-in routine", () => {
  it("the built-in routine lasts 970 s with the defaults", () => {
    const session = scheduleSession(backSpasmRoutine);
    expect(session.totalMs).toBe(970_000);
    expect(session.routineId).toBe("back-spasm-stretches");
  });

  it("lasts 1,285 s with the most repetitions of every stretch", () => {
    expect(scheduleSession(backSpasmRoutine, { repetitions: "max" }).totalMs).toBe(1_285_000);
    expect(scheduleSession(backSpasmRoutine, { repetitions: "min" }).totalMs).toBe(970_000);
  });

  it("the forward roll takes 110 s: prepare, then 3 times ease, hold, release, with a rest between", () => {
    const roll = stepsOf(scheduleSession(backSpasmRoutine), "forward-roll");
    expect(roll.map((step) => step.kind)).toEqual([
      "prepare",
      ...["stretch", "hold", "release", "rest"],
      ...["stretch", "hold", "release", "rest"],
      ...["stretch", "hold", "release"],
    ]);
    expect(roll.reduce((sum, step) => sum + step.durationMs, 0)).toBe(110_000);
    expect(roll.every((step) => step.side === null)).toBe(true);
  });

  it("each sided stretch takes 215 s", () => {
    const session = scheduleSession(backSpasmRoutine);
    for (const id of ["sideways-reach", "spine-rotation", "gluteal-stretch", "quadriceps-stretch"]) {
      expect(stepsOf(session, id).reduce((sum, step) => sum + step.durationMs, 0)).toBe(215_000);
    }
  });

  it("does the five stretches in the routine's order", () => {
    const order = scheduleSession(backSpasmRoutine)
      .steps.filter((step) => step.kind === "prepare")
      .map((step) => step.stretchId);
    expect(order).toEqual(backSpasmRoutine.items.map((item) => item.stretchId));
  });

  it("the quadriceps stretch is done on both legs", () => {
    const session = scheduleSession(backSpasmRoutine);
    expect(holdsOf(session, "quadriceps-stretch")).toEqual([
      "left 1/3",
      "left 2/3",
      "left 3/3",
      "right 1/3",
      "right 2/3",
      "right 3/3",
    ]);
    const change = stepsOf(session, "quadriceps-stretch").find((step) => step.kind === "switch-side");
    expect(change?.text).toBe("Switch to the right hand and leg.");
  });

  it("a sided stretch does all repetitions on one side before switching", () => {
    const reach = stepsOf(scheduleSession(backSpasmRoutine), "sideways-reach");
    const sides = reach.filter((step) => step.kind !== "prepare").map((step) => step.side);
    const switchAt = reach.findIndex((step) => step.kind === "switch-side");
    expect(sides.slice(0, switchAt - 1).every((side) => side === "left")).toBe(true);
    expect(sides.slice(switchAt - 1).every((side) => side === "right")).toBe(true);
    expect(reach.filter((step) => step.kind === "switch-side")).toHaveLength(1);
  });

  it("has no rest after the last repetition of a side", () => {
    const reach = stepsOf(scheduleSession(backSpasmRoutine), "sideways-reach");
    const switchAt = reach.findIndex((step) => step.kind === "switch-side");
    expect(reach[switchAt - 1]?.kind).toBe("release");
    expect(reach.at(-1)?.kind).toBe("release");
  });

  it("breathes in on holds and out on releases, and lets the user end the holds", () => {
    for (const step of scheduleSession(backSpasmRoutine).steps) {
      expect(step.breath).toBe(step.kind === "hold" ? "inhale" : step.kind === "release" ? "exhale" : null);
      expect(step.endsOnUser).toBe(step.kind === "hold");
    }
  });

  it("numbers repetitions from 1, and 0 on prepare and switch-side steps", () => {
    for (const step of scheduleSession(backSpasmRoutine).steps) {
      if (step.kind === "prepare" || step.kind === "switch-side") expect(step.repetition).toBe(0);
      else expect(step.repetition).toBeGreaterThanOrEqual(1);
      expect(step.repetition).toBeLessThanOrEqual(step.repetitions);
    }
  });

  it("prepares a sided stretch on its first side", () => {
    const prepare = scheduleSession(backSpasmRoutine).steps.find((step) => step.stretchId === "spine-rotation");
    expect(prepare?.kind).toBe("prepare");
    expect(prepare?.side).toBe("left");
    expect(prepare?.text).toBe(
      "Spine rotation, left hand. Sit up straight and rest one hand on the opposite knee. Put your other hand behind your back.",
    );
  });

  it("steps tile the session in whole milliseconds, indexed in order", () => {
    const session = scheduleSession(backSpasmRoutine);
    let at = 0;
    session.steps.forEach((step, i) => {
      expect(step.index).toBe(i);
      expect(step.startMs).toBe(at);
      expect(Number.isInteger(step.durationMs) && step.durationMs > 0).toBe(true);
      at += step.durationMs;
    });
    expect(at).toBe(session.totalMs);
  });

  it("gives each step a message a UI can render in its own words, and the English text", () => {
    const [prepare, ease, hold] = scheduleSession(backSpasmRoutine).steps;
    expect(prepare?.message).toEqual({
      key: "step.prepare",
      params: {
        stretchId: "forward-roll",
        stretch: "Forward roll",
        side: null,
        limb: null,
        instruction: "Sit up straight and let your spine grow long.",
      },
    });
    expect(ease?.text).toMatch(/^Repetition 1 of 3\. Curl your upper body forward/);
    expect(hold?.message).toEqual({
      key: "step.hold",
      params: {
        stretchId: "forward-roll",
        stretch: "Forward roll",
        side: null,
        limb: null,
        repetition: 1,
        repetitions: 3,
        seconds: 20,
        endsOnUser: true,
      },
    });
    expect(hold?.text).toBe("Breathe in and hold for as long as is comfortable, about 20 seconds.");
  });

  it("is plain JSON data that survives JSON and structuredClone unchanged", () => {
    const session = scheduleSession(backSpasmRoutine);
    expect(JSON.parse(JSON.stringify(session))).toEqual(session);
    expect(structuredClone(session)).toEqual(session);
  });

  it("gives deep-equal sessions for the same input, each a fresh object", () => {
    const a = scheduleSession(backSpasmRoutine, { holdSeconds: 15 });
    const b = scheduleSession(backSpasmRoutine, { holdSeconds: 15 });
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a.steps[0]).not.toBe(b.steps[0]);
  });
});

describe("scheduleSession: options", () => {
  it("a zero duration drops that kind of step", () => {
    const session = scheduleSession(backSpasmRoutine, {
      prepareSeconds: 0,
      easeSeconds: 0,
      releaseSeconds: 0,
      restSeconds: 0,
      switchSideSeconds: 0,
    });
    expect(new Set(session.steps.map((step) => step.kind))).toEqual(new Set(["hold"]));
    expect(session.totalMs).toBe(27 * 20_000);
  });

  it("takes fractional seconds that are whole milliseconds", () => {
    const session = scheduleSession(backSpasmRoutine, { prepareSeconds: 2.5, holdSeconds: 1.001 });
    expect(session.steps[0]?.durationMs).toBe(2500);
    expect(session.steps.find((step) => step.kind === "hold")?.durationMs).toBe(1001);
  });

  it("holds for holdSeconds, else for each item's holdSeconds", () => {
    const routine = routineOf([
      { stretchId: "forward-roll", repetitions: 1, holdSeconds: 12 },
      { stretchId: "sideways-reach", repetitions: 1, holdSeconds: 33 },
    ]);
    const holds = (session: Session) => session.steps.filter((s) => s.kind === "hold").map((s) => s.durationMs);
    expect(holds(scheduleSession(routine))).toEqual([12_000, 33_000, 33_000]);
    expect(holds(scheduleSession(routine, { holdSeconds: 30 }))).toEqual([30_000, 30_000, 30_000]);
  });

  it("repetitions min or max take each stretch's own range, else the item's count", () => {
    const custom = defineStretch({ ...getStretch("forward-roll"), id: "short-roll", repetitions: { min: 1, max: 2 } });
    const routine = routineOf([
      { stretchId: "short-roll", repetitions: 5, holdSeconds: 20 },
      { stretchId: "forward-roll", repetitions: 5, holdSeconds: 20 },
    ]);
    const catalog = [...stretches, custom];
    const count = (session: Session, id: string) => holdsOf(session, id).length;
    const items = scheduleSession(routine, { catalog });
    expect([count(items, "short-roll"), count(items, "forward-roll")]).toEqual([5, 5]);
    const min = scheduleSession(routine, { catalog, repetitions: "min" });
    expect([count(min, "short-roll"), count(min, "forward-roll")]).toEqual([1, 3]);
    const max = scheduleSession(routine, { catalog, repetitions: "max" });
    expect([count(max, "short-roll"), count(max, "forward-roll")]).toEqual([2, 4]);
  });

  it("starts on the firstSide option, else the item's firstSide, else the left", () => {
    const routine = routineOf([
      { stretchId: "sideways-reach", repetitions: 1, holdSeconds: 20, firstSide: "right" },
      { stretchId: "spine-rotation", repetitions: 1, holdSeconds: 20 },
    ]);
    const plain = scheduleSession(routine);
    expect(holdsOf(plain, "sideways-reach")).toEqual(["right 1/1", "left 1/1"]);
    expect(holdsOf(plain, "spine-rotation")).toEqual(["left 1/1", "right 1/1"]);
    const forced = scheduleSession(routine, { firstSide: "left" });
    expect(holdsOf(forced, "sideways-reach")).toEqual(["left 1/1", "right 1/1"]);
    const right = scheduleSession(backSpasmRoutine, { firstSide: "right" });
    expect(holdsOf(right, "gluteal-stretch")[0]).toBe("right 1/3");
  });

  it("an item on one side only does that side, with no side change", () => {
    const routine = routineOf([{ stretchId: "gluteal-stretch", repetitions: 2, holdSeconds: 20, sides: "right" }]);
    const session = scheduleSession(routine, { firstSide: "left" });
    expect(holdsOf(session, "gluteal-stretch")).toEqual(["right 1/2", "right 2/2"]);
    expect(session.steps.some((step) => step.kind === "switch-side")).toBe(false);
    expect(session.cues.some((cue) => cue.kind === "switch-side")).toBe(false);
    expect(session.steps[0]?.text).toBe(
      "Gluteal stretch, right hand and leg. Sit up straight and rest one ankle on the other knee.",
    );
  });

  it("renders every text with the catalog in options.messages", () => {
    const loud: MessageCatalog = {
      ...englishMessages,
      "step.hold": ({ seconds }) => `HOLD ${seconds}`,
      "cue.countdown": ({ count }) => `${count}!`,
    };
    const session = scheduleSession(backSpasmRoutine, { messages: loud });
    expect(session.steps[2]?.text).toBe("HOLD 20");
    expect(session.steps[2]?.message.key).toBe("step.hold");
    expect(
      session.cues
        .filter((cue) => cue.kind === "countdown")
        .map((cue) => cue.text)
        .slice(0, 3),
    ).toEqual(["3!", "2!", "1!"]);
  });

  it("makes every step's text with a catalog of its own, once a step, as English would read", () => {
    const calls: Record<string, number> = {};
    const wrapped = Object.fromEntries(
      Object.entries(englishMessages).map(([key, text]) => [
        key,
        (params: never) => {
          calls[key] = (calls[key] ?? 0) + 1;
          return `[${(text as (p: never) => string)(params)}]`;
        },
      ]),
    ) as unknown as MessageCatalog;
    const english = scheduleSession(backSpasmRoutine);
    const session = scheduleSession(backSpasmRoutine, { messages: wrapped });
    expect(session.steps.map((step) => step.text)).toEqual(english.steps.map((step) => `[${step.text}]`));
    expect(session.cues.map((cue) => cue.text)).toEqual(english.cues.map((cue) => `[${cue.text}]`));
    expect(session.steps.map((step) => step.message)).toEqual(english.steps.map((step) => step.message));
    for (const kind of ["prepare", "stretch", "hold", "release", "rest", "switch-side"]) {
      expect(calls[`step.${kind}`], kind).toBe(session.steps.filter((step) => step.kind === kind).length);
    }
  });

  it("follows a change to englishMessages itself, and goes back to the built-in texts after it", () => {
    const patched = englishMessages as { -readonly [K in keyof MessageCatalog]: MessageCatalog[K] };
    const original = patched["step.stretch"];
    const before = scheduleSession(backSpasmRoutine);
    try {
      patched["step.stretch"] = ({ repetition }) => `Ease in, ${repetition}.`;
      const session = scheduleSession(backSpasmRoutine);
      expect(session.steps[1]?.text).toBe("Ease in, 1.");
      expect(session.steps[5]?.text).toBe("Ease in, 2.");
    } finally {
      patched["step.stretch"] = original;
    }
    expect(scheduleSession(backSpasmRoutine)).toEqual(before);
  });

  it("gives fresh objects on every call, with the same texts", () => {
    const a = scheduleSession(backSpasmRoutine);
    const b = scheduleSession(backSpasmRoutine);
    expect(b).toEqual(a);
    for (let i = 0; i < a.steps.length; i++) {
      expect(b.steps[i]).not.toBe(a.steps[i]);
      expect(b.steps[i]?.message).not.toBe(a.steps[i]?.message);
      expect(b.steps[i]?.message.params).not.toBe(a.steps[i]?.message.params);
    }
    for (let i = 0; i < a.cues.length; i++) {
      expect(b.cues[i]).not.toBe(a.cues[i]);
      expect(b.cues[i]?.message).not.toBe(a.cues[i]?.message);
    }
  });

  it("uses the stretches of options.catalog instead of the built-in ones", () => {
    const gentle = defineStretch({ ...getStretch("forward-roll"), id: "gentle-roll", name: "Gentle roll" });
    const routine = routineOf([{ stretchId: "gentle-roll", repetitions: 1, holdSeconds: 10 }]);
    const session = scheduleSession(routine, { catalog: [gentle] });
    expect(session.steps[0]?.text).toBe("Gentle roll. Sit up straight and let your spine grow long.");
    expect(summary(issuesOf(() => scheduleSession(routine), "invalid_routine"))).toEqual([
      "items.0.stretchId: unknown_stretch",
    ]);
    expect(
      summary(issuesOf(() => scheduleSession(backSpasmRoutine, { catalog: [gentle] }), "invalid_routine")),
    ).toEqual([
      "items.0.stretchId: unknown_stretch",
      "items.1.stretchId: unknown_stretch",
      "items.2.stretchId: unknown_stretch",
      "items.3.stretchId: unknown_stretch",
      "items.4.stretchId: unknown_stretch",
    ]);
  });

  it("checks a custom stretch again after it changed", () => {
    const mutable = jsonCopy({ ...getStretch("forward-roll"), id: "my-roll" }) as { hold: { targetSeconds: number } };
    const routine = routineOf([{ stretchId: "my-roll", repetitions: 1, holdSeconds: 10 }]);
    const catalog = [mutable as never];
    expect(scheduleSession(routine, { catalog }).totalMs).toBe(30_000);
    mutable.hold.targetSeconds = 5000;
    expect(summary(issuesOf(() => scheduleSession(routine, { catalog }), "invalid_catalog"))).toContain(
      "catalog.0.hold.targetSeconds: too_big",
    );
  });

  it("checks a routine again after it changed", () => {
    const routine = jsonCopy(backSpasmRoutine) as unknown as { items: { repetitions: number }[] };
    expect(scheduleSession(routine as never).totalMs).toBe(970_000);
    (routine.items[0] as { repetitions: number }).repetitions = 0;
    expect(summary(issuesOf(() => scheduleSession(routine as never), "invalid_routine"))).toEqual([
      "items.0.repetitions: too_small",
    ]);
  });

  it("checks a routine's stretches against the catalog again after the routine changed", () => {
    const routine = jsonCopy(backSpasmRoutine) as unknown as { items: { stretchId: string }[] };
    expect(scheduleSession(routine as never).totalMs).toBe(970_000);
    (routine.items[0] as { stretchId: string }).stretchId = "neck-tilt";
    expect(summary(issuesOf(() => scheduleSession(routine as never), "invalid_routine"))).toEqual([
      "items.0.stretchId: unknown_stretch",
    ]);
  });

  it("never changes its inputs", () => {
    const routine = deepFreeze(jsonCopy(backSpasmRoutine));
    const options = deepFreeze({ holdSeconds: 25, firstSide: "right" as const, catalog: jsonCopy(stretches) });
    const before = jsonCopy({ routine, options });
    scheduleSession(routine, options);
    scheduleSession(routine, options);
    expect(jsonCopy({ routine, options })).toEqual(before);
    const mutable = jsonCopy(backSpasmRoutine);
    scheduleSession(mutable);
    expect(mutable).toEqual(jsonCopy(backSpasmRoutine));
  });
});

describe("scheduleSession: bad input", () => {
  it("says what it refused on the first line of the error's message", () => {
    expect(firstLineOf(() => scheduleSession(backSpasmRoutine, { holdSeconds: -1 }))).toBe("Invalid schedule options");
    expect(firstLineOf(() => scheduleSession(backSpasmRoutine, { catalog: [] }))).toBe("Invalid catalog");
    expect(firstLineOf(() => scheduleSession(null as never))).toBe("Invalid routine");
    expect(firstLineOf(() => scheduleSession(backSpasmRoutine, { holdSeconds: 600, repetitions: "max" }))).toBe(
      "Session too long",
    );
  });

  it("refuses negative, NaN, infinite and sub-millisecond durations, each at its path", () => {
    const issues = issuesOf(
      () =>
        scheduleSession(backSpasmRoutine, {
          prepareSeconds: -1,
          easeSeconds: Number.NaN,
          releaseSeconds: Number.POSITIVE_INFINITY,
          restSeconds: 0.0001,
          switchSideSeconds: 601,
          holdSeconds: 0,
        }),
      "invalid_options",
    );
    expect(summary(issues)).toEqual([
      "prepareSeconds: too_small",
      "easeSeconds: invalid_type",
      "releaseSeconds: invalid_type",
      "restSeconds: not_integer",
      "switchSideSeconds: too_big",
      "holdSeconds: too_small",
    ]);
    expect(issues[1]?.message).toContain("NaN");
  });

  it("refuses an unknown first side, repetitions choice, countdown or key", () => {
    const issues = issuesOf(
      () =>
        scheduleSession(backSpasmRoutine, {
          firstSide: "middle",
          repetitions: "most",
          countdownFrom: 2.5,
          nextLeadSeconds: -3,
          colour: "red",
        } as never),
      "invalid_options",
    );
    expect(summary(issues)).toEqual([
      "firstSide: invalid_value",
      "repetitions: invalid_value",
      "nextLeadSeconds: too_small",
      "countdownFrom: not_integer",
      "colour: unrecognized_key",
    ]);
  });

  it("takes texts of the app's own for some keys, on top of the locale's, and refuses one that is not a function", () => {
    const session = scheduleSession(backSpasmRoutine, {
      messages: { "cue.halfway": () => "Halfway. Keep breathing." },
    });
    expect(session.cues.find((cue) => cue.kind === "halfway")?.text).toBe("Halfway. Keep breathing.");
    expect(session.steps[0]?.text).toBe(scheduleSession(backSpasmRoutine).steps[0]?.text);
    const issues = issuesOf(
      () => scheduleSession(backSpasmRoutine, { messages: { "cue.halfway": "Halfway" } as never }),
      "invalid_options",
    );
    expect(issues).toEqual([
      {
        path: ["messages", "cue.halfway"],
        code: "invalid_value",
        message: "must be a function from the message's parameters to a text",
      },
    ]);
    expect(
      summary(issuesOf(() => scheduleSession(backSpasmRoutine, { messages: null as never }), "invalid_options")),
    ).toEqual(["messages: invalid_type"]);
    expect(
      summary(
        issuesOf(
          () => scheduleSession(backSpasmRoutine, { messages: { "cue.hello": () => "" } as never }),
          "invalid_options",
        ),
      ),
    ).toEqual(["messages.cue.hello: unrecognized_key"]);
  });

  it("refuses a message function that throws or gives anything but a text, naming its key", () => {
    const cases: [unknown, string][] = [
      [() => 42, "must return a text of at most 25000 characters; it returned a number"],
      [() => 10n, "must return a text of at most 25000 characters; it returned a bigint"],
      [
        () => {
          throw new Error("no");
        },
        "must return a text of at most 25000 characters; it returned nothing, or threw",
      ],
      [
        () => "x".repeat(25_001),
        "must return a text of at most 25000 characters; it returned a text of 25001 characters",
      ],
    ];
    for (const [text, message] of cases) {
      const error = errorOf(() => scheduleSession(backSpasmRoutine, { messages: { "step.hold": text as never } }));
      expect([error.code, error.message.split("\n")[0]]).toEqual(["invalid_options", "Invalid message catalog"]);
      expect(error.issues).toEqual([{ path: ["messages", "step.hold"], code: "invalid_value", message }]);
    }
  });

  it("names a locale pack's message that fails under locale, and checks the pack's text of each stretch of the routine", () => {
    const throwing = {
      ...de,
      messages: {
        ...de.messages,
        "step.rest": () => {
          throw new Error("no");
        },
      },
    };
    expect(issuesOf(() => scheduleSession(backSpasmRoutine, { locale: throwing }), "invalid_options")).toEqual([
      {
        path: ["locale", "messages", "step.rest"],
        code: "invalid_value",
        message: "must return a text of at most 25000 characters; it returned nothing, or threw",
      },
    ]);
    // The caller's own message is named under messages, even with a pack.
    const own = { "step.rest": () => 7 } as never;
    expect(
      summary(issuesOf(() => scheduleSession(backSpasmRoutine, { locale: de, messages: own }), "invalid_options")),
    ).toEqual(["messages.step.rest: invalid_value"]);
    const skewed = {
      ...de,
      stretches: { ...de.stretches, "forward-roll": { ...de.stretches["forward-roll"], setup: ["Eins.", "Zwei."] } },
    };
    expect(summary(issuesOf(() => scheduleSession(backSpasmRoutine, { locale: skewed }), "invalid_locale"))).toEqual([
      "locale.stretches.forward-roll.setup: too_big",
    ]);
  });

  it("refuses a bad catalog: a bad stretch, a repeated id, no stretch at all", () => {
    const roll = getStretch("forward-roll");
    const issues = issuesOf(
      () => scheduleSession(backSpasmRoutine, { catalog: [roll, { ...roll, name: "" }, roll, 7] as never }),
      "invalid_catalog",
    );
    expect(summary(issues)).toEqual([
      "catalog.1.name: too_small",
      "catalog.2.id: duplicate_id",
      "catalog.3: invalid_type",
    ]);
    expect(summary(issuesOf(() => scheduleSession(backSpasmRoutine, { catalog: [] }), "invalid_catalog"))).toEqual([
      "catalog: empty",
    ]);
  });

  it("refuses a routine that is not one, with the paths of every issue", () => {
    expect(summary(issuesOf(() => scheduleSession(null as never), "invalid_routine"))).toEqual([": invalid_type"]);
    const routine = {
      ...jsonCopy(backSpasmRoutine),
      items: [{ stretchId: "forward-roll", repetitions: 21, holdSeconds: 0.5 }],
    };
    expect(summary(issuesOf(() => scheduleSession(routine as never), "invalid_routine"))).toEqual([
      "items.0.repetitions: too_big",
      "items.0.holdSeconds: not_integer",
    ]);
  });

  it("refuses sides on a stretch that has none", () => {
    const routine = routineOf([
      { stretchId: "forward-roll", repetitions: 3, holdSeconds: 20, sides: "left", firstSide: "left" },
    ]);
    expect(summary(issuesOf(() => scheduleSession(routine), "invalid_routine"))).toEqual([
      "items.0.sides: conflict",
      "items.0.firstSide: conflict",
    ]);
  });

  it("scheduleSession refuses the same stretch twice, as validateRoutine does", () => {
    // A session record keys its holds by stretch, side and repetition: a stretch appears once.
    const routine = routineOf([
      { stretchId: "sideways-reach", repetitions: 3, holdSeconds: 20 },
      { stretchId: "forward-roll", repetitions: 3, holdSeconds: 20, sides: "left" },
      { stretchId: "sideways-reach", repetitions: 2, holdSeconds: 10 },
      { stretchId: "neck-tilt", repetitions: 2, holdSeconds: 10 },
    ]);
    const issues = issuesOf(() => scheduleSession(routine), "invalid_routine");
    expect(summary(issues)).toEqual([
      "items.1.sides: conflict",
      "items.2.stretchId: duplicate_item",
      "items.3.stretchId: unknown_stretch",
    ]);
    const validated = validateRoutine(routine);
    expect(validated.ok ? [] : validated.issues).toEqual(issues);
  });

  it("refuses a session over 4 hours, and accepts one of exactly 4 hours", () => {
    const zero = { prepareSeconds: 0, easeSeconds: 0, releaseSeconds: 0, restSeconds: 0, switchSideSeconds: 0 };
    // 24 stretches (a stretch appears once in a routine), each held 600 s once.
    const catalog = Array.from({ length: 24 }, (_, i) => ({ ...getStretch("forward-roll"), id: `roll-${i}` }));
    const items = catalog.map((stretch) => ({ stretchId: stretch.id, repetitions: 1, holdSeconds: 600 }));
    expect(scheduleSession(routineOf(items), { ...zero, catalog }).totalMs).toBe(14_400_000);
    const issues = issuesOf(
      () => scheduleSession(routineOf(items), { ...zero, prepareSeconds: 0.001, catalog }),
      "invalid_session",
    );
    expect(summary(issues)).toEqual([": too_big"]);
    expect(issues[0]?.message).toBe("the session would last 14400.024 s; it must last at most 14400 s (4 hours)");
  });
});

describe("scheduleSession: the exact session of a small routine", () => {
  // Fresh stretches on every run: nothing the scheduler remembers of a stretch is reused.
  const smallCatalog = () => [
    defineStretch({
      ...getStretch("forward-roll"),
      id: "small-roll",
      name: "Small roll",
      setup: ["Sit.", "Relax."],
      movement: ["Curl.", "Breathe."],
      hold: { minSeconds: 1, targetSeconds: 4, maxSeconds: 60, endsOnUser: false },
    }),
    defineStretch({
      ...getStretch("sideways-reach"),
      id: "small-reach",
      name: "Small reach",
      setup: ["Stand."],
      movement: ["Reach."],
    }),
  ];
  const smallRoutine = routineOf([
    { stretchId: "small-roll", repetitions: 2, holdSeconds: 4 },
    { stretchId: "small-reach", repetitions: 1, holdSeconds: 3, firstSide: "right" },
  ]);
  const smallOptions = {
    prepareSeconds: 2,
    easeSeconds: 1,
    releaseSeconds: 1,
    restSeconds: 1,
    switchSideSeconds: 1,
    countdownFrom: 1,
    nextLeadSeconds: 1,
    switchSideLeadSeconds: 1,
  } as const;
  const row = (step: SessionStep) => [
    step.startMs,
    step.durationMs,
    step.kind,
    step.side,
    step.repetition,
    step.repetitions,
    step.endsOnUser,
    step.breath,
    step.message,
    step.text,
  ];

  it("gives every step: start, duration, kind, side, repetition, breath, message and English text", () => {
    const session = scheduleSession(smallRoutine, { ...smallOptions, catalog: smallCatalog() });
    expect(session.totalMs).toBe(28_000);
    expect(session.steps.map((step) => step.index)).toEqual(session.steps.map((_, i) => i));
    expect(session.steps.map(row)).toEqual([
      [
        0,
        2000,
        "prepare",
        null,
        0,
        2,
        false,
        null,
        {
          key: "step.prepare",
          params: {
            stretchId: "small-roll",
            stretch: "Small roll",
            side: null,
            limb: null,
            instruction: "Sit. Relax.",
          },
        },
        "Small roll. Sit. Relax.",
      ],
      [
        2000,
        1000,
        "stretch",
        null,
        1,
        2,
        false,
        null,
        {
          key: "step.stretch",
          params: {
            stretchId: "small-roll",
            stretch: "Small roll",
            side: null,
            limb: null,
            repetition: 1,
            repetitions: 2,
            instruction: "Curl. Breathe.",
          },
        },
        "Repetition 1 of 2. Curl. Breathe.",
      ],
      [
        3000,
        4000,
        "hold",
        null,
        1,
        2,
        false,
        "inhale",
        {
          key: "step.hold",
          params: {
            stretchId: "small-roll",
            stretch: "Small roll",
            side: null,
            limb: null,
            repetition: 1,
            repetitions: 2,
            seconds: 4,
            endsOnUser: false,
          },
        },
        "Breathe in and hold for 4 seconds.",
      ],
      [
        7000,
        1000,
        "release",
        null,
        1,
        2,
        false,
        "exhale",
        {
          key: "step.release",
          params: {
            stretchId: "small-roll",
            stretch: "Small roll",
            side: null,
            limb: null,
            repetition: 1,
            repetitions: 2,
          },
        },
        "Breathe out and return to the starting position.",
      ],
      [
        8000,
        1000,
        "rest",
        null,
        1,
        2,
        false,
        null,
        { key: "step.rest", params: { stretchId: "small-roll", stretch: "Small roll", seconds: 1 } },
        "Rest for 1 second.",
      ],
      [
        9000,
        1000,
        "stretch",
        null,
        2,
        2,
        false,
        null,
        {
          key: "step.stretch",
          params: {
            stretchId: "small-roll",
            stretch: "Small roll",
            side: null,
            limb: null,
            repetition: 2,
            repetitions: 2,
            instruction: "Curl. Breathe.",
          },
        },
        "Repetition 2 of 2. Curl. Breathe.",
      ],
      [
        10000,
        4000,
        "hold",
        null,
        2,
        2,
        false,
        "inhale",
        {
          key: "step.hold",
          params: {
            stretchId: "small-roll",
            stretch: "Small roll",
            side: null,
            limb: null,
            repetition: 2,
            repetitions: 2,
            seconds: 4,
            endsOnUser: false,
          },
        },
        "Breathe in and hold for 4 seconds.",
      ],
      [
        14000,
        1000,
        "release",
        null,
        2,
        2,
        false,
        "exhale",
        {
          key: "step.release",
          params: {
            stretchId: "small-roll",
            stretch: "Small roll",
            side: null,
            limb: null,
            repetition: 2,
            repetitions: 2,
          },
        },
        "Breathe out and return to the starting position.",
      ],
      [
        15000,
        2000,
        "prepare",
        "right",
        0,
        1,
        false,
        null,
        {
          key: "step.prepare",
          params: {
            stretchId: "small-reach",
            stretch: "Small reach",
            side: "right",
            limb: "arm",
            instruction: "Stand.",
          },
        },
        "Small reach, right arm. Stand.",
      ],
      [
        17000,
        1000,
        "stretch",
        "right",
        1,
        1,
        false,
        null,
        {
          key: "step.stretch",
          params: {
            stretchId: "small-reach",
            stretch: "Small reach",
            side: "right",
            limb: "arm",
            repetition: 1,
            repetitions: 1,
            instruction: "Reach.",
          },
        },
        "Right arm, repetition 1 of 1. Reach.",
      ],
      [
        18000,
        3000,
        "hold",
        "right",
        1,
        1,
        true,
        "inhale",
        {
          key: "step.hold",
          params: {
            stretchId: "small-reach",
            stretch: "Small reach",
            side: "right",
            limb: "arm",
            repetition: 1,
            repetitions: 1,
            seconds: 3,
            endsOnUser: true,
          },
        },
        "Breathe in and hold for as long as is comfortable, about 3 seconds.",
      ],
      [
        21000,
        1000,
        "release",
        "right",
        1,
        1,
        false,
        "exhale",
        {
          key: "step.release",
          params: {
            stretchId: "small-reach",
            stretch: "Small reach",
            side: "right",
            limb: "arm",
            repetition: 1,
            repetitions: 1,
          },
        },
        "Breathe out and return to the starting position.",
      ],
      [
        22000,
        1000,
        "switch-side",
        "left",
        0,
        1,
        false,
        null,
        {
          key: "step.switch-side",
          params: { stretchId: "small-reach", stretch: "Small reach", side: "left", limb: "arm" },
        },
        "Switch to the left arm.",
      ],
      [
        23000,
        1000,
        "stretch",
        "left",
        1,
        1,
        false,
        null,
        {
          key: "step.stretch",
          params: {
            stretchId: "small-reach",
            stretch: "Small reach",
            side: "left",
            limb: "arm",
            repetition: 1,
            repetitions: 1,
            instruction: "Reach.",
          },
        },
        "Left arm, repetition 1 of 1. Reach.",
      ],
      [
        24000,
        3000,
        "hold",
        "left",
        1,
        1,
        true,
        "inhale",
        {
          key: "step.hold",
          params: {
            stretchId: "small-reach",
            stretch: "Small reach",
            side: "left",
            limb: "arm",
            repetition: 1,
            repetitions: 1,
            seconds: 3,
            endsOnUser: true,
          },
        },
        "Breathe in and hold for as long as is comfortable, about 3 seconds.",
      ],
      [
        27000,
        1000,
        "release",
        "left",
        1,
        1,
        false,
        "exhale",
        {
          key: "step.release",
          params: {
            stretchId: "small-reach",
            stretch: "Small reach",
            side: "left",
            limb: "arm",
            repetition: 1,
            repetitions: 1,
          },
        },
        "Breathe out and return to the starting position.",
      ],
    ]);
  });

  it("gives every cue: instant, kind, step, message and English text", () => {
    const session = scheduleSession(smallRoutine, { ...smallOptions, catalog: smallCatalog() });
    expect(session.cues).toEqual([
      {
        atMs: 0,
        kind: "prepare",
        stepIndex: 0,
        message: {
          key: "cue.prepare",
          params: { stretchId: "small-roll", stretch: "Small roll", side: null, limb: null, instruction: "Sit." },
        },
        text: "Small roll. Sit.",
      },
      {
        atMs: 5000,
        kind: "halfway",
        stepIndex: 2,
        message: { key: "cue.halfway", params: { stretchId: "small-roll", stretch: "Small roll" } },
        text: "Halfway there.",
      },
      {
        atMs: 6000,
        kind: "countdown",
        stepIndex: 2,
        message: { key: "cue.countdown", params: { count: 1 } },
        text: "1",
      },
      {
        atMs: 12000,
        kind: "halfway",
        stepIndex: 6,
        message: { key: "cue.halfway", params: { stretchId: "small-roll", stretch: "Small roll" } },
        text: "Halfway there.",
      },
      {
        atMs: 13000,
        kind: "countdown",
        stepIndex: 6,
        message: { key: "cue.countdown", params: { count: 1 } },
        text: "1",
      },
      {
        atMs: 14000,
        kind: "next",
        stepIndex: 8,
        message: { key: "cue.next", params: { stretchId: "small-reach", stretch: "Small reach" } },
        text: "Next: Small reach.",
      },
      {
        atMs: 15000,
        kind: "prepare",
        stepIndex: 8,
        message: {
          key: "cue.prepare",
          params: {
            stretchId: "small-reach",
            stretch: "Small reach",
            side: "right",
            limb: "arm",
            instruction: "Stand.",
          },
        },
        text: "Small reach, right arm. Stand.",
      },
      {
        atMs: 19500,
        kind: "halfway",
        stepIndex: 10,
        message: { key: "cue.halfway", params: { stretchId: "small-reach", stretch: "Small reach" } },
        text: "Halfway there.",
      },
      {
        atMs: 20000,
        kind: "countdown",
        stepIndex: 10,
        message: { key: "cue.countdown", params: { count: 1 } },
        text: "1",
      },
      {
        atMs: 21000,
        kind: "switch-side",
        stepIndex: 12,
        message: {
          key: "cue.switch-side",
          params: { stretchId: "small-reach", stretch: "Small reach", side: "left", limb: "arm" },
        },
        text: "Get ready to switch to the left arm.",
      },
      {
        atMs: 25500,
        kind: "halfway",
        stepIndex: 14,
        message: { key: "cue.halfway", params: { stretchId: "small-reach", stretch: "Small reach" } },
        text: "Halfway there.",
      },
      {
        atMs: 26000,
        kind: "countdown",
        stepIndex: 14,
        message: { key: "cue.countdown", params: { count: 1 } },
        text: "1",
      },
    ]);
  });
  it("takes any one text a catalog changes from it, and every other text from English", () => {
    const english = scheduleSession(smallRoutine, { ...smallOptions, catalog: smallCatalog() });
    for (const key of Object.keys(englishMessages) as (keyof MessageCatalog)[]) {
      const messages = { ...englishMessages, [key]: () => `<${key}>` } as MessageCatalog;
      const session = scheduleSession(smallRoutine, { ...smallOptions, catalog: smallCatalog(), messages });
      const textOf = (said: { message: { key: string }; text: string }) =>
        said.message.key === key ? `<${key}>` : said.text;
      expect(
        session.steps.map((step) => step.text),
        key,
      ).toEqual(english.steps.map(textOf));
      expect(
        session.cues.map((cue) => cue.text),
        key,
      ).toEqual(english.cues.map(textOf));
      expect(session.steps.map((step) => step.text).concat(session.cues.map((cue) => cue.text))).toContain(`<${key}>`);
    }
  });

  it("brings a side change cue whose lead reaches before the session starts to 0", () => {
    const session = scheduleSession(routineOf([{ stretchId: "small-reach", repetitions: 1, holdSeconds: 1 }]), {
      catalog: smallCatalog(),
      prepareSeconds: 0,
      easeSeconds: 0,
      releaseSeconds: 0,
      switchSideSeconds: 0,
      switchSideLeadSeconds: 5,
    });
    expect(session.cues.map((cue) => `${cue.atMs} ${cue.kind} ${cue.stepIndex}`)).toEqual([
      "0 prepare 0",
      "0 switch-side 1",
      "500 halfway 0",
      "1500 halfway 1",
    ]);
  });
});
