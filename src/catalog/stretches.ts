import { deepFreeze } from "../internal/freeze.js";
import type { BuiltInStretchId, Stretch } from "../schema/stretch.js";

/**
 * A built-in stretch: a {@link Stretch} whose id is a {@link BuiltInStretchId}.
 *
 * @example
 * const roll: BuiltInStretch | undefined = stretches[0];
 * roll?.id; //=> "forward-roll"
 * @category Catalog
 */
export type BuiltInStretch = Stretch & {
  /** One of the five built-in ids. */
  readonly id: BuiltInStretchId;
};

/*
 * The hold. The source says to hold "for as long as you can comfortably sustain": the user ends
 * the hold (`endsOnUser: true`). For timing, stretchkit targets 20 s, accepts 10 s to 60 s: the
 * ACSM advises static holds of 10 to 30 s for most adults and 30 to 60 s for older adults, and
 * 3 repetitions of 20 s give the 60 s per stretch it advises.
 */
const HOLD = { minSeconds: 10, targetSeconds: 20, maxSeconds: 60, endsOnUser: true } as const;

/* The source: 3 to 4 repetitions of every stretch (on each side for the sided ones). */
const REPETITIONS = { min: 3, max: 4 } as const;

/* Shared by every stretch of the source. */
const COMMON = {
  benefits: ["increase-flexibility", "reduce-stiffness-and-tension", "aid-relaxation"],
  breathing: { hold: "inhale", release: "exhale" },
  intensity: "stretch-without-too-much-discomfort",
  hold: HOLD,
  repetitions: REPETITIONS,
  avoidIf: ["aggravates-pain", "causes-pain"],
} as const;

/** What only each built-in stretch has; {@link COMMON} holds the rest. Plain data: no spread, so a bundler drops it when unused. */
const OWN = [
  {
    id: "forward-roll",
    name: "Forward roll",
    position: "seated",
    support: [],
    setup: ["Sit up straight and let your spine grow long."],
    movement: [
      "Curl your upper body forward and take hold of your ankles, drawing on them until you feel a stretch in your back that causes no more than a little discomfort.",
    ],
    laterality: { kind: "none" },
  },
  {
    id: "sideways-reach",
    name: "Sideways reach",
    position: "seated",
    support: [],
    setup: ["Sit up straight.", "Lift one arm up toward the ceiling."],
    movement: [
      "Bend your upper body over to the side until you feel a stretch that causes no more than a little discomfort.",
    ],
    laterality: { kind: "unilateral", changes: "arm" },
  },
  {
    id: "spine-rotation",
    name: "Spine rotation",
    position: "seated",
    support: [],
    setup: ["Sit up straight and rest one hand on the opposite knee.", "Put your other hand behind your back."],
    movement: [
      "Turn your upper body while you press against your knee, until you feel a stretch that causes no more than a little discomfort.",
    ],
    laterality: { kind: "unilateral", changes: "hand" },
  },
  {
    id: "gluteal-stretch",
    name: "Gluteal stretch",
    position: "seated",
    support: [],
    setup: ["Sit up straight and rest one ankle on the other knee."],
    movement: [
      "Press the knee of the crossed leg down until you feel a stretch that causes no more than a little discomfort.",
    ],
    laterality: { kind: "unilateral", changes: "hand-and-leg" },
  },
  {
    id: "quadriceps-stretch",
    name: "Quadriceps stretch",
    position: "standing",
    support: ["the back of a chair", "a desk", "a door handle"],
    setup: ["Stand up straight, holding on to the back of a chair, a desk or a door handle."],
    movement: [
      "Bend one leg back toward your buttock and take hold of that ankle with the hand on the other side.",
      "Draw your foot upward, keeping your knees together, until you feel a stretch that causes no more than a little discomfort.",
    ],
    laterality: { kind: "unilateral", changes: "hand-and-leg" },
  },
] as const satisfies readonly Omit<Stretch, keyof typeof COMMON>[];

/**
 * The five built-in back-spasm stretches, in the order of their source: forward roll, sideways
 * reach, spine rotation, gluteal stretch, quadriceps stretch. Deeply frozen.
 *
 * Every one is good for flexibility, for less muscular stiffness and tension and for relaxation;
 * is done 3 to 4 times (on each side, for the sided ones); is held, breathing in, for as long as
 * it can be comfortably sustained (timed as 20 s, within 10 to 60 s; see {@link HoldRange}), then
 * released breathing out; and is to be avoided when it aggravates or causes pain.
 *
 * @example
 * stretches.map((stretch) => stretch.id);
 * //=> ["forward-roll", "sideways-reach", "spine-rotation", "gluteal-stretch", "quadriceps-stretch"]
 * @category Catalog
 */
export const stretches: readonly BuiltInStretch[] = /* @__PURE__ */ (() =>
  deepFreeze(OWN.map((own): Stretch => ({ ...own, ...COMMON }))) as readonly BuiltInStretch[])();
