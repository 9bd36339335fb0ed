// useStretchSession: stretchkit's player in React. The player is a pure reducer, so it goes straight
// into useReducer; this hook adds what a page needs around it: a clock, a requestAnimationFrame loop
// of ticks, the cues to speak, the pain notice, storage across reloads and the record at the end.
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from "react";
import {
  advancePlayer,
  type Cue,
  type PlayerEvent,
  type PlayerEventType,
  type PlayerProgress,
  type PlayerState,
  type PlayerStatus,
  playerProgress,
  type Session,
  type SessionRecord,
  type SessionStep,
  StretchKitError,
  startPlayer,
  toSessionRecord,
} from "stretchkit";
import { localDate } from "../../shared/words.js";

/** Where the hook keeps its state between page loads: `localStorage`, or anything with the same three calls. */
export type SessionStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export interface StretchSessionOptions {
  /** Where to keep the session across reloads and the records; `null` keeps nothing. Default: `localStorage`. */
  readonly storage?: SessionStorage | null;
  /** The prefix of the storage keys: `${prefix}-session` and `${prefix}-record-${id}`. Default: `"stretchkit"`. */
  readonly storagePrefix?: string;
  /** Called once for each cue when its time comes: speak it, show it, vibrate. */
  readonly onCue?: (cue: Cue) => void;
  /** The wall clock in milliseconds. Default: `Date.now`. */
  readonly clock?: () => number;
}

/** Shown after "It hurts" until the user goes on; `recorded` tells whether the report was kept. */
export interface PainNotice {
  readonly recorded: boolean;
}

/** What the user may add to "It hurts", both optional: their words and a 0 to 10 score (whole numbers). */
export interface PainDetails {
  readonly note?: string | undefined;
  readonly score?: number | undefined;
}

export interface StretchSession {
  /** `"idle"` before the start, then the player's status. */
  readonly status: PlayerStatus | "idle";
  /** The player's state (plain JSON), or `null` before the start. */
  readonly state: PlayerState | null;
  /** Where the player stands: the step, the time left in it, the session's progress. */
  readonly progress: PlayerProgress | null;
  /** The current step, or `null` before the start and past the last step. */
  readonly step: SessionStep | null;
  /** Whether `release` can end the current step: a hold that ends on the user. */
  readonly canRelease: boolean;
  /** Set by `pain`, cleared when the user goes on (resume, skip, release, a new start); once finished, kept until a new start. */
  readonly painNotice: PainNotice | null;
  /**
   * The session record, once finished (it is then saved, and the stored session cleared). A pain report
   * made once finished makes it again, with the same id, and saves it over the one stored.
   */
  readonly record: SessionRecord | null;
  /** Starts the session (again, once finished). */
  readonly start: () => void;
  /** Pauses a running session, resumes a paused one. */
  readonly pauseOrResume: () => void;
  /** Ends the current step now. */
  readonly skip: () => void;
  /** Ends the current hold at the user's comfortable limit. */
  readonly release: () => void;
  /**
   * Reports pain, with the user's words and score if they gave them: the stretch is stopped, and the
   * player waits for the user. Once finished (the summary screen), the report is kept for the last
   * stretch and side played.
   */
  readonly pain: (details?: PainDetails) => void;
  /** Ends the session now. */
  readonly stop: () => void;
}

/** The hook's own state: the player's, and what the page needs around it. Plain data. */
interface HookState {
  readonly player: PlayerState | null;
  /** The index of the next cue to give, in `player.session.cues`. */
  readonly nextCue: number;
  /** The indices of the cues given in this run, in order: the cue effect gives each once. */
  readonly given: readonly number[];
  /** Which run `given` belongs to: a new start or a restore begins a new one. */
  readonly run: number;
  readonly painNotice: PainNotice | null;
  /** Counts the changes to store: user events and the finish. */
  readonly revision: number;
}

/**
 * A start, or events sent together at one instant: a frame's tick, or a button press's tick and action
 * (and, for pain, the pause after it). The cues are given after the tick and after the whole press.
 */
type Action =
  | { readonly type: "start"; readonly session: Session; readonly atMs: number }
  | { readonly type: "events"; readonly events: readonly PlayerEvent[] };

/** What is stored under `${prefix}-session`: JSON of the player's state, the next cue and the pain notice. */
interface Stored {
  readonly version: 1;
  readonly player: PlayerState;
  readonly nextCue: number;
  readonly painNotice: PainNotice | null;
}

/** Events after which the position jumps: the cues of the part skipped are dropped, not given. */
const JUMPS: readonly PlayerEventType[] = ["skip", "skip-stretch", "release", "pain", "stop"];
/** Events after which the user has gone on from a pain report. */
const GOING_ON: readonly PlayerEventType[] = ["resume", "skip", "skip-stretch", "release"];
/** A cue more late than this (a tab in the background, a reload) is dropped, not given. */
const STALE_CUE_MS = 2_000;

const EMPTY: HookState = { player: null, nextCue: 0, given: [], run: 0, painNotice: null, revision: 0 };

/**
 * The reducer: `startPlayer` for a start, `advancePlayer` for each event. An event that the state does
 * not allow (a StretchKitError `invalid_state`: a `release` just after the hold ended by the clock, any
 * event but `pain` once finished) leaves the state as it was; any other error is a bug and is thrown.
 */
function reducer(state: HookState, action: Action): HookState {
  if (action.type === "start") {
    if (state.player !== null && state.player.status !== "finished") return state;
    const player = startPlayer(action.session, action.atMs);
    return giveCues({ ...EMPTY, player, run: state.run + 1, revision: state.revision + 1 }, false);
  }
  let next = state;
  let jumped = false;
  for (const event of action.events) {
    next = apply(next, event);
    jumped ||= JUMPS.includes(event.type);
    if (event.type === "tick") next = giveCues(next, false);
  }
  return giveCues(next, jumped);
}

/**
 * One event: the player moved by it, the pain notice set or cleared, the revision counted. Every event,
 * `pain` included, is sent no earlier than the player's last one: the player refuses an event out of
 * order (`invalid_event`), and a report must not be lost to a clock that went backwards.
 */
function apply(state: HookState, event: PlayerEvent): HookState {
  const before = state.player;
  if (before === null) return state;
  // The hook's clock never goes backwards within a page load, but the clock of a restored state may be
  // behind the stored one (the device's clock was set back before a reload).
  const atMs = Math.max(event.atMs, before.lastAtMs);
  let player: PlayerState;
  try {
    player = advancePlayer(before, { ...event, atMs });
  } catch (error) {
    if (!(error instanceof StretchKitError && error.code === "invalid_state")) throw error;
    // Refused. A pain report that could not be kept still shows the safety advice.
    return event.type === "pain" ? { ...state, painNotice: { recorded: false } } : state;
  }
  const finishedNow = player.status === "finished" && before.status !== "finished";
  let painNotice = state.painNotice;
  if (event.type === "pain") painNotice = { recorded: player.pain.length > before.pain.length };
  else if (GOING_ON.includes(event.type)) painNotice = null;
  const count = event.type !== "tick" || finishedNow;
  return { ...state, player, painNotice, revision: count ? state.revision + 1 : state.revision };
}

/**
 * Moves the cue index up to the player's position: after a jump, the cues before it are dropped;
 * while running, the cues whose time has come are given (those more than {@link STALE_CUE_MS} late are
 * dropped). While paused nothing is given: after a pain report, the next stretch's cue waits for Resume.
 */
function giveCues(state: HookState, jumped: boolean): HookState {
  const { player } = state;
  if (player === null) return state;
  const { cues } = player.session;
  const { positionMs } = playerProgress(player);
  let next = state.nextCue;
  if (jumped) while (next < cues.length && (cues[next]?.atMs ?? 0) < positionMs) next += 1;
  if (player.status !== "running") return next === state.nextCue ? state : { ...state, nextCue: next };
  const given: number[] = [];
  for (let cue = cues[next]; cue !== undefined && cue.atMs <= positionMs; cue = cues[next]) {
    if (cue.atMs >= positionMs - STALE_CUE_MS) given.push(next);
    next += 1;
  }
  if (next === state.nextCue) return state;
  return { ...state, nextCue: next, given: given.length === 0 ? state.given : [...state.given, ...given] };
}

function sessionKey(prefix: string): string {
  return `${prefix}-session`;
}

/** The stored session, if there is one of this routine that the player can read; else `null` (and it is removed). */
function restore(storage: SessionStorage | null, prefix: string, session: Session): HookState | null {
  if (storage === null) return null;
  const text = storage.getItem(sessionKey(prefix));
  if (text === null) return null;
  try {
    const stored = JSON.parse(text) as Stored;
    if (stored.version !== 1 || stored.player.session.routineId !== session.routineId)
      throw new Error("another session");
    recordOf(stored.player); // throws for what is not a player state, holds and pain reports included
    const { cues } = stored.player.session;
    return {
      player: stored.player,
      nextCue: Number.isSafeInteger(stored.nextCue) ? Math.min(Math.max(stored.nextCue, 0), cues.length) : cues.length,
      given: [],
      run: 1,
      painNotice: stored.painNotice === null ? null : { recorded: stored.painNotice.recorded === true },
      // A finished session read back has its record still to save.
      revision: stored.player.status === "finished" ? 1 : 0,
    };
  } catch {
    storage.removeItem(sessionKey(prefix));
    return null;
  }
}

/** The record of a finished player: its id and date come from its start, so a reload makes the same one. */
function recordOf(player: PlayerState): SessionRecord {
  return toSessionRecord(player, { id: `session-${player.startedAtMs}`, date: localDate(player.startedAtMs) });
}

function defaultStorage(): SessionStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // storage blocked by the browser's settings
  }
}

/**
 * Plays a session: start, pause/resume, skip, release, pain (with a note and a score), stop, and the record at
 * the end. The state is restored from storage on load, saved on every user event and on the finish,
 * and cleared once the session is done and its record saved (under `${prefix}-record-${id}`).
 */
export function useStretchSession(session: Session, options: StretchSessionOptions = {}): StretchSession {
  const prefix = options.storagePrefix ?? "stretchkit";
  const storage = useMemo(
    () => (options.storage === undefined ? defaultStorage() : options.storage),
    [options.storage],
  );
  const [state, dispatch] = useReducer(reducer, null, () => restore(storage, prefix, session) ?? EMPTY);

  // The latest options, for callbacks that should not restart the frame loop when they change.
  const latest = useRef({ session, clock: options.clock ?? Date.now, onCue: options.onCue });
  latest.current = { session, clock: options.clock ?? Date.now, onCue: options.onCue };

  /** The clock: whole milliseconds that never go backwards. */
  const lastMs = useRef(0);
  const now = useCallback((): number => {
    lastMs.current = Math.max(lastMs.current, Math.round(latest.current.clock()));
    return lastMs.current;
  }, []);

  // Ticks on every animation frame while running (none while paused: paused time counts for nothing).
  // A layout effect: the loop starts in the commit that shows a running session (after a start, a
  // resume or a reload), not in a later task, so no stretch of time goes by on screen without frames.
  const running = state.player?.status === "running";
  useLayoutEffect(() => {
    if (!running) return;
    let frame = requestAnimationFrame(function loop() {
      dispatch({ type: "events", events: [{ type: "tick", atMs: now() }] });
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, [running, now]);

  // Gives each cue once, after the render that reached it.
  const givenSoFar = useRef({ run: 0, count: 0 });
  useEffect(() => {
    if (givenSoFar.current.run !== state.run) givenSoFar.current = { run: state.run, count: 0 };
    const cues = state.player?.session.cues ?? [];
    for (const index of state.given.slice(givenSoFar.current.count)) {
      const cue = cues[index];
      if (cue !== undefined) latest.current.onCue?.(cue);
    }
    givenSoFar.current.count = state.given.length;
  }, [state.run, state.given, state.player]);

  // Saves on user events and on the finish; once finished, saves the record and clears the session.
  const record = useMemo(() => (state.player?.status === "finished" ? recordOf(state.player) : null), [state.player]);
  const savedRevision = useRef(0);
  useEffect(() => {
    if (storage === null || state.player === null || state.revision === savedRevision.current) return;
    savedRevision.current = state.revision;
    const stored: Stored = { version: 1, player: state.player, nextCue: state.nextCue, painNotice: state.painNotice };
    storage.setItem(sessionKey(prefix), JSON.stringify(stored));
    if (record !== null) {
      storage.setItem(`${prefix}-record-${record.id}`, JSON.stringify(record));
      storage.removeItem(sessionKey(prefix));
    }
  }, [storage, prefix, state, record]);

  const progress = useMemo(() => (state.player === null ? null : playerProgress(state.player)), [state.player]);
  const step = progress?.step ?? null;
  const status = state.player?.status ?? "idle";

  /**
   * A user action: the clock read once, a tick then the action at the same instant. Once finished the
   * tick is refused (nothing to do) and a `pain` is still kept.
   */
  const act = useCallback(
    (type: Exclude<PlayerEventType, "tick">, details: PainDetails = {}): void => {
      const atMs = now();
      const events: PlayerEvent[] = [{ type: "tick", atMs }];
      if (type !== "pain") events.push({ type, atMs });
      else {
        // The note and the score go on the event only when the user gave them.
        const { note, score } = details;
        events.push({
          type,
          atMs,
          ...(note === undefined || note === "" ? {} : { note }),
          ...(score === undefined ? {} : { score }),
        });
        // After pain, the next stretch waits until the user goes on (the pause is refused, and so does
        // nothing, when the player is not running).
        events.push({ type: "pause", atMs });
      }
      dispatch({ type: "events", events });
    },
    [now],
  );

  const start = useCallback(() => dispatch({ type: "start", session: latest.current.session, atMs: now() }), [now]);
  const pauseOrResume = useCallback(() => act(status === "paused" ? "resume" : "pause"), [act, status]);
  const skip = useCallback(() => act("skip"), [act]);
  const release = useCallback(() => act("release"), [act]);
  const pain = useCallback((details?: PainDetails) => act("pain", details), [act]);
  const stop = useCallback(() => act("stop"), [act]);

  return {
    status,
    state: state.player,
    progress,
    step,
    canRelease: status !== "finished" && step?.kind === "hold" && step.endsOnUser,
    painNotice: state.painNotice,
    record,
    start,
    pauseOrResume,
    skip,
    release,
    pain,
    stop,
  };
}
