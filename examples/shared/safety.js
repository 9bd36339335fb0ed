// The safety texts of the React example (examples/react), and of any page that stays in English:
// stretchkit's own, `en.safety` (notMedicalAdvice, avoidIfPain, stopWhenItHurts, holdComfortably,
// seeAProfessional, painRecorded), never a copy. A page in another language shows its locale pack's
// `safety` instead, as examples/web does.
import { en } from "stretchkit";

/** @type {import("stretchkit").SafetyText} */
export const safety = en.safety;
