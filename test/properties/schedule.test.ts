import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { StretchKitError } from "../../src/errors.js";
import { englishMessages } from "../../src/messages/en.js";
import { fitRoutine } from "../../src/schedule/fit-routine.js";
import { type ScheduleOptions, scheduleSession } from "../../src/schedule/schedule-session.js";
import { stepAt } from "../../src/schedule/step-at.js";
import type { MessageCatalog } from "../../src/schema/locale.js";
import type { Routine, RoutineItem } from "../../src/schema/routine.js";
import type { Session } from "../../src/schema/session.js";
import type { BuiltInStretchId } from "../../src/schema/stretch.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { underStryker } from "../helpers/stryker.js";

// Random valid routines over the built-in stretches, and random valid options, kept small so that
// every property runs in well under a second.

const IDS: readonly BuiltInStretchId[] = [
  "forward-roll",
  "sideways-reach",
  "spine-rotation",
  "gluteal-stretch",
  "quadriceps-stretch",
];
const side = fc.constantFrom("left" as const, "right" as const);
const ms = (min: number, max: number) => fc.integer({ min, max }).map((n) => n / 1000);

const itemArb: fc.Arbitrary<RoutineItem> = fc.constantFrom(...IDS).chain((stretchId) =>
  fc.record(
    {
      stretchId: fc.constant(stretchId),
      repetitions: fc.integer({ min: 1, max: 5 }),
      holdSeconds: fc.integer({ min: 1, max: 40 }),
      ...(stretchId === "forward-roll"
        ? {}
        : { sides: fc.constantFrom("both" as const, "left" as const, "right" as const), firstSide: side }),
    },
    { requiredKeys: ["stretchId", "repetitions", "holdSeconds"] },
  ),
);

// Each stretch at most once, as every function that takes a routine requires.
const routineArb: fc.Arbitrary<Routine> = fc
  .uniqueArray(itemArb, { selector: (item) => item.stretchId, minLength: 1, maxLength: 5 })
  .map((items) => ({
    id: "random-routine",
    name: "Random routine",
    benefits: [],
    items,
    frequency: { sessionsPerWeek: { min: 1, max: 7 }, sessionsPerDay: { min: 1, max: 2 } },
    companions: [],
  }));

const optionsArb: fc.Arbitrary<ScheduleOptions> = fc.record(
  {
    prepareSeconds: ms(0, 12_000),
    easeSeconds: ms(0, 8000),
    holdSeconds: ms(1000, 30_000),
    releaseSeconds: ms(0, 8000),
    restSeconds: ms(0, 8000),
    switchSideSeconds: ms(0, 8000),
    firstSide: side,
    repetitions: fc.constantFrom("min" as const, "max" as const),
    nextLeadSeconds: ms(0, 30_000),
    switchSideLeadSeconds: ms(0, 30_000),
    countdownFrom: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: [] },
);

/** Every (stretch, side, repetition) the routine asks for, in order, from the rules written out plainly. */
function plannedHolds(routine: Routine, options: ScheduleOptions): string[] {
  const out: string[] = [];
  for (const item of routine.items) {
    const stretch = getStretch(item.stretchId as BuiltInStretchId);
    const first = options.firstSide ?? item.firstSide ?? "left";
    const sides =
      stretch.laterality.kind === "none"
        ? [null]
        : item.sides === "left" || item.sides === "right"
          ? [item.sides]
          : [first, first === "left" ? "right" : "left"];
    const repetitions = options.repetitions === undefined ? item.repetitions : stretch.repetitions[options.repetitions];
    for (const s of sides) for (let r = 1; r <= repetitions; r++) out.push(`${item.stretchId} ${String(s)} ${r}`);
  }
  return out;
}

function linearStepAt(session: Session, t: number) {
  for (const step of session.steps) if (t >= step.startMs && t < step.startMs + step.durationMs) return step;
  return null;
}

const sessionArb = fc.tuple(routineArb, optionsArb);

describe("scheduleSession properties", () => {
  it("steps tile [0, totalMs) in whole milliseconds, and their durations add up to totalMs", () => {
    fc.assert(
      fc.property(sessionArb, ([routine, options]) => {
        const session = scheduleSession(routine, options);
        let at = 0;
        session.steps.forEach((step, i) => {
          expect(step.index).toBe(i);
          expect(step.startMs).toBe(at);
          expect(Number.isInteger(step.durationMs)).toBe(true);
          expect(step.durationMs).toBeGreaterThan(0);
          at += step.durationMs;
        });
        expect(at).toBe(session.totalMs);
        expect(session.steps.reduce((sum, step) => sum + step.durationMs, 0)).toBe(session.totalMs);
      }),
    );
  });

  it("every (stretch, side, repetition) appears exactly once as a hold, in routine order, for its planned time", () => {
    fc.assert(
      fc.property(sessionArb, ([routine, options]) => {
        const session = scheduleSession(routine, options);
        const holds = session.steps.filter((step) => step.kind === "hold");
        expect(holds.map((step) => `${step.stretchId} ${String(step.side)} ${step.repetition}`)).toEqual(
          plannedHolds(routine, options),
        );
        holds.forEach((step) => {
          const item = routine.items.find((i) => i.stretchId === step.stretchId) as RoutineItem;
          const seconds = options.holdSeconds ?? item.holdSeconds;
          if (options.holdSeconds !== undefined) expect(step.durationMs).toBe(Math.round(seconds * 1000));
          expect(step.breath).toBe("inhale");
          expect(step.endsOnUser).toBe(true);
        });
      }),
    );
  });

  it("the same input gives deep-equal output", () => {
    fc.assert(
      fc.property(sessionArb, ([routine, options]) => {
        expect(scheduleSession(jsonCopy(routine), { ...options })).toEqual(scheduleSession(routine, options));
      }),
    );
  });

  it("the English texts it remembers are the texts the English functions make, call after call", () => {
    // A catalog of wrapped English functions is not the built-in one, so each of its texts is made anew.
    const wrapped = Object.fromEntries(
      Object.entries(englishMessages).map(([key, text]) => [
        key,
        (params: never) => (text as (p: never) => string)(params),
      ]),
    ) as unknown as MessageCatalog;
    fc.assert(
      fc.property(sessionArb, ([routine, options]) => {
        expect(scheduleSession(routine, options)).toEqual(scheduleSession(routine, { ...options, messages: wrapped }));
      }),
    );
  });

  it("never changes its inputs", () => {
    fc.assert(
      fc.property(sessionArb, ([routine, options]) => {
        const before = jsonCopy({ routine, options });
        scheduleSession(routine, options);
        expect({ routine, options }).toEqual(before);
        scheduleSession(deepFreeze(routine), deepFreeze(options)); // a write would throw in strict mode
      }),
    );
  });

  it("stepAt agrees with a linear scan at random instants and at every boundary", () => {
    fc.assert(
      fc.property(
        sessionArb,
        fc.array(fc.double({ min: 0, max: 1.01, noNaN: true }), { maxLength: 20 }),
        ([routine, options], fractions) => {
          const session = scheduleSession(routine, options);
          const instants = fractions.map((f) => f * session.totalMs);
          for (const step of session.steps)
            instants.push(step.startMs, step.startMs + step.durationMs - 1, step.startMs + step.durationMs);
          for (const t of instants) {
            const found = stepAt(session, t);
            const expected = linearStepAt(session, t);
            expect(found?.step ?? null).toBe(expected);
            if (found !== null && expected !== null) {
              expect(found.elapsedInStepMs).toBe(t - expected.startMs);
              expect(found.elapsedInStepMs + found.remainingInStepMs).toBe(expected.durationMs);
              expect(found.progress).toBe(t / session.totalMs);
              expect(found.progress).toBeGreaterThanOrEqual(0);
              expect(found.progress).toBeLessThan(1);
            }
          }
        },
      ),
    );
  });

  it("cues are sorted, inside the session, and point at the right step", () => {
    fc.assert(
      fc.property(sessionArb, ([routine, options]) => {
        const session = scheduleSession(routine, options);
        const { steps, cues, totalMs } = session;
        const nextLeadMs = Math.round((options.nextLeadSeconds ?? 3) * 1000);
        const switchLeadMs = Math.round((options.switchSideLeadSeconds ?? 3) * 1000);
        cues.forEach((cue, i) => {
          expect(Number.isInteger(cue.atMs)).toBe(true);
          expect(cue.atMs).toBeGreaterThanOrEqual(i === 0 ? 0 : (cues[i - 1]?.atMs as number));
          expect(cue.atMs).toBeLessThan(totalMs);
          const step = steps[cue.stepIndex];
          if (step === undefined) throw new Error("a cue points at no step");
          const end = step.startMs + step.durationMs;
          if ("stretchId" in cue.message.params) expect(cue.message.params.stretchId).toBe(step.stretchId);
          switch (cue.kind) {
            case "prepare":
              expect(cue.atMs).toBe(step.startMs);
              if (options.prepareSeconds !== 0) expect(step.kind).toBe("prepare");
              break;
            case "next":
              expect(cue.atMs).toBe(Math.max(0, step.startMs - nextLeadMs));
              break;
            case "halfway":
            case "countdown":
              expect(step.kind).toBe("hold");
              expect(cue.atMs).toBeGreaterThan(step.startMs);
              expect(cue.atMs).toBeLessThan(end);
              if (cue.message.key === "cue.countdown") expect(cue.atMs).toBe(end - cue.message.params.count * 1000);
              break;
            case "switch-side": {
              const before = steps[cue.stepIndex - 1];
              expect(cue.atMs).toBe(Math.max(0, step.startMs - switchLeadMs));
              expect(before?.stretchId).toBe(step.stretchId);
              expect(step.side).not.toBeNull();
              expect(before?.side).not.toBe(step.side);
              break;
            }
          }
        });
        const prepares = cues.filter((cue) => cue.kind === "prepare").map((cue) => cue.stepIndex);
        expect(prepares).toHaveLength(routine.items.length);
        expect(cues.filter((cue) => cue.kind === "next").map((cue) => cue.stepIndex)).toEqual(prepares.slice(1));
        const holds = steps.filter((step) => step.kind === "hold").length;
        expect(cues.filter((cue) => cue.kind === "halfway" || cue.kind === "countdown").length).toBeGreaterThanOrEqual(
          holds,
        );
      }),
    );
  });

  it("throws nothing but a StretchKitError, whatever it is given", () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.oneof(fc.constant(undefined), fc.anything()),
        fc.anything(),
        (routine, options, t) => {
          for (const call of [
            () => scheduleSession(routine as Routine, options as ScheduleOptions),
            () => fitRoutine(routine as Routine, options as never),
            () => stepAt(scheduleSession(jsonCopy(getRoutine())), t as number),
          ]) {
            try {
              call();
            } catch (error) {
              expect(error).toBeInstanceOf(StretchKitError);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

function getRoutine(): Routine {
  return {
    id: "one",
    name: "One",
    benefits: [],
    items: [{ stretchId: "forward-roll", repetitions: 1, holdSeconds: 5 }],
    frequency: { sessionsPerWeek: { min: 1, max: 1 }, sessionsPerDay: { min: 1, max: 1 } },
    companions: [],
  };
}

describe("fitRoutine properties", () => {
  it("the fitted session fits the budget, each dose within its floor and the routine's own, or nothing fits", () => {
    fc.assert(
      fc.property(
        routineArb,
        fc.integer({ min: 0, max: 4000 }),
        ms(0, 8000),
        fc.constantFrom<"routine" | "stretch">("routine", "stretch"),
        (routine, maxSeconds, restSeconds, upTo) => {
          try {
            const fitted = fitRoutine(routine, { maxSeconds, restSeconds, upTo });
            expect(fitted.session).toEqual(scheduleSession(fitted.routine, { restSeconds }));
            expect(fitted.session.totalMs).toBeLessThanOrEqual(maxSeconds * 1000);
            fitted.routine.items.forEach((item, i) => {
              const own = routine.items[i] as RoutineItem;
              const stretch = getStretch(item.stretchId as BuiltInStretchId);
              const repsHi = upTo === "stretch" ? stretch.repetitions.max : own.repetitions;
              const holdHi = upTo === "stretch" ? stretch.hold.targetSeconds : own.holdSeconds;
              expect(item.repetitions).toBeGreaterThanOrEqual(Math.min(stretch.repetitions.min, repsHi));
              expect(item.repetitions).toBeLessThanOrEqual(repsHi);
              expect(item.holdSeconds).toBeGreaterThanOrEqual(Math.min(stretch.hold.minSeconds, holdHi));
              expect(item.holdSeconds).toBeLessThanOrEqual(holdHi);
            });
          } catch (error) {
            expect((error as StretchKitError).code).toBe("does_not_fit");
            const shortest = routine.items.map((item) => {
              const stretch = getStretch(item.stretchId as BuiltInStretchId);
              const repsHi = upTo === "stretch" ? stretch.repetitions.max : item.repetitions;
              const holdHi = upTo === "stretch" ? stretch.hold.targetSeconds : item.holdSeconds;
              return {
                ...item,
                repetitions: Math.min(stretch.repetitions.min, repsHi),
                holdSeconds: Math.min(stretch.hold.minSeconds, holdHi),
              };
            });
            expect(scheduleSession({ ...routine, items: shortest }, { restSeconds }).totalMs).toBeGreaterThan(
              maxSeconds * 1000,
            );
          }
        },
      ),
    );
  });
});

describe("determinism across time zones", () => {
  it.skipIf(underStryker)(
    "gives the same sessions under TZ=UTC and TZ=Pacific/Kiritimati as in this process",
    async () => {
      // The library reads no clock and no locale; this checks it from outside. The scheduler is
      // bundled with esbuild (a dev dependency) and run in child processes whose TZ differs.
      const cases = fc.sample(sessionArb, { numRuns: 25, seed: 4 });
      const dir = mkdtempSync(join(tmpdir(), "stretchkit-tz-"));
      try {
        const entry = resolve("src/schedule/schedule-session.ts");
        await build({
          stdin: {
            contents: `import { readFileSync } from "node:fs";
import { scheduleSession } from ${JSON.stringify(entry)};

const cases = JSON.parse(readFileSync(process.argv[2], "utf8"));
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
process.stdout.write(JSON.stringify({ zone, sessions: cases.map(([routine, options]) => scheduleSession(routine, options)) }));`,
            resolveDir: process.cwd(),
            loader: "ts",
          },
          bundle: true,
          format: "esm",
          platform: "node",
          outfile: join(dir, "schedule.mjs"),
          logLevel: "silent",
        });
        writeFileSync(join(dir, "cases.json"), JSON.stringify(cases));
        const here = JSON.parse(JSON.stringify(cases.map(([routine, options]) => scheduleSession(routine, options))));
        for (const zone of ["UTC", "Pacific/Kiritimati"]) {
          const out = execFileSync(process.execPath, [join(dir, "schedule.mjs"), join(dir, "cases.json")], {
            env: { ...process.env, TZ: zone },
            encoding: "utf8",
            maxBuffer: 64 * 1024 * 1024,
          });
          const result = JSON.parse(out) as { zone: string; sessions: unknown };
          expect(result.zone).toBe(zone);
          expect(result.sessions).toEqual(here);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
