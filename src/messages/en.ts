import type { Limb, Side } from "../schema/common.js";
import type { MessageCatalog, SafetyText } from "../schema/locale.js";

/* "left arm", "Left arm", ...: looked up, not built, as texts are made for every step. */
const SIDE_NAMES = {
  left: { arm: "left arm", hand: "left hand", "hand-and-leg": "left hand and leg" },
  right: { arm: "right arm", hand: "right hand", "hand-and-leg": "right hand and leg" },
} as const;
const SIDE_TITLES = {
  left: { arm: "Left arm", hand: "Left hand", "hand-and-leg": "Left hand and leg" },
  right: { arm: "Right arm", hand: "Right hand", "hand-and-leg": "Right hand and leg" },
} as const;

/** "1 second", "20 seconds", "2.5 seconds": digits as JavaScript writes them, never the host's locale. */
function seconds(count: number): string {
  return count === 1 ? "1 second" : `${String(count)} seconds`;
}

/** "Sideways reach, left arm" or "Forward roll". */
function titled(stretch: string, side: Side | null, limb: Limb | null): string {
  return side === null || limb === null ? stretch : `${stretch}, ${SIDE_NAMES[side][limb]}`;
}

/** "Left arm, repetition 1 of 3" or "Repetition 1 of 3". */
function repetitionOf(side: Side | null, limb: Limb | null, repetition: number, repetitions: number): string {
  const count = `${String(repetition)} of ${String(repetitions)}`;
  return side === null || limb === null ? `Repetition ${count}` : `${SIDE_TITLES[side][limb]}, repetition ${count}`;
}

/**
 * The built-in English message catalog: every step and cue text, with the stretch's name, the side
 * ("Left arm", "Right hand and leg") and plurals ("1 second", "20 seconds"). It uses no locale
 * API, so the same input gives the same text on every machine. It is `en.messages`; spread it to
 * change a few texts.
 *
 * @example
 * englishMessages["step.rest"]({ stretchId: "forward-roll", stretch: "Forward roll", seconds: 1 });
 * //=> "Rest for 1 second."
 * englishMessages["step.switch-side"]({
 *   stretchId: "quadriceps-stretch",
 *   stretch: "Quadriceps stretch",
 *   side: "right",
 *   limb: "hand-and-leg",
 * });
 * //=> "Switch to the right hand and leg."
 * @category Languages
 */
export const englishMessages: MessageCatalog = {
  "step.prepare": ({ stretch, side, limb, instruction }) => `${titled(stretch, side, limb)}. ${instruction}`,
  "step.stretch": ({ side, limb, repetition, repetitions, instruction }) =>
    `${repetitionOf(side, limb, repetition, repetitions)}. ${instruction}`,
  "step.hold": ({ seconds: count, endsOnUser }) =>
    endsOnUser
      ? `Breathe in and hold for as long as is comfortable, about ${seconds(count)}.`
      : `Breathe in and hold for ${seconds(count)}.`,
  "step.release": () => "Breathe out and return to the starting position.",
  "step.rest": ({ seconds: count }) => `Rest for ${seconds(count)}.`,
  "step.switch-side": ({ side, limb }) => `Switch to the ${SIDE_NAMES[side][limb]}.`,
  "cue.prepare": ({ stretch, side, limb, instruction }) => `${titled(stretch, side, limb)}. ${instruction}`,
  "cue.next": ({ stretch }) => `Next: ${stretch}.`,
  "cue.halfway": () => "Halfway there.",
  "cue.countdown": ({ count }) => String(count),
  "cue.switch-side": ({ side, limb }) => `Get ready to switch to the ${SIDE_NAMES[side][limb]}.`,
};

/** The English safety texts: `en.safety`. */
export const englishSafety: SafetyText = {
  notMedicalAdvice: "This is general guidance on stretching, not medical advice.",
  avoidIfPain: "Avoid a stretch that aggravates or causes pain.",
  stopWhenItHurts: "If a stretch hurts, stop it at once.",
  holdComfortably:
    "Hold each stretch only for as long as you can comfortably sustain it: the timer is a guide, not a target.",
  seeAProfessional: "If pain persists, is severe or keeps coming back, see a doctor or a physiotherapist.",
  painRecorded: "Your pain report is recorded, and this stretch has been stopped.",
};
