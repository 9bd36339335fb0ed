import * as z from "zod/mini";
import type { StretchKitIssue } from "../errors.js";
import type { DeepReadonly } from "../internal/freeze.js";
import { issue } from "../internal/issues.js";
import {
  MAX_COUNTDOWN,
  MAX_INSTRUCTION_LENGTH,
  MAX_RECORD_ENTRIES,
  MAX_REPETITIONS,
  MAX_SESSION_CUES,
  MAX_SESSION_MS,
  MAX_SESSION_STEPS,
  MAX_SESSION_TEXT_LENGTH,
  MAX_STEP_MS,
  MAX_STEP_SECONDS,
} from "./bounds.js";
import { idSchema, intIn, limbSchema, listOf, repetitionsSchema, sideSchema, text, textSchema } from "./common.js";

/*
 * A session is written down once, as data: the kinds of its fields (`FIELD_SCHEMAS`), the fields
 * of each message (`MESSAGE_FIELDS`), of a step and of a cue. The zod schema below is built from
 * them, and so is the zod-free check of `session-check.ts` that the player uses (a session
 * player should not carry zod); a property test proves that the two accept the same sessions.
 */

/** Whether a number of seconds is a whole number of milliseconds, give or take float rounding (`1.001`). */
export function isWholeMs(seconds: number): boolean {
  const ms = seconds * 1000;
  return Math.abs(ms - Math.round(ms)) < 1e-6;
}

/** Seconds from `min` to `max`, in whole milliseconds. */
export function secondsSchema(min: number, max: number) {
  return z.number().check(
    z.minimum(min),
    z.maximum(max),
    z.refine(isWholeMs, {
      error: "must be a whole number of milliseconds",
      params: { code: "not_integer" },
      abort: true,
    }),
  );
}

/** The kinds of step, in the order they come for one stretch. */
export const STEP_KINDS = ["prepare", "stretch", "hold", "release", "rest", "switch-side"] as const;

/** The kinds of cue. */
export const CUE_KINDS = ["prepare", "next", "halfway", "countdown", "switch-side"] as const;

/** The kind of every field of a message, a step or a cue, as a zod schema. */
const FIELD_SCHEMAS = {
  id: idSchema,
  name: textSchema,
  "side?": /* @__PURE__ */ z.nullable(sideSchema),
  side: sideSchema,
  "limb?": /* @__PURE__ */ z.nullable(limbSchema),
  limb: limbSchema,
  instruction: /* @__PURE__ */ text(1, MAX_INSTRUCTION_LENGTH),
  repetition: repetitionsSchema,
  seconds: /* @__PURE__ */ secondsSchema(0.001, MAX_STEP_SECONDS),
  flag: /* @__PURE__ */ z.boolean(),
  count: /* @__PURE__ */ intIn(1, MAX_COUNTDOWN),
};

/** A kind of field. */
export type FieldKind = keyof typeof FIELD_SCHEMAS;

/* The fields that several messages share, each documented once (the docs follow the fields into `MessageParams`). */
const STRETCH = {
  /** The stretch's id. */
  stretchId: "id",
  /** The stretch's name, in the session's language. */
  stretch: "name",
} as const;
const MAYBE_SIDE = {
  /** The side, or `null` for a stretch without sides. */
  side: "side?",
  /** The limb that shows the side (`"arm"`, `"hand"`, `"hand-and-leg"`), or `null` without sides. */
  limb: "limb?",
} as const;
const NEW_SIDE = {
  /** The side about to start. */
  side: "side",
  /** The limb that changes to it. */
  limb: "limb",
} as const;
const REPETITION = {
  /** The repetition on this side, from 1. */
  repetition: "repetition",
  /** The repetitions planned on each side. */
  repetitions: "repetition",
} as const;
const INSTRUCTION = {
  /** The instruction to read: the whole setup or movement, or the first setup step on a cue. */
  instruction: "instruction",
} as const;
const SECONDS = {
  /** How long, in seconds (a whole number of milliseconds, e.g. 2.5). */
  seconds: "seconds",
} as const;

/** The parameters of each message, by key: the one definition of {@link MessageParams}. */
export const MESSAGE_FIELDS = /* @__PURE__ */ (() =>
  ({
    "step.prepare": { ...STRETCH, ...MAYBE_SIDE, ...INSTRUCTION },
    "step.stretch": { ...STRETCH, ...MAYBE_SIDE, ...REPETITION, ...INSTRUCTION },
    "step.hold": {
      ...STRETCH,
      ...MAYBE_SIDE,
      ...REPETITION,
      ...SECONDS,
      /** Whether the hold ends on the user: "for as long as is comfortable". */
      endsOnUser: "flag",
    },
    "step.release": { ...STRETCH, ...MAYBE_SIDE, ...REPETITION },
    "step.rest": { ...STRETCH, ...SECONDS },
    "step.switch-side": { ...STRETCH, ...NEW_SIDE },
    "cue.prepare": { ...STRETCH, ...MAYBE_SIDE, ...INSTRUCTION },
    "cue.next": { ...STRETCH },
    "cue.halfway": { ...STRETCH },
    "cue.countdown": {
      /** The count, from `countdownFrom` down to 1. */
      count: "count",
    },
    "cue.switch-side": { ...STRETCH, ...NEW_SIDE },
  }) as const)() satisfies Record<string, Record<string, FieldKind>>;

/**
 * The key of a text stretchkit shows: `step.<kind>` for the steps, `cue.<kind>` for the cues.
 *
 * @example
 * const key: MessageKey = "step.hold";
 * @category Schedule
 * @useDeclaredType
 */
export type MessageKey = keyof typeof MESSAGE_FIELDS;

/** The keys of every message, in order. */
export const MESSAGE_KEYS = /* @__PURE__ */ (() => Object.keys(MESSAGE_FIELDS) as MessageKey[])();

/**
 * The parameters of each message, by key: `MessageParams["step.hold"]` is what the hold text is
 * made of (the stretch, its side and the limb that shows it, the repetition, `seconds`,
 * `endsOnUser`). A side and a limb are `null` for a stretch without sides.
 *
 * @example
 * const params: MessageParams["step.rest"] = { stretchId: "forward-roll", stretch: "Forward roll", seconds: 5 };
 * params.seconds; //=> 5
 * @category Schedule
 * @useDeclaredType
 */
export type MessageParams = {
  readonly [K in MessageKey]: {
    readonly [P in keyof (typeof MESSAGE_FIELDS)[K]]: FieldValue<(typeof MESSAGE_FIELDS)[K][P]>;
  };
};

/** The value of a field of a kind. */
type FieldValue<Kind> = Kind extends FieldKind ? z.output<(typeof FIELD_SCHEMAS)[Kind]> : never;

/**
 * A message: a key and its parameters, so that a UI can render it in its own words.
 * `Message<"cue.countdown">` is the message of one key; `Message` is any of them.
 *
 * @example
 * const message: Message<"cue.countdown"> = { key: "cue.countdown", params: { count: 3 } };
 * englishMessages[message.key](message.params); //=> "3"
 * @category Schedule
 */
export type Message<K extends MessageKey = MessageKey> = {
  readonly [Key in K]: {
    /** Which text this is. */
    readonly key: Key;
    /** What the text is made of. */
    readonly params: MessageParams[Key];
  };
}[K];

const messageSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion(
    "key",
    MESSAGE_KEYS.map((key) =>
      z.strictObject({
        key: z.literal(key),
        params: z.strictObject(
          Object.fromEntries(
            Object.entries(MESSAGE_FIELDS[key]).map(([name, kind]) => [name, FIELD_SCHEMAS[kind as FieldKind]]),
          ),
        ),
      }),
    ) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
    { error: "must be a message key" },
  ) as unknown as z.ZodMiniType<Message>)();

const textOfSession = /* @__PURE__ */ text(0, MAX_SESSION_TEXT_LENGTH);

const stepSchema = /* @__PURE__ */ z.strictObject({
  /** Position in `steps`, from 0. */
  index: /* @__PURE__ */ intIn(0, MAX_SESSION_STEPS),
  /** What the user does in this step. */
  kind: /* @__PURE__ */ z.enum(STEP_KINDS),
  /** The stretch this step belongs to. */
  stretchId: idSchema,
  /** The side being stretched (for `switch-side`: the side about to start), or `null` for a stretch without sides. */
  side: /* @__PURE__ */ z.nullable(sideSchema),
  /** The repetition on this side, from 1; 0 on `prepare` and `switch-side` steps. */
  repetition: /* @__PURE__ */ intIn(0, MAX_REPETITIONS),
  /** The repetitions planned on each side of this stretch. */
  repetitions: repetitionsSchema,
  /** When the step starts, in integer milliseconds from the session's start. */
  startMs: /* @__PURE__ */ intIn(0, MAX_SESSION_MS),
  /** How long the step lasts, in integer milliseconds (above 0, at most 600 s). */
  durationMs: /* @__PURE__ */ intIn(1, MAX_STEP_MS),
  /** Whether the user may end this step early (holds: "as long as you can comfortably sustain"). */
  endsOnUser: /* @__PURE__ */ z.boolean(),
  /** Breathe in (holds), out (releases), or no cue. */
  breath: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(["inhale", "exhale"])),
  /** The step's text as a key and parameters, for a UI with its own words. */
  message: messageSchema,
  /** The step's text in the language the session was built with (English by default). */
  text: textOfSession,
});

const cueSchema = /* @__PURE__ */ z.strictObject({
  /** When to give the cue, in integer milliseconds from the session's start. */
  atMs: /* @__PURE__ */ intIn(0, MAX_SESSION_MS),
  /** What the cue is for. */
  kind: /* @__PURE__ */ z.enum(CUE_KINDS),
  /** The index of the step the cue is about (the step it falls in, or the step it announces). */
  stepIndex: /* @__PURE__ */ intIn(0, MAX_SESSION_STEPS),
  /** The cue as a key and parameters. */
  message: messageSchema,
  /** The cue's text in the session's language. */
  text: textOfSession,
});

/** The message of a step or a cue is the one of its kind: `step.hold` on a hold, `cue.next` on a next cue. */
function brokenMessageKey(path: readonly (string | number)[], key: string, expected: string): StretchKitIssue | null {
  return key === expected ? null : issue([...path, "message", "key"], "invalid_value", `must be "${expected}"`);
}

/**
 * The first rule between the fields of a session that it breaks, or `null`: each message of its
 * step's or cue's kind, steps numbered in order and tiling `[0, totalMs)`, holds from repetition
 * 1 and no more than a record holds, cues within the session.
 */
export function brokenSessionRule(session: Session): StretchKitIssue | null {
  let endMs = 0;
  let holds = 0;
  for (const [i, step] of session.steps.entries()) {
    if (step.index !== i) return issue(["steps", i, "index"], "invalid_value", `must be ${i}`);
    const wrongKey = brokenMessageKey(["steps", i], step.message.key, `step.${step.kind}`);
    if (wrongKey !== null) return wrongKey;
    if (step.startMs !== endMs) {
      return issue(["steps", i, "startMs"], "invalid_value", `must be ${endMs}, the end of the step before`);
    }
    if (step.kind === "hold") {
      if (step.repetition === 0) {
        return issue(["steps", i, "repetition"], "too_small", "must be at least 1 on a hold");
      }
      holds += 1;
    }
    endMs += step.durationMs;
  }
  if (endMs !== session.totalMs) {
    return issue(["totalMs"], "invalid_value", `must be ${endMs}, the end of the last step`);
  }
  if (holds > MAX_RECORD_ENTRIES) {
    const message = `must have at most ${MAX_RECORD_ENTRIES} holds, as a session record does`;
    return issue(["steps"], "too_big", message);
  }
  for (const [i, cue] of session.cues.entries()) {
    const wrongKey = brokenMessageKey(["cues", i], cue.message.key, `cue.${cue.kind}`);
    if (wrongKey !== null) return wrongKey;
    if (cue.atMs > endMs) {
      return issue(["cues", i, "atMs"], "too_big", `must be at most ${endMs}, the session's end`);
    }
    if (cue.stepIndex >= session.steps.length) {
      return issue(["cues", i, "stepIndex"], "too_big", "must be the index of a step of the session");
    }
  }
  return null;
}

const sessionSchema = /* @__PURE__ */ z
  .strictObject({
    /** The id of the routine scheduled. */
    routineId: idSchema,
    /** The length of the session in milliseconds: the end of its last step. */
    totalMs: /* @__PURE__ */ intIn(1, MAX_SESSION_MS),
    /** The steps, in order: they tile `[0, totalMs)`. */
    steps: /* @__PURE__ */ listOf(stepSchema, 1, MAX_SESSION_STEPS),
    /** The cues, sorted by `atMs`. */
    cues: /* @__PURE__ */ listOf(cueSchema, 0, MAX_SESSION_CUES),
  })
  .check(
    /* @__PURE__ */ z.superRefine((session, context) => {
      const broken = brokenSessionRule(session as unknown as Session);
      if (broken === null) return;
      const { path, code, message } = broken;
      context.issues.push({ code: "custom", input: session, path: [...path], message, params: { code } });
    }),
  );

/**
 * The zod/mini schema of a {@link Session}, for an app that stores sessions or receives them from a
 * server: every field of every step and cue, and the rules between them (steps numbered in order
 * and tiling `[0, totalMs)`, holds that fit a session record, cues within the session).
 * `startPlayer` checks a session against the same definition without zod.
 *
 * @example
 * SessionSchema.safeParse(scheduleSession(backSpasmRoutine)).success; //=> true
 * @category Schemas
 */
export const SessionSchema: z.ZodMiniType<Session, unknown> = sessionSchema as unknown as z.ZodMiniType<
  Session,
  unknown
>;

/**
 * A scheduled session of a routine: timed steps that tile `[0, totalMs)` and cues sorted by time.
 * Plain JSON data.
 *
 * @example
 * const session: Session = scheduleSession(backSpasmRoutine);
 * session.totalMs; //=> 970000
 * @category Schedule
 */
export interface Session extends Omit<DeepReadonly<z.output<typeof sessionSchema>>, "steps" | "cues"> {
  /** The steps, in order: they tile `[0, totalMs)`. */
  readonly steps: readonly SessionStep[];
  /** The cues, sorted by `atMs`. */
  readonly cues: readonly Cue[];
}

/**
 * One timed step of a {@link Session}. Steps tile `[0, totalMs)` with no gap or overlap.
 *
 * @example
 * const first: SessionStep | undefined = scheduleSession(backSpasmRoutine).steps[0];
 * first?.kind; //=> "prepare"
 * @category Schedule
 */
export interface SessionStep extends Omit<DeepReadonly<z.output<typeof stepSchema>>, "message"> {
  /** The step's text as a key (`step.<kind>`) and parameters, for a UI with its own words. */
  readonly message: Message<Extract<MessageKey, `step.${string}`>>;
}

/**
 * One cue of a {@link Session}: something to say, sound or vibrate at an instant.
 *
 * @example
 * const cue: Cue | undefined = scheduleSession(backSpasmRoutine).cues[0];
 * cue?.kind; //=> "prepare"
 * @category Schedule
 */
export interface Cue extends Omit<DeepReadonly<z.output<typeof cueSchema>>, "message"> {
  /** The cue's text as a key (`cue.<kind>`) and parameters. */
  readonly message: Message<Extract<MessageKey, `cue.${string}`>>;
}

/**
 * The kinds of step, in the order they come for one stretch: `prepare` (read and get into
 * position), then per side and repetition `stretch` (ease in), `hold` (inhale and hold), `release`
 * (exhale and return), `rest` between repetitions, and `switch-side` between sides.
 *
 * @example
 * const kind: StepKind = "hold";
 * @category Schedule
 */
export type StepKind = SessionStep["kind"];

/**
 * The kinds of cue: what a UI may speak, sound or vibrate.
 *
 * @example
 * const kind: CueKind = "countdown";
 * @category Schedule
 */
export type CueKind = Cue["kind"];
