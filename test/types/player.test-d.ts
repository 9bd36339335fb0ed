import { describe, expectTypeOf, it } from "vitest";
import { advancePlayer } from "../../src/player/advance-player.js";
import { playerProgress } from "../../src/player/player-progress.js";
import { startPlayer } from "../../src/player/start-player.js";
import { type SessionRecordOptions, toSessionRecord } from "../../src/player/to-session-record.js";
import type {
  PlayerEvent,
  PlayerEventType,
  PlayerProgress,
  PlayerState,
  PlayerStatus,
} from "../../src/player/types.js";
import type { Session, SessionStep } from "../../src/schema/session.js";
import type { SessionRecord } from "../../src/schema/session-record.js";

declare const session: Session;
declare const state: PlayerState;

describe("player types", () => {
  it("startPlayer and advancePlayer take and return player states", () => {
    expectTypeOf(startPlayer).parameters.toEqualTypeOf<[Session, number]>();
    expectTypeOf(startPlayer(session, 0)).toEqualTypeOf<PlayerState>();
    expectTypeOf(advancePlayer).parameters.toEqualTypeOf<[PlayerState, PlayerEvent]>();
    expectTypeOf(advancePlayer(state, { type: "tick", atMs: 0 })).toEqualTypeOf<PlayerState>();
  });

  it("the event types are a literal union, and an unknown one does not compile", () => {
    expectTypeOf<PlayerEventType>().toEqualTypeOf<
      "tick" | "pause" | "resume" | "skip" | "skip-stretch" | "release" | "pain" | "stop"
    >();
    // @ts-expect-error "jump" is not an event type
    advancePlayer(state, { type: "jump", atMs: 0 });
    // @ts-expect-error an event needs its instant
    advancePlayer(state, { type: "tick" });
  });

  it("only a pain event carries a note, and it may be undefined", () => {
    advancePlayer(state, { type: "pain", atMs: 0, note: "sharp" });
    advancePlayer(state, { type: "pain", atMs: 0, note: undefined });
    // @ts-expect-error a skip has no note
    advancePlayer(state, { type: "skip", atMs: 0, note: "x" });
    expectTypeOf<PlayerEvent<"pain">["note"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<PlayerEvent<"pain">["score"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<PlayerEvent<"tick">>().toEqualTypeOf<{ readonly type: "tick"; readonly atMs: number }>();
    // @ts-expect-error a skip has no score
    advancePlayer(state, { type: "skip", atMs: 0, score: 3 });
  });

  it("the event union narrows on its type", () => {
    const describe = (event: PlayerEvent): string => (event.type === "pain" ? (event.note ?? "") : event.type);
    expectTypeOf(describe).returns.toEqualTypeOf<string>();
  });

  it("the state is readonly, with a literal status", () => {
    expectTypeOf<PlayerState["status"]>().toEqualTypeOf<PlayerStatus>();
    expectTypeOf<PlayerStatus>().toEqualTypeOf<"running" | "paused" | "finished">();
    // @ts-expect-error the state is readonly
    state.stepIndex = 3;
    // @ts-expect-error its holds are readonly
    state.holds.push({ stepIndex: 0, achievedMs: 0, skipped: false });
  });

  it("toSessionRecord needs an id and a date, and returns a SessionRecord", () => {
    expectTypeOf(toSessionRecord(state, { id: "a", date: "2026-11-23" })).toEqualTypeOf<SessionRecord>();
    // @ts-expect-error the date is required
    toSessionRecord(state, { id: "a" });
    expectTypeOf<SessionRecordOptions>().toEqualTypeOf<{
      readonly id: string;
      readonly date: string;
      readonly effort?: number | undefined;
    }>();
  });

  it("playerProgress gives the step or null", () => {
    expectTypeOf(playerProgress(state)).toEqualTypeOf<PlayerProgress>();
    expectTypeOf<PlayerProgress["step"]>().toEqualTypeOf<SessionStep | null>();
  });
});
