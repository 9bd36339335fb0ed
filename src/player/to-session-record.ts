import * as z from "zod/mini";
import { fail, failWith, parseWith, refuseUnreadable, safeParseWith } from "../internal/issues.js";
import { MAX_RECORD_ID_LENGTH } from "../schema/bounds.js";
import { dateSchema, text } from "../schema/common.js";
import { type HoldRecord, type SessionRecord, SessionRecordSchema, scoreSchema } from "../schema/session-record.js";
import { type Draft, elapsedInStep, finish, leaveHold, readState, stepOf } from "./state.js";
import type { PlayerState } from "./types.js";

/**
 * The options of {@link toSessionRecord}.
 *
 * @example
 * const options: SessionRecordOptions = { id: "2026-11-23-morning", date: "2026-11-23", effort: 3 };
 * @category Player
 */
export interface SessionRecordOptions {
  /** A unique id chosen by the app, 1 to 200 characters. */
  readonly id: string;
  /** The user's local civil date of the session, `YYYY-MM-DD`, as the app computed it in the user's zone. */
  readonly date: string;
  /** The user's rating of the session's effort, 0 to 10 on the Borg CR10 scale, if the app asked for it. */
  readonly effort?: number | undefined;
}

const optionsSchema = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ text(1, MAX_RECORD_ID_LENGTH),
  date: dateSchema,
  effort: /* @__PURE__ */ z.optional(scoreSchema),
});

/** Stops a draft at its last event: the hold in progress is kept as held so far. */
function stopAtLastEvent(draft: Draft): void {
  const step = stepOf(draft, draft.stepIndex);
  leaveHold(draft, step, elapsedInStep(draft, step, draft.lastAtMs), true);
  finish(draft, draft.lastAtMs);
}

/**
 * One hold per hold step of the session, matched with the player's holds in order; `matched` is
 * false when the player's holds are not one per hold step, each within its plan.
 */
function holdsOf(draft: Draft): { readonly holds: HoldRecord[]; readonly matched: boolean } {
  const holds: HoldRecord[] = [];
  let next = 0;
  for (let index = 0; index < draft.session.steps.length; index++) {
    const step = stepOf(draft, index);
    if (step.kind !== "hold") continue;
    const held = draft.holds[next];
    // A state read back from storage may hold anything in its holds: the record's schema checks what is kept.
    const matches = typeof held === "object" && held !== null && held.stepIndex === index;
    if (matches) next += 1;
    holds.push({
      stretchId: step.stretchId,
      side: step.side,
      repetition: step.repetition,
      plannedMs: step.durationMs,
      achievedMs: matches ? held.achievedMs : 0,
      skipped: matches ? held.skipped : true,
    });
  }
  return { holds, matched: next === draft.holds.length && holds.every((hold) => hold.achievedMs <= hold.plannedMs) };
}

/**
 * The record of what was done in a played session, for storage and for `calculateAdherence`.
 *
 * One hold per planned hold, in session order, with the time planned and achieved (paused time
 * excluded, never above the plan) and whether it was skipped (cut short by a skip, a pain report or
 * a stop, or never reached); a hold ended by `release` is not skipped. Every pain report, with its
 * score and note. The status is `"completed"` when the session's last step was reached, else
 * `"stopped"`; whether adherence counts the session depends on its dose (see `calculateAdherence`).
 * A state not finished yet gives the record of stopping it at its last event; the state itself is
 * left as it is.
 *
 * @param state - A player state, usually finished.
 * @param options - The record's `id`, the user's local civil `date`, and the user's `effort` rating if asked.
 * @returns A fresh record that `SessionRecordSchema` accepts.
 * @throws {@link StretchKitError} with code `invalid_options` for a bad id, date or effort (every
 * issue listed), or `invalid_state` for a `state` that is not a player state or that throws when
 * read (a getter or a Proxy).
 * @example
 * const session = scheduleSession(backSpasmRoutine);
 * let state = startPlayer(session, 0);
 * state = advancePlayer(state, { type: "pain", atMs: 1_000, score: 6 });
 * state = advancePlayer(state, { type: "stop", atMs: 2_000 });
 * const record = toSessionRecord(state, { id: "s1", date: "2026-11-23", effort: 2 });
 * record.status; //=> "stopped"
 * record.holds?.length; //=> 27
 * record.holds?.every((hold) => hold.skipped && hold.achievedMs === 0); //=> true
 * record.pain; //=> [{ stretchId: "forward-roll", side: null, atMs: 1_000, score: 6 }]
 * [record.startedAtMs, record.endedAtMs, record.effort]; //=> [0, 2_000, 2]
 * @category Player
 */
export function toSessionRecord(state: PlayerState, options: SessionRecordOptions): SessionRecord {
  return refuseUnreadable("invalid_state", "Not a player state", () => {
    const draft = readState(state);
    const { id, date, effort } = parseWith(optionsSchema, options, "invalid_options", "Invalid record options");
    if (draft.status !== "finished") stopAtLastEvent(draft);
    const { holds, matched } = holdsOf(draft);
    const result = safeParseWith(SessionRecordSchema, {
      id,
      routineId: draft.session.routineId,
      date,
      startedAtMs: draft.startedAtMs,
      endedAtMs: draft.endedAtMs ?? draft.lastAtMs,
      status: draft.lastStepReached ? "completed" : "stopped",
      ...(effort === undefined ? {} : { effort }),
      holds,
      pain: draft.pain,
    });
    if (!result.ok) fail("invalid_state", result.issues, "Not a player state");
    if (!matched) {
      const message = "must match the holds of the session, each within its plan";
      failWith("invalid_state", "Not a player state", ["holds"], "invalid_value", message);
    }
    return result.value;
  });
}
