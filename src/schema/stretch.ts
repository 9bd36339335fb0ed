import * as z from "zod/mini";
import type { DeepReadonly } from "../internal/freeze.js";
import { MAX_REPETITIONS, MAX_STEPS, MAX_URL_LENGTH, MIN_REPETITIONS } from "./bounds.js";
import {
  benefitsSchema,
  holdSecondsSchema,
  idSchema,
  limbSchema,
  listOf,
  rangeSchema,
  text,
  textSchema,
} from "./common.js";

/** The ids of the built-in stretches, in the order of their source. */
export const BUILT_IN_STRETCH_IDS = [
  "forward-roll",
  "sideways-reach",
  "spine-rotation",
  "gluteal-stretch",
  "quadriceps-stretch",
] as const;

/**
 * The ids of the built-in stretches, in the source's order. A literal union, so that a typo fails to compile.
 *
 * @example
 * const id: BuiltInStretchId = "spine-rotation";
 * @category Catalog
 * @useDeclaredType
 */
export type BuiltInStretchId = (typeof BUILT_IN_STRETCH_IDS)[number];

const stepsSchema = /* @__PURE__ */ listOf(textSchema, 1, MAX_STEPS);

const holdSchema = /* @__PURE__ */ z
  .strictObject({
    /** The shortest hold worth timing, in seconds. */
    minSeconds: holdSecondsSchema,
    /** The hold a session times by default, in seconds. */
    targetSeconds: holdSecondsSchema,
    /** The longest hold a session may time, in seconds. */
    maxSeconds: holdSecondsSchema,
    /** Whether the user ends the hold ("as long as you can comfortably sustain"); the timer is a guide. */
    endsOnUser: /* @__PURE__ */ z.boolean(),
  })
  .check(
    /* @__PURE__ */ z.refine((hold) => hold.minSeconds <= hold.targetSeconds, {
      error: "minSeconds must not be above targetSeconds",
      path: ["minSeconds"],
      params: { code: "min_above_max" },
    }),
    /* @__PURE__ */ z.refine((hold) => hold.targetSeconds <= hold.maxSeconds, {
      error: "targetSeconds must not be above maxSeconds",
      path: ["targetSeconds"],
      params: { code: "min_above_max" },
    }),
  );

/** An absolute http(s) URL, or a relative path (no scheme, no spaces). */
const SRC_PATTERN = /^(?:https?:\/\/[^\s]+|[^\s:]+)$/;

const mediaSchema = /* @__PURE__ */ z.strictObject({
  /** A picture or a video. */
  kind: /* @__PURE__ */ z.enum(["image", "video"]),
  /** Where the app keeps it: an http(s) URL or a path relative to the app. */
  src: /* @__PURE__ */ text(1, MAX_URL_LENGTH).check(
    /* @__PURE__ */ z.regex(SRC_PATTERN, { error: "must be an http(s) URL or a relative path, without spaces" }),
  ),
  /** What it shows, for a person who cannot see it; a locale pack may translate it. */
  alt: textSchema,
});

const stretchSchema = /* @__PURE__ */ z.strictObject({
  /** A kebab-case id, unique in a catalog, e.g. `forward-roll`. */
  id: idSchema,
  /** The name shown to a person, e.g. "Forward roll". */
  name: textSchema,
  /** How the stretch is done: sitting, standing, lying or kneeling (the built-ins sit or stand). */
  position: /* @__PURE__ */ z.enum(["seated", "standing", "lying", "kneeling"]),
  /** What to hold on to for balance, e.g. the back of a chair; empty when nothing is needed. */
  support: /* @__PURE__ */ listOf(textSchema, 0, MAX_STEPS),
  /** What the stretch is good for. */
  benefits: benefitsSchema,
  /** How to get into the starting position, in order. */
  setup: stepsSchema,
  /** How to move into the stretch, in order. */
  movement: stepsSchema,
  /** Breathe in going into the hold, out on the way back. */
  breathing: /* @__PURE__ */ z.strictObject({
    /** Breathe in going into the hold. */
    hold: /* @__PURE__ */ z.literal("inhale"),
    /** Breathe out on the way back to the start. */
    release: /* @__PURE__ */ z.literal("exhale"),
  }),
  /** How far to go: until a stretch is felt that causes no more than a little discomfort. */
  intensity: /* @__PURE__ */ z.literal("stretch-without-too-much-discomfort"),
  /** How long to hold, in whole seconds: `minSeconds <= targetSeconds <= maxSeconds`. */
  hold: holdSchema,
  /** How many times to repeat the stretch (on each side), `min <= max`. */
  repetitions: /* @__PURE__ */ rangeSchema(MIN_REPETITIONS, MAX_REPETITIONS),
  /** Whether the stretch is done once, or on each side in turn, and which limb changes. */
  laterality: /* @__PURE__ */ z.discriminatedUnion("kind", [
    /* @__PURE__ */ z.strictObject({
      /** Done once, with no sides. */
      kind: /* @__PURE__ */ z.literal("none"),
    }),
    /* @__PURE__ */ z.strictObject({
      /** Done on one side, then on the other. */
      kind: /* @__PURE__ */ z.literal("unilateral"),
      /** The limb that changes between the sides. */
      changes: limbSchema,
    }),
  ]),
  /** When not to do the stretch. */
  avoidIf: /* @__PURE__ */ listOf(/* @__PURE__ */ z.enum(["aggravates-pain", "causes-pain"]), 1, 2),
  /** The app's own pictures or videos of the stretch, if any: stretchkit ships none. */
  media: /* @__PURE__ */ z.optional(/* @__PURE__ */ listOf(mediaSchema, 0, MAX_STEPS)),
});

/**
 * The zod/mini schema of a {@link Stretch}: what `defineStretch` checks a custom stretch against.
 *
 * Bounds: 1 to 20 repetitions, holds of 1 to 600 s (whole seconds), each range's minimum not above
 * its maximum, 1 to 1,000 characters a text, 1 to 20 steps, at most 20 media references (an http(s)
 * URL or a relative path, at most 2,000 characters). Unknown keys, `__proto__` and `constructor`
 * included, are refused.
 *
 * @example
 * StretchSchema.safeParse(getStretch("forward-roll")).success; //=> true
 * StretchSchema.safeParse({ id: "forward-roll" }).success; //=> false
 * @category Schemas
 */
export const StretchSchema: z.ZodMiniType<Stretch, unknown> = stretchSchema;

/**
 * A stretch: what it is good for, how to get into position and move, how long to hold, how many
 * times, on which sides, and when not to do it. Deeply readonly; built-ins are frozen.
 *
 * @example
 * const stretch: Stretch = getStretch("sideways-reach");
 * stretch.laterality; //=> { kind: "unilateral", changes: "arm" }
 * @category Catalog
 */
export interface Stretch extends DeepReadonly<z.output<typeof stretchSchema>> {}

/**
 * How a stretch is done: `"seated"`, `"standing"`, `"lying"` or `"kneeling"`. @example const position: Position = "seated";
 * @category Catalog
 */
export type Position = Stretch["position"];

/**
 * A benefit key the source names. @example const benefit: Benefit = "aid-relaxation";
 * @category Catalog
 */
export type Benefit = Stretch["benefits"][number];

/**
 * Whether a stretch has sides, and which limb changes. @example const none: Laterality = { kind: "none" };
 * @category Catalog
 */
export type Laterality = Stretch["laterality"];

/**
 * How long a stretch is held, in seconds. @example getStretch("forward-roll").hold.targetSeconds; //=> 20
 * @category Catalog
 */
export type HoldRange = Stretch["hold"];

/**
 * A picture or video of a stretch that the app supplies.
 *
 * @example
 * const media: Media = { kind: "image", src: "images/forward-roll.webp", alt: "Seated, curled forward, hands on the ankles" };
 * @category Catalog
 */
export type Media = NonNullable<Stretch["media"]>[number];
