import * as z from "zod/mini";
import type { DeepReadonly } from "../internal/freeze.js";
import {
  MAX_RECORD_ENTRIES,
  MAX_RECORD_ID_LENGTH,
  MAX_REPETITIONS,
  MAX_SCORE,
  MAX_STEP_MS,
  MAX_TEXT_LENGTH,
} from "./bounds.js";
import {
  dateSchema,
  idSchema,
  instantSchema,
  intIn,
  isId,
  isInstant,
  isIntIn,
  listOf,
  sideSchema,
  text,
} from "./common.js";

/*
 * The keys of a record, a hold and a pain report, written once: the schemas below are built on
 * them, and the fast check of `calculateAdherence` reads them (a test proves that the two agree).
 */

/** The keys of a {@link SessionRecord}. */
export const RECORD_KEYS = [
  "id",
  "routineId",
  "date",
  "startedAtMs",
  "endedAtMs",
  "status",
  "effort",
  "holds",
  "pain",
] as const;
/** The keys of a {@link HoldRecord}. */
export const HOLD_KEYS = ["stretchId", "side", "repetition", "plannedMs", "achievedMs", "skipped"] as const;
/** The keys of a {@link PainReport}. */
export const PAIN_KEYS = ["stretchId", "side", "atMs", "score", "note"] as const;

const PAIN_KEY_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(PAIN_KEYS);

/**
 * Whether a value is a pain report as {@link SessionRecordSchema} accepts one, without zod: the one
 * check of a report for the player's stored states and the adherence fast path. Unknown keys are
 * found with `for...in`, as zod finds them.
 */
export function isPainReport(value: unknown): value is PainReport {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  for (const key in value) if (!PAIN_KEY_SET.has(key)) return false;
  const { stretchId, side, atMs, score, note } = value as Partial<Record<(typeof PAIN_KEYS)[number], unknown>>;
  return (
    isId(stretchId) &&
    (side === null || side === "left" || side === "right") &&
    (atMs === undefined || isInstant(atMs)) &&
    (score === undefined || isIntIn(score, 0, MAX_SCORE)) &&
    (note === undefined || (typeof note === "string" && note.length <= MAX_TEXT_LENGTH))
  );
}

/** A 0–10 rating: pain on the numeric rating scale, effort on the Borg CR10 scale. */
export const scoreSchema = /* @__PURE__ */ intIn(0, MAX_SCORE);

/** A pain note or any other text of the user's own words: at most 1,000 characters. */
export const noteSchema = /* @__PURE__ */ text(0, MAX_TEXT_LENGTH);

const holdMsSchema = /* @__PURE__ */ intIn(0, MAX_STEP_MS);

const holdRecordSchema = /* @__PURE__ */ z.strictObject({
  /** The stretch held. */
  stretchId: idSchema,
  /** The side, or `null` for a stretch without sides. */
  side: /* @__PURE__ */ z.nullable(sideSchema),
  /** The repetition on that side, from 1. */
  repetition: /* @__PURE__ */ intIn(1, MAX_REPETITIONS),
  /** The hold planned, in milliseconds. */
  plannedMs: holdMsSchema,
  /** The hold achieved, in milliseconds (0 when not reached). */
  achievedMs: holdMsSchema,
  /** Whether the hold was skipped (by a skip, a pain report or a stop) before its plan was reached. */
  skipped: /* @__PURE__ */ z.boolean(),
} satisfies Record<(typeof HOLD_KEYS)[number], unknown>);

const painReportSchema = /* @__PURE__ */ z.strictObject({
  /** The stretch that hurt. */
  stretchId: idSchema,
  /** The side, or `null` for a stretch without sides. */
  side: /* @__PURE__ */ z.nullable(sideSchema),
  /** When pain was reported, from the caller's clock; absent on a report entered by hand. */
  atMs: /* @__PURE__ */ z.optional(instantSchema),
  /** How bad, on the 0–10 numeric rating scale (0 no pain, 10 the worst imaginable), if the user gave it. */
  score: /* @__PURE__ */ z.optional(scoreSchema),
  /** The user's own words, if any. */
  note: /* @__PURE__ */ z.optional(noteSchema),
} satisfies Record<(typeof PAIN_KEYS)[number], unknown>);

const sessionRecordSchema = /* @__PURE__ */ z
  .strictObject({
    /** A unique id chosen by the app (1 to 200 characters). */
    id: /* @__PURE__ */ text(1, MAX_RECORD_ID_LENGTH),
    /** The routine that was done. */
    routineId: idSchema,
    /** The user's local civil date of the session, `YYYY-MM-DD`, as the app computed it. */
    date: dateSchema,
    /** When the session started, from the caller's clock; absent on a manual record. */
    startedAtMs: /* @__PURE__ */ z.optional(instantSchema),
    /** When the session ended, from the caller's clock; absent on a manual record. */
    endedAtMs: /* @__PURE__ */ z.optional(instantSchema),
    /** `"completed"` when the last step was reached (or the user says it was done), else `"stopped"`. */
    status: /* @__PURE__ */ z.enum(["completed", "stopped"]),
    /** The user's rating of the session's effort on the Borg CR10 scale, 0 (rest) to 10 (maximal), if given. */
    effort: /* @__PURE__ */ z.optional(scoreSchema),
    /** One entry per planned hold; absent on a manual record. */
    holds: /* @__PURE__ */ z.optional(/* @__PURE__ */ listOf(holdRecordSchema, 0, MAX_RECORD_ENTRIES)),
    /** Pain reports, in the order they were made; absent means none. */
    pain: /* @__PURE__ */ z.optional(/* @__PURE__ */ listOf(painReportSchema, 0, MAX_RECORD_ENTRIES)),
  } satisfies Record<(typeof RECORD_KEYS)[number], unknown>)
  .check(
    /* @__PURE__ */ z.refine(
      (record) =>
        record.startedAtMs === undefined || record.endedAtMs === undefined || record.startedAtMs <= record.endedAtMs,
      { error: "endedAtMs must not be before startedAtMs", path: ["endedAtMs"], params: { code: "out_of_order" } },
    ),
  );

/**
 * The zod/mini schema of a {@link SessionRecord}: what was done in one session, from the player
 * (`toSessionRecord`) or entered by hand. A manual record needs only `id`, `routineId`, `date` and
 * `status`: `"completed"` stands for the full planned dose. Records stored by earlier versions
 * (with `pain: []` and no score or effort) stay valid.
 *
 * @example
 * SessionRecordSchema.safeParse({
 *   id: "s1",
 *   routineId: "back-spasm-stretches",
 *   date: "2026-11-23",
 *   status: "completed",
 * }).success; //=> true
 * @category Schemas
 */
export const SessionRecordSchema: z.ZodMiniType<SessionRecord, unknown> = sessionRecordSchema;

/**
 * What was done in one session: per hold the time planned and achieved, pain reports (with a 0–10
 * score when given), the user's rating of effort, and when.
 *
 * @example
 * const record: SessionRecord = {
 *   id: "s1",
 *   routineId: "back-spasm-stretches",
 *   date: "2026-11-23",
 *   status: "completed",
 *   effort: 4,
 * };
 * record.status; //=> "completed"
 * @category Player
 */
export interface SessionRecord extends DeepReadonly<z.output<typeof sessionRecordSchema>> {}

/**
 * One hold of a {@link SessionRecord}. @example const held: HoldRecord["achievedMs"] = 20_000;
 * @category Player
 */
export type HoldRecord = NonNullable<SessionRecord["holds"]>[number];

/**
 * One pain report of a {@link SessionRecord}.
 *
 * @example
 * const pain: PainReport = { stretchId: "forward-roll", side: null, atMs: 0, score: 6 };
 * @category Player
 */
export type PainReport = NonNullable<SessionRecord["pain"]>[number];
