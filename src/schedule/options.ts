import * as z from "zod/mini";
import { MAX_COUNTDOWN, MAX_HOLD_SECONDS, MAX_STEP_SECONDS, MIN_HOLD_SECONDS } from "../schema/bounds.js";
import { intIn, type Side, sideSchema } from "../schema/common.js";
import { type MessageCatalog, messagesSchema } from "../schema/locale.js";
import { isWholeMs, secondsSchema } from "../schema/session.js";

/**
 * The durations of the steps around each hold, in seconds, shared by `scheduleSession` and
 * `fitRoutine`. Each is 0 to 600 s and a whole number of milliseconds (`2.5` is fine, `0.0001`
 * is not); 0 leaves that kind of step out.
 *
 * @example
 * const brisk: TimingOptions = { prepareSeconds: 5, restSeconds: 0 };
 * scheduleSession(backSpasmRoutine, brisk).totalMs; //=> 855000
 * @category Schedule
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

const stepSeconds = /* @__PURE__ */ z.optional(/* @__PURE__ */ secondsSchema(0, MAX_STEP_SECONDS));

/** The options of `scheduleSession`; `fitRoutine` takes them but the hold and repetitions, which it chooses. */
export const scheduleOptionsSchema = /* @__PURE__ */ z.strictObject({
  prepareSeconds: stepSeconds,
  easeSeconds: stepSeconds,
  releaseSeconds: stepSeconds,
  restSeconds: stepSeconds,
  switchSideSeconds: stepSeconds,
  holdSeconds: /* @__PURE__ */ z.optional(/* @__PURE__ */ secondsSchema(MIN_HOLD_SECONDS, MAX_HOLD_SECONDS)),
  firstSide: /* @__PURE__ */ z.optional(sideSchema),
  repetitions: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["min", "max"])),
  nextLeadSeconds: stepSeconds,
  switchSideLeadSeconds: stepSeconds,
  countdownFrom: /* @__PURE__ */ z.optional(/* @__PURE__ */ intIn(0, MAX_COUNTDOWN)),
  locale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  messages: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.partial(messagesSchema)),
  catalog: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
});

export const fitOptionsSchema = /* @__PURE__ */ z.extend(
  /* @__PURE__ */ z.omit(scheduleOptionsSchema, { holdSeconds: true, repetitions: true }),
  {
    maxSeconds: /* @__PURE__ */ z.number().check(
      /* @__PURE__ */ z.minimum(0),
      /* @__PURE__ */ z.refine(isWholeMs, {
        error: "must be a whole number of milliseconds",
        params: { code: "not_integer" },
        abort: true,
      }),
    ),
    upTo: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["routine", "stretch"])),
  },
);

/** Every option of a session, resolved to its value or default, in milliseconds. */
export interface Timing {
  readonly prepareMs: number;
  readonly easeMs: number;
  readonly releaseMs: number;
  readonly restMs: number;
  readonly switchSideMs: number;
  /** The hold of every repetition, or `undefined` to use each item's. */
  readonly holdMs: number | undefined;
  readonly firstSide: Side | undefined;
  readonly repetitions: "min" | "max" | undefined;
  readonly nextLeadMs: number;
  readonly switchSideLeadMs: number;
  readonly countdownFrom: number;
  /** The message catalog's overrides, on top of the locale's. */
  readonly messages: Partial<MessageCatalog>;
}

/** Seconds to whole milliseconds; exact for every value `isWholeMs` accepts. */
export function toMs(seconds: number): number {
  return Math.round(seconds * 1000);
}

/** The timing of parsed options, with every default filled in. */
export function timingOf(options: Partial<z.output<typeof scheduleOptionsSchema>>): Timing {
  const ms = (seconds: number | undefined, fallback: number): number => toMs(seconds ?? fallback);
  return {
    prepareMs: ms(options.prepareSeconds, 10),
    easeMs: ms(options.easeSeconds, 5),
    releaseMs: ms(options.releaseSeconds, 5),
    restMs: ms(options.restSeconds, 5),
    switchSideMs: ms(options.switchSideSeconds, 5),
    holdMs: options.holdSeconds === undefined ? undefined : toMs(options.holdSeconds),
    firstSide: options.firstSide,
    repetitions: options.repetitions,
    nextLeadMs: ms(options.nextLeadSeconds, 3),
    switchSideLeadMs: ms(options.switchSideLeadSeconds, 3),
    countdownFrom: options.countdownFrom ?? 3,
    messages: (options.messages ?? {}) as Partial<MessageCatalog>,
  };
}
