import * as z from "zod/mini";
import { StretchKitError } from "../errors.js";
import { parseWith, refuseUnreadable, safeParseWith } from "../internal/issues.js";
import { MAX_RECORD_ID_LENGTH } from "../schema/common.js";
import type { HoldRecord, SessionRecord } from "../schema/session-record.js";
import { isoDateSchema, SessionRecordSchema } from "../schema/session-record.js";
import { assertPlayerState, draftOf, elapsedInStep, finish, leaveHold, settle, stepOf } from "./internal.js";
import type { PlayerState } from "./types.js";

/**
 * The options of {@link toSessionRecord}.
 *
 * @example
 * const options: SessionRecordOptions = { id: "2026-11-23-morning", date: "2026-11-23" };
 */
export interface SessionRecordOptions {
  /** A unique id chosen by the app, 1 to 200 characters. */
  readonly id: string;
  /** The user's local civil date of the session, `YYYY-MM-DD`, as the app computed it in the user's zone. */
  readonly date: string;
}

const optionsSchema = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(MAX_RECORD_ID_LENGTH)),
  date: isoDateSchema,
});

/**
 * The record of what was done in a played session, for storage and for `calculateAdherence`.
 *
 * One hold per planned hold, in session order, with the time planned and achieved (paused time
 * excluded, never above the plan) and whether it was skipped (cut short by a skip, a pain report or
 * a stop, or never reached); a hold ended by `release` is not skipped. The status is `"completed"`
 * when the session's last step was reached, else `"stopped"`. A state not finished yet gives the
 * record of stopping it at its last event; the state itself is left as it is.
 *
 * @param state - A player state, usually finished.
 * @param options - The record's `id` and the user's local civil `date`.
 * @returns A record that `SessionRecordSchema` accepts.
 * @throws {@link StretchKitError} with code `invalid_options` for a bad id or date (every issue
 * listed), or `invalid_state` for a `state` that is not a player state or that throws when read (a
 * getter or a Proxy).
 * @example
 * const session = scheduleSession(backSpasmRoutine);
 * let state = startPlayer(session, 0);
 * state = advancePlayer(state, { type: "pain", atMs: 1_000 });
 * state = advancePlayer(state, { type: "stop", atMs: 2_000 });
 * const record = toSessionRecord(state, { id: "s1", date: "2026-11-23" });
 * record.status; //=> "stopped"
 * record.holds?.length; //=> 27
 * record.holds?.every((hold) => hold.skipped && hold.achievedMs === 0); //=> true
 * record.pain; //=> [{ stretchId: "forward-roll", side: null, atMs: 1_000 }]
 * [record.startedAtMs, record.endedAtMs]; //=> [0, 2_000]
 */
export function toSessionRecord(state: PlayerState, options: SessionRecordOptions): SessionRecord {
  return refuseUnreadable("invalid_state", "Not a player state", () => {
    assertPlayerState(state);
    const { id, date } = parseWith(optionsSchema, options, "invalid_options", "Invalid record options");
    const ended = state.status === "finished" ? state : stopAtLastEvent(state);
    const holds: HoldRecord[] = [];
    let next = 0;
    ended.session.steps.forEach((_, index) => {
      const step = stepOf(ended, index);
      if (step.kind !== "hold") return;
      const held = ended.holds[next];
      // A state read back from storage may hold anything in its holds: the schema below checks what is kept.
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
    });
    const corrupt = next !== ended.holds.length;
    const result = safeParseWith(SessionRecordSchema, {
      id,
      routineId: ended.session.routineId,
      date,
      startedAtMs: ended.startedAtMs,
      endedAtMs: ended.endedAtMs ?? ended.lastAtMs,
      status: ended.lastStepReached ? "completed" : "stopped",
      holds,
      pain: ended.pain,
    });
    if (corrupt || !result.ok || holds.some((hold) => hold.achievedMs > hold.plannedMs)) {
      throw new StretchKitError(
        "invalid_state",
        result.ok
          ? [
              {
                path: ["holds"],
                code: "invalid_value",
                message: "must match the holds of the session, each within its plan",
              },
            ]
          : result.issues,
        "Not a player state",
      );
    }
    return result.value;
  });
}

/** The state as if stopped at its last event: the hold in progress is kept as held so far. */
function stopAtLastEvent(state: PlayerState): PlayerState {
  const draft = draftOf(state);
  const step = stepOf(draft, draft.stepIndex);
  leaveHold(draft, step, elapsedInStep(draft, step, draft.lastAtMs), true);
  finish(draft, draft.lastAtMs);
  return settle(draft);
}
