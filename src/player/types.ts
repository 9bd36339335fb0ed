import type { Session, SessionStep } from "../schedule/types.js";
import type { PainReport } from "../schema/session-record.js";

/**
 * Where a player is: `"running"` (time counts), `"paused"` (time counts toward no step) or
 * `"finished"` (the session ended: by its clock, by a `stop`, or by skipping past its last stretch).
 *
 * @example
 * const status: PlayerStatus = "paused";
 */
export type PlayerStatus = "running" | "paused" | "finished";

/**
 * What the player recorded for one hold it left: the time held and whether the hold was cut short
 * by a skip, a pain report or a stop. A hold ended by a `release` is not skipped: it lasted as long
 * as the user could comfortably sustain it.
 *
 * @example
 * const held: PlayerHold = { stepIndex: 3, achievedMs: 12_000, skipped: false };
 */
export interface PlayerHold {
  /** The index of the hold step in `session.steps`. */
  readonly stepIndex: number;
  /** The time held, in milliseconds, paused time excluded, within `[0, step.durationMs]`. */
  readonly achievedMs: number;
  /** Whether the hold was cut short by a skip, a pain report or a stop. */
  readonly skipped: boolean;
}

/**
 * The state of a session player: plain JSON, so that an app can store it (`JSON.stringify`,
 * `structuredClone`, a worker message) and go on after a reload. Build it with `startPlayer`, move
 * it with `advancePlayer`, and turn it into a record with `toSessionRecord`. Treat it as opaque
 * beyond `status`, `stepIndex` and `session`; read the position with `playerProgress`.
 *
 * @example
 * const state: PlayerState = startPlayer(scheduleSession(backSpasmRoutine), 0);
 * state.status; //=> "running"
 * state.stepIndex; //=> 0
 */
export interface PlayerState {
  /** The version of this shape, for apps that store states: always `1`. */
  readonly version: 1;
  /** The session played: a frozen copy of the one given to `startPlayer`, shared by every later state. */
  readonly session: Session;
  /** Running, paused or finished. */
  readonly status: PlayerStatus;
  /**
   * The index of the current step in `session.steps`. Once finished: `session.steps.length` when
   * the session ran (or was skipped) past its last step, else the step it was stopped in.
   */
  readonly stepIndex: number;
  /** When the player started, from the caller's clock. */
  readonly startedAtMs: number;
  /** When the current step started, from the caller's clock. */
  readonly stepStartedAtMs: number;
  /** Time paused in the current step before the current pause, if any, in milliseconds. */
  readonly pausedInStepMs: number;
  /** When the current pause began, or `null` when not paused. */
  readonly pausedAtMs: number | null;
  /** The time of the last event; the next event must not be earlier. */
  readonly lastAtMs: number;
  /** When the session ended, or `null` until it has. */
  readonly endedAtMs: number | null;
  /** Whether the last step of the session was reached: the record's status is then `"completed"`. */
  readonly lastStepReached: boolean;
  /** One entry per hold left so far, in session order. */
  readonly holds: readonly PlayerHold[];
  /** Pain reports, in the order they were made. */
  readonly pain: readonly PainReport[];
}

/**
 * Moves the player through every step whose end has passed by `atMs` (several at once after a long
 * gap). A UI sends one on every frame or timer callback.
 *
 * @example
 * const state = startPlayer(scheduleSession(backSpasmRoutine), 0);
 * advancePlayer(state, { type: "tick", atMs: 1_000 }).stepIndex; //=> 0
 */
export interface TickEvent {
  /** `"tick"`. */
  readonly type: "tick";
  /** The caller's clock, in whole milliseconds; never earlier than the previous event. */
  readonly atMs: number;
}

/**
 * Pauses the player: from `atMs` on, time counts toward no step (and no hold) until a `resume`.
 * Refused when already paused.
 *
 * @example
 * const state = startPlayer(scheduleSession(backSpasmRoutine), 0);
 * advancePlayer(state, { type: "pause", atMs: 1_000 }).status; //=> "paused"
 */
export interface PauseEvent {
  /** `"pause"`. */
  readonly type: "pause";
  /** The caller's clock, in whole milliseconds; never earlier than the previous event. */
  readonly atMs: number;
}

/**
 * Resumes a paused player: the current step goes on where it was paused. Refused when not paused.
 *
 * @example
 * const paused = advancePlayer(startPlayer(scheduleSession(backSpasmRoutine), 0), { type: "pause", atMs: 1_000 });
 * advancePlayer(paused, { type: "resume", atMs: 60_000 }).status; //=> "running"
 */
export interface ResumeEvent {
  /** `"resume"`. */
  readonly type: "resume";
  /** The caller's clock, in whole milliseconds; never earlier than the previous event. */
  readonly atMs: number;
}

/**
 * Ends the current step now and starts the next one. A skipped hold achieves what was held so far
 * and is marked skipped.
 *
 * @example
 * const state = startPlayer(scheduleSession(backSpasmRoutine), 0);
 * advancePlayer(state, { type: "skip", atMs: 1_000 }).stepIndex; //=> 1
 */
export interface SkipEvent {
  /** `"skip"`. */
  readonly type: "skip";
  /** The caller's clock, in whole milliseconds; never earlier than the previous event. */
  readonly atMs: number;
}

/**
 * Ends the current stretch now (its remaining repetitions and sides are skipped) and starts the
 * next stretch's `prepare` step, or finishes the session after the last stretch.
 *
 * @example
 * const session = scheduleSession(backSpasmRoutine);
 * const next = advancePlayer(startPlayer(session, 0), { type: "skip-stretch", atMs: 1_000 });
 * session.steps[next.stepIndex]?.stretchId; //=> "sideways-reach"
 */
export interface SkipStretchEvent {
  /** `"skip-stretch"`. */
  readonly type: "skip-stretch";
  /** The caller's clock, in whole milliseconds; never earlier than the previous event. */
  readonly atMs: number;
}

/**
 * Ends the current hold early, at the user's comfortable limit ("as long as you can comfortably
 * sustain"): the hold is recorded as achieved so far, not skipped, and the `release` step starts.
 * Refused when the current step is not a hold that ends on the user.
 *
 * @example
 * const session = scheduleSession(backSpasmRoutine);
 * const hold = session.steps.findIndex((step) => step.kind === "hold");
 * let state = startPlayer(session, 0);
 * while (state.stepIndex < hold) state = advancePlayer(state, { type: "skip", atMs: 0 });
 * state = advancePlayer(state, { type: "release", atMs: 12_000 });
 * session.steps[state.stepIndex]?.kind; //=> "release"
 * state.holds[0]; //=> { stepIndex: hold, achievedMs: 12_000, skipped: false }
 */
export interface ReleaseEvent {
  /** `"release"`. */
  readonly type: "release";
  /** The caller's clock, in whole milliseconds; never earlier than the previous event. */
  readonly atMs: number;
}

/**
 * Reports pain, as the seed advises to stop a stretch that aggravates or causes pain: records it for
 * the current stretch and side, ends that stretch at once (its remaining repetitions and sides are
 * not done) and goes on to the next stretch, or finishes after the last one.
 *
 * @example
 * const session = scheduleSession(backSpasmRoutine);
 * const state = advancePlayer(startPlayer(session, 0), { type: "pain", atMs: 5_000, note: "sharp" });
 * state.pain; //=> [{ stretchId: "forward-roll", side: null, atMs: 5_000, note: "sharp" }]
 * session.steps[state.stepIndex]?.stretchId; //=> "sideways-reach"
 */
export interface PainEvent {
  /** `"pain"`. */
  readonly type: "pain";
  /** The caller's clock, in whole milliseconds; never earlier than the previous event. */
  readonly atMs: number;
  /** The user's own words, at most 1,000 characters. */
  readonly note?: string | undefined;
}

/**
 * Ends the session now. Holds not reached are recorded as skipped with nothing achieved.
 *
 * @example
 * const state = startPlayer(scheduleSession(backSpasmRoutine), 0);
 * advancePlayer(state, { type: "stop", atMs: 1_000 }).status; //=> "finished"
 */
export interface StopEvent {
  /** `"stop"`. */
  readonly type: "stop";
  /** The caller's clock, in whole milliseconds; never earlier than the previous event. */
  readonly atMs: number;
}

/**
 * Everything a UI can tell the player, each at an instant of the UI's own clock (`atMs`, whole
 * milliseconds, never going backwards). Every event first lets time pass up to `atMs` (as a
 * `tick` does), then acts on the step current at that instant.
 *
 * @example
 * const events: PlayerEvent[] = [
 *   { type: "pause", atMs: 1_000 },
 *   { type: "resume", atMs: 5_000 },
 *   { type: "pain", atMs: 9_000, note: "a twinge" },
 * ];
 * events.map((event) => event.type); //=> ["pause", "resume", "pain"]
 */
export type PlayerEvent =
  | TickEvent
  | PauseEvent
  | ResumeEvent
  | SkipEvent
  | SkipStretchEvent
  | ReleaseEvent
  | PainEvent
  | StopEvent;

/**
 * The type of a {@link PlayerEvent}.
 *
 * @example
 * const type: PlayerEventType = "skip-stretch";
 */
export type PlayerEventType = PlayerEvent["type"];

/**
 * Where a player stands in its session, for a UI to draw the current step, a countdown and a
 * progress bar. All figures are as of the state's last event.
 *
 * @example
 * const progress: PlayerProgress = playerProgress(startPlayer(scheduleSession(backSpasmRoutine), 0));
 * progress.progress; //=> 0
 */
export interface PlayerProgress {
  /** The player's status. */
  readonly status: PlayerStatus;
  /** The current step (when finished: the step stopped in), or `null` past the last step. */
  readonly step: SessionStep | null;
  /** The index of that step (`session.steps.length` past the last step). */
  readonly stepIndex: number;
  /** Time spent in the step, paused time excluded, in milliseconds, within `[0, step.durationMs]`. */
  readonly elapsedInStepMs: number;
  /** Time left in the step, in milliseconds: what a countdown shows. */
  readonly remainingInStepMs: number;
  /** The position in the session's own time, in milliseconds from its start, within `[0, totalMs]`. */
  readonly positionMs: number;
  /** `positionMs / totalMs`, within `[0, 1]`: what a progress bar shows. */
  readonly progress: number;
}
