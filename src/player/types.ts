import type { Session, SessionStep } from "../schema/session.js";
import type { PainReport } from "../schema/session-record.js";

/**
 * Where a player is: `"running"` (time counts), `"paused"` (time counts toward no step) or
 * `"finished"` (the session ended: by its clock, by a `stop`, or by skipping past its last stretch).
 *
 * @example
 * const status: PlayerStatus = "paused";
 * @category Player
 */
export type PlayerStatus = "running" | "paused" | "finished";

/**
 * What the player recorded for one hold it left: the time held and whether the hold was cut short
 * by a skip, a pain report or a stop. A hold ended by a `release` is not skipped: it lasted as long
 * as the user could comfortably sustain it.
 *
 * @example
 * const held: PlayerHold = { stepIndex: 3, achievedMs: 12_000, skipped: false };
 * @category Player
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
 * The state of a session player: plain JSON, deeply frozen, so that an app can keep every state
 * (undo, history) and store any of them (`JSON.stringify`, `structuredClone`, a worker message) to
 * go on after a reload. Build it with `startPlayer`, move it with `advancePlayer`, and turn it into
 * a record with `toSessionRecord`. Treat it as opaque beyond `status`, `stepIndex` and `session`;
 * read the position with `playerProgress`. Its format is versioned (`version: 1`): a stored state
 * of a later format is refused with a clear error, never misread.
 *
 * @example
 * const state: PlayerState = startPlayer(scheduleSession(backSpasmRoutine), 0);
 * state.status; //=> "running"
 * Object.isFrozen(state.holds); //=> true
 * @category Player
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
 * The type of a {@link PlayerEvent}: what a UI tells the player.
 *
 * - `tick`: moves through every step whose end has passed (several at once after a long gap); a UI
 *   sends one on every frame or timer callback.
 * - `pause` / `resume`: from a pause on, time counts toward no step (and no hold) until a resume.
 * - `skip`: ends the current step now; a skipped hold keeps what was held so far, marked skipped.
 * - `skip-stretch`: ends the current stretch (its remaining repetitions and sides are skipped) and
 *   starts the next stretch's `prepare` step, or finishes after the last stretch.
 * - `release`: ends the current hold early, at the user's comfortable limit ("as long as you can
 *   comfortably sustain"): held so far, not skipped; the `release` step starts.
 * - `pain`: records pain (with the user's `note` and a 0–10 `score`, both optional) and stops the
 *   current stretch at once, as the source advises, going on to the next one.
 * - `stop`: ends the session now; holds not reached are recorded as skipped with nothing achieved.
 *
 * @example
 * const type: PlayerEventType = "skip-stretch";
 * @category Player
 */
export type PlayerEventType = "tick" | "pause" | "resume" | "skip" | "skip-stretch" | "release" | "pain" | "stop";

/**
 * Something a UI tells the player, at an instant of the UI's own clock: `{ type, atMs }`, with
 * `note` and `score` on a pain event. `PlayerEvent<"pain">` is one kind; `PlayerEvent` any of them.
 * `atMs` is whole milliseconds and never goes backwards. Every event first lets time pass up to
 * `atMs` (as a `tick` does), then acts on the step current at that instant, so that an event means
 * the same whether or not a tick came just before it. See {@link PlayerEventType} for each type.
 *
 * @example
 * const events: PlayerEvent[] = [
 *   { type: "pause", atMs: 1_000 },
 *   { type: "resume", atMs: 5_000 },
 *   { type: "pain", atMs: 9_000, note: "a twinge", score: 4 },
 * ];
 * const pain: PlayerEvent<"pain"> = { type: "pain", atMs: 9_000, score: 4 };
 * events.map((event) => event.type); //=> ["pause", "resume", "pain"]
 * @category Player
 */
export type PlayerEvent<T extends PlayerEventType = PlayerEventType> = T extends "pain"
  ? {
      /** What happened. */
      readonly type: T;
      /** The caller's clock, in whole milliseconds; never earlier than the previous event. */
      readonly atMs: number;
      /** The user's own words, at most 1,000 characters. */
      readonly note?: string | undefined;
      /** How bad, on the 0–10 numeric rating scale (0 no pain, 10 the worst imaginable). */
      readonly score?: number | undefined;
    }
  : T extends PlayerEventType
    ? {
        /** What happened. */
        readonly type: T;
        /** The caller's clock, in whole milliseconds; never earlier than the previous event. */
        readonly atMs: number;
      }
    : never;

/**
 * Where a player stands in its session, for a UI to draw the current step, a countdown and a
 * progress bar. All figures are as of the state's last event.
 *
 * @example
 * const progress: PlayerProgress = playerProgress(startPlayer(scheduleSession(backSpasmRoutine), 0));
 * progress.progress; //=> 0
 * @category Player
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
