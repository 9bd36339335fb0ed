import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StretchKitError } from "../../src/errors.js";
import { advancePlayer } from "../../src/player/advance-player.js";
import { startPlayer } from "../../src/player/start-player.js";
import { toSessionRecord } from "../../src/player/to-session-record.js";
import type { PlayerEvent, PlayerEventType, PlayerState } from "../../src/player/types.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import type { RoutineItem } from "../../src/schema/routine.js";
import type { Session } from "../../src/schema/session.js";
import { SessionRecordSchema } from "../../src/schema/session-record.js";
import type { BuiltInStretchId } from "../../src/schema/stretch.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { runs } from "../helpers/stryker.js";
import { routineOf } from "../player/fixtures.js";

const SIDED: readonly BuiltInStretchId[] = [
  "sideways-reach",
  "spine-rotation",
  "gluteal-stretch",
  "quadriceps-stretch",
];

/** A random routine item of a built-in stretch: 1 to 3 repetitions, 1 to 12 s holds, any sides. */
const itemArb: fc.Arbitrary<RoutineItem> = fc.oneof(
  fc.record({
    stretchId: fc.constant("forward-roll"),
    repetitions: fc.integer({ min: 1, max: 3 }),
    holdSeconds: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record(
    {
      stretchId: fc.constantFrom(...SIDED),
      repetitions: fc.integer({ min: 1, max: 3 }),
      holdSeconds: fc.integer({ min: 1, max: 12 }),
      sides: fc.constantFrom("both", "left", "right"),
      firstSide: fc.constantFrom("left", "right"),
    },
    { requiredKeys: ["stretchId", "repetitions", "holdSeconds"] },
  ),
);

const seconds = fc.integer({ min: 0, max: 4 });

/** A random session: `scheduleSession` over a random routine of 1 to 4 items and random step lengths. */
const sessionArb: fc.Arbitrary<Session> = fc
  .tuple(
    fc.uniqueArray(itemArb, { selector: (item) => item.stretchId, minLength: 1, maxLength: 4 }),
    fc.record({
      prepareSeconds: seconds,
      easeSeconds: seconds,
      releaseSeconds: seconds,
      restSeconds: seconds,
      switchSideSeconds: seconds,
    }),
  )
  .map(([items, options]) => deepFreeze(scheduleSession(routineOf(items), options)));

interface Intent {
  readonly type: PlayerEventType;
  readonly gap: number;
  readonly note: string | undefined;
}

const intentArb: fc.Arbitrary<Intent> = fc.record({
  type: fc.oneof(
    { weight: 6, arbitrary: fc.constant<PlayerEventType>("tick") },
    { weight: 2, arbitrary: fc.constantFrom<PlayerEventType>("pause", "resume", "skip", "release") },
    { weight: 1, arbitrary: fc.constantFrom<PlayerEventType>("skip-stretch", "pain") },
    { weight: 1, arbitrary: fc.constant<PlayerEventType>("stop") },
  ),
  gap: fc.oneof(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 20_000 })),
  note: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
});

const intentsArb = fc.array(intentArb, { maxLength: 40 });

const START = 1_000_000;

/**
 * Turns an intent into an event the state allows at `atMs` (a resume only when paused, a release
 * only in a hold): `state` is the state ticked to that instant, where every event acts.
 */
function eventFor(state: PlayerState, intent: Intent, atMs: number): PlayerEvent {
  const step = state.session.steps[state.stepIndex];
  switch (intent.type) {
    case "pause":
    case "resume":
      return { type: state.status === "paused" ? "resume" : "pause", atMs };
    case "release":
      return step?.kind === "hold" && step.endsOnUser ? { type: "release", atMs } : { type: "tick", atMs };
    case "pain":
      return intent.note === undefined ? { type: "pain", atMs } : { type: "pain", atMs, note: intent.note };
    default:
      return { type: intent.type, atMs };
  }
}

interface Run {
  readonly states: readonly PlayerState[];
  readonly events: readonly PlayerEvent[];
}

/** Plays valid events made from the intents, until they run out or the session finishes. */
function drive(
  session: Session,
  intents: readonly Intent[],
  onState?: (state: PlayerState, index: number) => PlayerState,
): Run {
  let state = startPlayer(session, START);
  const states = [state];
  const events: PlayerEvent[] = [];
  let atMs = START;
  for (const intent of intents) {
    if (state.status === "finished") break;
    atMs += intent.gap;
    // Where the event acts: the state ticked to its instant. The event goes to the state before the
    // tick, which must give the same as after it; an event but pain that finds the session ended is a tick.
    const there = advancePlayer(state, { type: "tick", atMs });
    const event =
      there.status === "finished" && intent.type !== "pain"
        ? { type: "tick" as const, atMs }
        : eventFor(there, intent, atMs);
    events.push(event);
    state = advancePlayer(state, event);
    if (onState !== undefined) state = onState(state, events.length);
    states.push(state);
  }
  return { states, events };
}

/**
 * A model of the player, written another way: a position in the session's own time that moves with
 * running time and jumps on skips; a hold achieves the part of it the position moved through.
 */
function model(session: Session, events: readonly PlayerEvent[]) {
  const steps = session.steps;
  const starts = new Set(session.cues.filter((cue) => cue.kind === "prepare").map((cue) => cue.stepIndex));
  const indexAt = (pos: number): number => {
    const index = steps.findIndex((step) => step.startMs <= pos && pos < step.startMs + step.durationMs);
    return index < 0 ? steps.length : index;
  };
  const achieved = new Map<number, number>();
  let pos = 0;
  let paused = false;
  let lastT = START;
  let endedAtMs: number | null = null;
  const run = (t: number): void => {
    if (paused || endedAtMs !== null) return;
    const from = pos;
    pos = Math.min(session.totalMs, pos + (t - lastT));
    steps.forEach((step, index) => {
      const end = step.startMs + step.durationMs;
      if (step.kind === "hold" && step.startMs < pos && end > from) {
        achieved.set(index, Math.max(achieved.get(index) ?? 0, Math.min(pos, end) - step.startMs));
      }
    });
    if (pos === session.totalMs) endedAtMs = t - (from + (t - lastT) - session.totalMs);
  };
  const jumpTo = (index: number, t: number): void => {
    const step = steps[index];
    pos = step === undefined ? session.totalMs : step.startMs;
    if (step === undefined) endedAtMs = t;
  };
  for (const event of events) {
    run(event.atMs);
    lastT = event.atMs;
    if (endedAtMs !== null) continue;
    const index = indexAt(pos);
    const step = steps[index];
    if (event.type === "pause") paused = true;
    else if (event.type === "resume") paused = false;
    else if (event.type === "skip") jumpTo(index + 1, event.atMs);
    else if (event.type === "release") jumpTo(index + 1, event.atMs);
    else if (event.type === "stop") endedAtMs = event.atMs;
    else if (event.type === "pain" || event.type === "skip-stretch") {
      let next = index + 1;
      while (next < steps.length) {
        const candidate = steps[next];
        if (candidate?.kind === "prepare" || candidate?.stretchId !== step?.stretchId || starts.has(next)) break;
        next += 1;
      }
      jumpTo(next, event.atMs);
    }
  }
  return {
    stepIndex: indexAt(pos),
    endedAtMs,
    achieved: steps.flatMap((step, index) => (step.kind === "hold" ? [achieved.get(index) ?? 0] : [])),
  };
}

const last = <T>(list: readonly T[]): T => list[list.length - 1] as T;
const record = (state: PlayerState) => toSessionRecord(state, { id: "run", date: "2026-11-23" });

describe("player properties", () => {
  it("time only moves forward, in the states and in the record", () => {
    fc.assert(
      fc.property(sessionArb, intentsArb, (session, intents) => {
        const { states } = drive(session, intents);
        for (let i = 1; i < states.length; i++) {
          const [before, after] = [states[i - 1] as PlayerState, states[i] as PlayerState];
          expect(after.lastAtMs).toBeGreaterThanOrEqual(before.lastAtMs);
          expect(after.stepIndex).toBeGreaterThanOrEqual(before.stepIndex);
          expect(after.stepStartedAtMs).toBeGreaterThanOrEqual(before.stepStartedAtMs);
          expect(after.stepStartedAtMs).toBeLessThanOrEqual(after.lastAtMs);
        }
        const rec = record(last(states));
        expect(SessionRecordSchema.safeParse(rec).success).toBe(true);
        // Pain may come after the end (a report on the summary screen is kept): every report is after the start, in order.
        const instants = [rec.startedAtMs, ...(rec.pain ?? []).map((pain) => pain.atMs)] as number[];
        expect(instants).toEqual([...instants].sort((a, b) => a - b));
        expect(rec.endedAtMs).toBeGreaterThanOrEqual(rec.startedAtMs as number);
      }),
    );
  });

  it("every achieved hold is between 0 and its plan, one per planned hold", () => {
    fc.assert(
      fc.property(sessionArb, intentsArb, (session, intents) => {
        const rec = record(last(drive(session, intents).states));
        const planned = session.steps.filter((step) => step.kind === "hold");
        expect(rec.holds?.map((hold) => hold.plannedMs)).toEqual(planned.map((step) => step.durationMs));
        for (const hold of rec.holds ?? []) {
          expect(hold.achievedMs).toBeGreaterThanOrEqual(0);
          expect(hold.achievedMs).toBeLessThanOrEqual(hold.plannedMs);
          if (!hold.skipped && rec.status === "completed") expect(hold.achievedMs).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("with ticks alone every hold is achieved in full and the session is completed", () => {
    fc.assert(
      fc.property(
        sessionArb,
        fc.array(fc.integer({ min: 0, max: 15_000 }), { minLength: 1, maxLength: 30 }),
        (session, gaps) => {
          let state = startPlayer(session, START);
          let atMs = START;
          for (let i = 0; state.status !== "finished"; i++) {
            atMs += gaps[i % gaps.length] || 1_000;
            state = advancePlayer(state, { type: "tick", atMs });
          }
          const rec = record(state);
          expect(rec.status).toBe("completed");
          expect(rec.endedAtMs).toBe(START + session.totalMs);
          expect(rec.holds?.every((hold) => hold.achievedMs === hold.plannedMs && !hold.skipped)).toBe(true);
        },
      ),
    );
  });

  it("paused time never counts: pausing longer changes no hold, step or status", () => {
    fc.assert(
      fc.property(
        sessionArb,
        intentsArb,
        fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 1 }),
        (session, intents, extras) => {
          const a = drive(session, intents);
          let shift = 0;
          const shifted = a.events.map((event, i) => {
            if ((a.states[i] as PlayerState).status === "paused") shift += extras[i % extras.length] as number;
            return { ...event, atMs: event.atMs + shift };
          });
          let state = startPlayer(session, START);
          const b: PlayerState[] = [state];
          for (const event of shifted) {
            state = advancePlayer(state, event);
            b.push(state);
          }
          expect(b.map((s) => [s.stepIndex, s.status])).toEqual(a.states.map((s) => [s.stepIndex, s.status]));
          expect(last(b).holds).toEqual(last(a.states).holds);
          const [ra, rb] = [record(last(a.states)), record(last(b))];
          expect(rb.holds).toEqual(ra.holds);
          expect(rb.status).toBe(ra.status);
          expect((rb.pain ?? []).map((pain) => [pain.stretchId, pain.side])).toEqual(
            (ra.pain ?? []).map((pain) => [pain.stretchId, pain.side]),
          );
        },
      ),
    );
  });

  it("agrees with a model: a position that moves with running time and jumps on skips", () => {
    fc.assert(
      fc.property(sessionArb, intentsArb, (session, intents) => {
        const { states, events } = drive(session, intents);
        const end = last(states);
        const expected = model(session, events);
        expect(end.stepIndex).toBe(expected.stepIndex);
        expect(end.endedAtMs).toBe(expected.endedAtMs);
        expect(record(end).holds?.map((hold) => hold.achievedMs)).toEqual(expected.achieved);
      }),
      { numRuns: runs(200) },
    );
  });

  it("the same events give a deep-equal state", () => {
    fc.assert(
      fc.property(sessionArb, intentsArb, (session, intents) => {
        expect(drive(session, intents).states).toEqual(drive(session, intents).states);
      }),
    );
  });

  it("a state that goes through JSON halfway gives the same end state", () => {
    fc.assert(
      fc.property(sessionArb, intentsArb, fc.nat(), (session, intents, k) => {
        const plain = last(drive(session, intents).states);
        const half = k % (intents.length + 1);
        const through = last(
          drive(session, intents, (state, index) => (index === half ? jsonCopy(state) : state)).states,
        );
        expect(through).toEqual(plain);
        expect(JSON.parse(JSON.stringify(through))).toEqual(plain);
        expect(record(through)).toEqual(record(plain));
      }),
    );
  });

  it("every invalid event leaves the state deep-equal to before", () => {
    const badArb = fc.constantFrom(
      "backwards",
      "resume-not-paused",
      "pause-paused",
      "release-outside-hold",
      "unknown-type",
      "nan",
      "infinity",
      "fraction",
      "negative",
      "long-note",
    );
    fc.assert(
      fc.property(
        sessionArb,
        intentsArb,
        fc.array(badArb, { minLength: 1, maxLength: 5 }),
        (session, intents, bads) => {
          const { states } = drive(session, intents);
          states.forEach((given, i) => {
            const state = deepFreeze(given);
            const before = jsonCopy(state);
            const t = state.lastAtMs + 1;
            const there = state.status === "finished" ? state : advancePlayer(state, { type: "tick", atMs: t });
            const step = there.session.steps[there.stepIndex];
            const candidates: Record<string, unknown> = {
              backwards: { type: "tick", atMs: state.lastAtMs - 1 },
              "resume-not-paused": state.status === "paused" ? undefined : { type: "resume", atMs: t },
              "pause-paused": state.status === "paused" ? { type: "pause", atMs: t } : undefined,
              "release-outside-hold": step?.kind === "hold" ? undefined : { type: "release", atMs: t },
              "unknown-type": { type: "rewind", atMs: t },
              nan: { type: "skip", atMs: Number.NaN },
              infinity: { type: "tick", atMs: Number.POSITIVE_INFINITY },
              fraction: { type: "tick", atMs: t + 0.25 },
              negative: { type: "stop", atMs: -t },
              "long-note": { type: "pain", atMs: t, note: "!".repeat(1001) },
            };
            const bad =
              candidates[bads[i % bads.length] as string] ??
              (state.status === "finished" ? { type: "skip", atMs: t } : undefined);
            if (bad === undefined) return;
            expect(() => advancePlayer(state, bad as PlayerEvent)).toThrow(StretchKitError);
            expect(state).toEqual(before);
            if (state.status === "finished") {
              expect(() => advancePlayer(state, { type: "skip", atMs: t })).toThrow(StretchKitError);
              expect(state).toEqual(before);
            }
          });
        },
      ),
    );
  });
});

describe("pain is never lost", () => {
  it("for any events, every pain event is in the state and the record, with its stretch and side", () => {
    fc.assert(
      fc.property(sessionArb, intentsArb, fc.nat({ max: 30_000 }), (session, intents, lateBy) => {
        const { states, events } = drive(session, intents);
        const end = last(states);
        const pains = events.filter((event) => event.type === "pain");
        // One more report, after everything: on the summary screen, or late by a UI timer.
        const after = advancePlayer(end, { type: "pain", atMs: end.lastAtMs + lateBy });
        expect(after.pain.map((pain) => pain.atMs)).toEqual([...pains.map((pain) => pain.atMs), end.lastAtMs + lateBy]);
        expect(record(after).pain).toHaveLength(pains.length + 1);
        expect(after.pain.every((pain) => session.steps.some((step) => step.stretchId === pain.stretchId))).toBe(true);
      }),
    );
  });
});
