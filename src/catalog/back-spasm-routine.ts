import { deepFreeze } from "../internal/freeze.js";
import type { Routine } from "../schema/routine.js";

/**
 * The built-in routine of the source: the five back-spasm stretches in order, 3 repetitions each
 * (the low end of the source's 3 to 4), held 20 s, both sides for the sided ones (left first).
 *
 * Frequency, as the source advises: 3 to 4 sessions a week, and the routine may be repeated
 * through the day (`sessionsPerDay` 1 to 3: the source gives no number; 3 is this routine's suggestion,
 * and a routine of an app's own may allow up to 10).
 * Its companion, `neck-spasm-exercises`, is the Neck Spasm Exercise routine the source recommends
 * alongside: a reference only, as stretchkit ships no neck exercises. Deeply frozen.
 *
 * @example
 * backSpasmRoutine.items.map((item) => item.stretchId);
 * //=> ["forward-roll", "sideways-reach", "spine-rotation", "gluteal-stretch", "quadriceps-stretch"]
 * backSpasmRoutine.frequency.sessionsPerWeek; //=> { min: 3, max: 4 }
 * @category Catalog
 */
export const backSpasmRoutine: Routine = /* @__PURE__ */ deepFreeze({
  id: "back-spasm-stretches",
  name: "Back Spasm Stretches",
  benefits: ["increase-flexibility", "reduce-stiffness-and-tension", "aid-relaxation"],
  items: [
    { stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 },
    { stretchId: "sideways-reach", repetitions: 3, holdSeconds: 20, sides: "both", firstSide: "left" },
    { stretchId: "spine-rotation", repetitions: 3, holdSeconds: 20, sides: "both", firstSide: "left" },
    { stretchId: "gluteal-stretch", repetitions: 3, holdSeconds: 20, sides: "both", firstSide: "left" },
    { stretchId: "quadriceps-stretch", repetitions: 3, holdSeconds: 20, sides: "both", firstSide: "left" },
  ],
  frequency: { sessionsPerWeek: { min: 3, max: 4 }, sessionsPerDay: { min: 1, max: 3 } },
  companions: ["neck-spasm-exercises"],
} satisfies Routine);
