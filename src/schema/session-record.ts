import * as z from "zod/mini";
import { isIsoDate } from "../internal/dates.js";
import type { DeepReadonly } from "../internal/freeze.js";
import { idSchema, MAX_HOLD_MS, MAX_RECORD_ID_LENGTH, MAX_REPETITIONS, MAX_TEXT_LENGTH, sideSchema } from "./common.js";

/** At most this many holds or pain reports in one record (100 items × 20 repetitions × 2 sides). */
export const MAX_RECORD_ENTRIES = 4000;

/** The largest instant accepted, in milliseconds: `Number.MAX_SAFE_INTEGER`. */
const MAX_INSTANT_MS = 9_007_199_254_740_991;

/** An ISO civil date `YYYY-MM-DD` that exists in the calendar (1900 to 2999). */
export const isoDateSchema = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.refine(isIsoDate, {
    error: "must be a calendar date written YYYY-MM-DD",
    params: { code: "invalid_format" },
  }),
);

const instantSchema = /* @__PURE__ */ z
  .int()
  .check(/* @__PURE__ */ z.minimum(0), /* @__PURE__ */ z.maximum(MAX_INSTANT_MS));
const holdMsSchema = /* @__PURE__ */ z
  .int()
  .check(/* @__PURE__ */ z.minimum(0), /* @__PURE__ */ z.maximum(MAX_HOLD_MS));

const holdRecordSchema = /* @__PURE__ */ z.strictObject({
  /** The stretch held. */
  stretchId: idSchema,
  /** The side, or `null` for a stretch without sides. */
  side: /* @__PURE__ */ z.nullable(sideSchema),
  /** The repetition on that side, from 1. */
  repetition: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(MAX_REPETITIONS)),
  /** The hold planned, in milliseconds. */
  plannedMs: holdMsSchema,
  /** The hold achieved, in milliseconds (0 when not reached). */
  achievedMs: holdMsSchema,
  /** Whether the hold was skipped (by a skip, a pain report or a stop) before its plan was reached. */
  skipped: /* @__PURE__ */ z.boolean(),
});

const painRecordSchema = /* @__PURE__ */ z.strictObject({
  /** The stretch that hurt. */
  stretchId: idSchema,
  /** The side, or `null` for a stretch without sides. */
  side: /* @__PURE__ */ z.nullable(sideSchema),
  /** When pain was reported, from the caller's clock. */
  atMs: instantSchema,
  /** The user's own words, if any. */
  note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(MAX_TEXT_LENGTH))),
});

const sessionRecordSchema = /* @__PURE__ */ z
  .strictObject({
    /** A unique id chosen by the app (1 to 200 characters). */
    id: /* @__PURE__ */ z
      .string()
      .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(MAX_RECORD_ID_LENGTH)),
    /** The routine that was done. */
    routineId: idSchema,
    /** The user's local civil date of the session, `YYYY-MM-DD`, as the app computed it. */
    date: isoDateSchema,
    /** When the session started, from the caller's clock; absent on a manual record. */
    startedAtMs: /* @__PURE__ */ z.optional(instantSchema),
    /** When the session ended, from the caller's clock; absent on a manual record. */
    endedAtMs: /* @__PURE__ */ z.optional(instantSchema),
    /** `"completed"` when the last step was reached, else `"stopped"`. */
    status: /* @__PURE__ */ z.enum(["completed", "stopped"]),
    /** One entry per planned hold; absent on a manual record. */
    holds: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.array(holdRecordSchema).check(/* @__PURE__ */ z.maxLength(MAX_RECORD_ENTRIES)),
    ),
    /** Pain reports, in the order they were made. */
    pain: /* @__PURE__ */ z.array(painRecordSchema).check(/* @__PURE__ */ z.maxLength(MAX_RECORD_ENTRIES)),
  })
  .check(
    /* @__PURE__ */ z.refine(
      (record) =>
        record.startedAtMs === undefined || record.endedAtMs === undefined || record.startedAtMs <= record.endedAtMs,
      { error: "endedAtMs must not be before startedAtMs", path: ["endedAtMs"], params: { code: "out_of_order" } },
    ),
  );

/**
 * The zod/mini schema of a {@link SessionRecord}: what was done in one session, from the player
 * (`toSessionRecord`) or entered by hand. A manual record may leave out `holds` and the instants;
 * a manual record with `status: "completed"` stands for the full planned dose.
 *
 * @example
 * SessionRecordSchema.safeParse({
 *   id: "s1",
 *   routineId: "back-spasm-stretches",
 *   date: "2026-11-23",
 *   status: "completed",
 *   pain: [],
 * }).success; //=> true
 */
export const SessionRecordSchema: z.ZodMiniType<SessionRecord, unknown> = sessionRecordSchema;

/**
 * What was done in one session: per hold the time planned and achieved, pain reports, and when.
 *
 * @example
 * const record: SessionRecord = {
 *   id: "s1",
 *   routineId: "back-spasm-stretches",
 *   date: "2026-11-23",
 *   status: "completed",
 *   pain: [],
 * };
 * record.status; //=> "completed"
 * @interface
 */
export type SessionRecord = DeepReadonly<z.output<typeof sessionRecordSchema>>;

/** One hold of a {@link SessionRecord}. @example const held: HoldRecord["achievedMs"] = 20_000; */
export type HoldRecord = NonNullable<SessionRecord["holds"]>[number];

/** One pain report of a {@link SessionRecord}. @example const pain: PainReport = { stretchId: "forward-roll", side: null, atMs: 0 }; */
export type PainReport = SessionRecord["pain"][number];
