import * as z from "zod/mini";
import type { StretchKitIssue } from "../errors.js";
import { safeParseWith } from "../internal/issues.js";
import { englishMessages } from "../messages/en.js";
import type { MessageCatalog, MessageKey } from "../messages/keys.js";
import { sideSchema } from "../schema/common.js";
import type { Side } from "../schema/routine.js";

/**
 * The durations of the steps around each hold, in seconds, shared by `scheduleSession` and
 * `fitRoutine`. Each is 0 to 600 s and a whole number of milliseconds (`2.5` is fine, `0.0001`
 * is not); 0 leaves that kind of step out.
 *
 * @example
 * const brisk: TimingOptions = { prepareSeconds: 5, restSeconds: 0 };
 * scheduleSession(backSpasmRoutine, brisk).totalMs; //=> 855000
 */
export interface TimingOptions {
  /** The `prepare` step before each stretch: read the setup, get into position. Default 10. */
  readonly prepareSeconds?: number | undefined;
  /** Each `stretch` step: ease in until a stretch is felt. Default 5. */
  readonly easeSeconds?: number | undefined;
  /** Each `release` step: breathe out and return to the start. Default 5. */
  readonly releaseSeconds?: number | undefined;
  /** Each `rest` step between repetitions on the same side. Default 5. */
  readonly restSeconds?: number | undefined;
  /** The `switch-side` step between the sides of a sided stretch. Default 5. */
  readonly switchSideSeconds?: number | undefined;
}

/** The longest step other than a hold, and the longest cue lead, in seconds. */
export const MAX_STEP_SECONDS = 600;

/** The shortest hold the `holdSeconds` option takes, in seconds. */
export const MIN_HOLD_OPTION_SECONDS = 1;

/** The longest hold the `holdSeconds` option takes, in seconds. */
export const MAX_HOLD_OPTION_SECONDS = 600;

/** The highest countdown: 10, 9, ..., 1. */
export const MAX_COUNTDOWN = 10;

/** The longest session: 4 hours, in milliseconds. */
export const MAX_SESSION_MS = 14_400_000;

/** Seconds to whole milliseconds; exact for every value {@link isWholeMs} accepts. */
export function toMs(seconds: number): number {
  return Math.round(seconds * 1000);
}

/** Whether a number of seconds is a whole number of milliseconds, give or take float rounding (`1.001`). */
function isWholeMs(seconds: number): boolean {
  const ms = seconds * 1000;
  return Math.abs(ms - Math.round(ms)) < 1e-6;
}

function seconds(min: number, max: number) {
  return z
    .number()
    .check(
      z.minimum(min),
      z.maximum(max),
      z.refine(isWholeMs, { error: "must be a whole number of milliseconds", params: { code: "not_integer" } }),
    );
}

const stepSecondsSchema = /* @__PURE__ */ z.optional(/* @__PURE__ */ seconds(0, MAX_STEP_SECONDS));

const textSchema = /* @__PURE__ */ z.custom<(params: never) => string>((value) => typeof value === "function", {
  error: "must be a function",
});

/* Every key of a catalog must be a function; other keys are left out of the parsed copy. */
const messagesSchema = /* @__PURE__ */ z.object({
  "step.prepare": textSchema,
  "step.stretch": textSchema,
  "step.hold": textSchema,
  "step.release": textSchema,
  "step.rest": textSchema,
  "step.switch-side": textSchema,
  "cue.prepare": textSchema,
  "cue.next": textSchema,
  "cue.halfway": textSchema,
  "cue.countdown": textSchema,
  "cue.switch-side": textSchema,
} satisfies { readonly [K in MessageKey]: typeof textSchema });

/*
 * The shapes are written out, not spread from a shared object: a bundler keeps a `@__PURE__` call
 * whose argument spreads an object (a getter could run), and with it all of zod.
 */
const scheduleOptionsSchema = /* @__PURE__ */ z.strictObject({
  prepareSeconds: stepSecondsSchema,
  easeSeconds: stepSecondsSchema,
  releaseSeconds: stepSecondsSchema,
  restSeconds: stepSecondsSchema,
  switchSideSeconds: stepSecondsSchema,
  holdSeconds: /* @__PURE__ */ z.optional(/* @__PURE__ */ seconds(MIN_HOLD_OPTION_SECONDS, MAX_HOLD_OPTION_SECONDS)),
  firstSide: /* @__PURE__ */ z.optional(sideSchema),
  repetitions: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["min", "max"])),
  nextLeadSeconds: stepSecondsSchema,
  switchSideLeadSeconds: stepSecondsSchema,
  countdownFrom: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(0), /* @__PURE__ */ z.maximum(MAX_COUNTDOWN)),
  ),
  messages: /* @__PURE__ */ z.optional(messagesSchema),
  catalog: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
});

const fitOptionsSchema = /* @__PURE__ */ z.strictObject({
  prepareSeconds: stepSecondsSchema,
  easeSeconds: stepSecondsSchema,
  releaseSeconds: stepSecondsSchema,
  restSeconds: stepSecondsSchema,
  switchSideSeconds: stepSecondsSchema,
  maxSeconds: /* @__PURE__ */ z.number().check(
    /* @__PURE__ */ z.minimum(0),
    /* @__PURE__ */ z.refine(isWholeMs, {
      error: "must be a whole number of milliseconds",
      params: { code: "not_integer" },
    }),
  ),
  catalog: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
});

/** The step durations, resolved, in milliseconds. */
export interface Timing {
  readonly prepareMs: number;
  readonly easeMs: number;
  readonly releaseMs: number;
  readonly restMs: number;
  readonly switchSideMs: number;
}

/** Every schedule option, resolved to its value or default. */
export interface ResolvedScheduleOptions extends Timing {
  /** The hold of every repetition, or `undefined` to use each item's. */
  readonly holdMs: number | undefined;
  readonly firstSide: Side | undefined;
  readonly repetitions: "min" | "max" | undefined;
  readonly nextLeadMs: number;
  readonly switchSideLeadMs: number;
  readonly countdownFrom: number;
  readonly messages: MessageCatalog;
  /** The catalog as given, still to be checked, or `undefined` for the built-in stretches. */
  readonly catalog: unknown;
}

/** The fit options, resolved. */
export interface ResolvedFitOptions extends Timing {
  readonly maxMs: number;
  readonly catalog: unknown;
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: StretchKitIssue[] };

function timing(options: {
  readonly prepareSeconds?: number | undefined;
  readonly easeSeconds?: number | undefined;
  readonly releaseSeconds?: number | undefined;
  readonly restSeconds?: number | undefined;
  readonly switchSideSeconds?: number | undefined;
}): Timing {
  return {
    prepareMs: toMs(options.prepareSeconds ?? 10),
    easeMs: toMs(options.easeSeconds ?? 5),
    releaseMs: toMs(options.releaseSeconds ?? 5),
    restMs: toMs(options.restSeconds ?? 5),
    switchSideMs: toMs(options.switchSideSeconds ?? 5),
  };
}

/** The options of a call without options. */
export const DEFAULT_SCHEDULE_OPTIONS: ResolvedScheduleOptions = {
  prepareMs: 10_000,
  easeMs: 5000,
  releaseMs: 5000,
  restMs: 5000,
  switchSideMs: 5000,
  holdMs: undefined,
  firstSide: undefined,
  repetitions: undefined,
  nextLeadMs: 3000,
  switchSideLeadMs: 3000,
  countdownFrom: 3,
  messages: englishMessages,
  catalog: undefined,
};

/** Checks the options of `scheduleSession` and fills in the defaults; never throws. */
export function parseScheduleOptions(input: unknown): Parsed<ResolvedScheduleOptions> {
  if (input === undefined) return { ok: true, value: DEFAULT_SCHEDULE_OPTIONS };
  const parsed = safeParseWith(scheduleOptionsSchema, input);
  if (!parsed.ok) return parsed;
  const options = parsed.value;
  return {
    ok: true,
    value: {
      ...timing(options),
      holdMs: options.holdSeconds === undefined ? undefined : toMs(options.holdSeconds),
      firstSide: options.firstSide,
      repetitions: options.repetitions,
      nextLeadMs: toMs(options.nextLeadSeconds ?? 3),
      switchSideLeadMs: toMs(options.switchSideLeadSeconds ?? 3),
      countdownFrom: options.countdownFrom ?? 3,
      // The parsed catalog holds the same functions as the one passed in.
      messages: (options.messages as MessageCatalog | undefined) ?? englishMessages,
      catalog: options.catalog,
    },
  };
}

/** Checks the options of `fitRoutine` and fills in the defaults; never throws. */
export function parseFitOptions(input: unknown): Parsed<ResolvedFitOptions> {
  const parsed = safeParseWith(fitOptionsSchema, input);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: { ...timing(parsed.value), maxMs: toMs(parsed.value.maxSeconds), catalog: parsed.value.catalog },
  };
}
