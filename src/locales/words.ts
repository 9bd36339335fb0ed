/*
 * What the German, Spanish and French packs build alike: the stretch with its side ("Seitneigung,
 * linker Arm. …"), a repetition with its side ("Linker Arm, Wiederholung 1 von 3. …"), the
 * countdown digit, and numbers with a decimal comma. Each pack gives its own words; no locale API.
 */
import type { Limb, Side } from "../schema/common.js";
import type { MessageCatalog } from "../schema/locale.js";

/** A side and the limb that shows it, in words, for each side and limb. */
export type SideTable = Readonly<Record<Side, Readonly<Record<Limb, string>>>>;

/** A number as German, Spanish and French write it: a decimal comma ("2,5"), no thousands separator. */
export const decimalComma = (n: number): string => String(n).replace(".", ",");

/** A text with its first letter a capital, for the start of a sentence ("répétition" → "Répétition"). */
const sentenceCase = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * The messages built alike in every language: `names` are a side and limb inside a sentence,
 * `titles` at its start, and `repetition` words "repetition 1 of 3" inside a sentence.
 */
export function sideMessages(
  names: SideTable,
  titles: SideTable,
  repetition: (repetition: number, repetitions: number) => string,
): Pick<MessageCatalog, "step.prepare" | "step.stretch" | "cue.prepare" | "cue.countdown"> {
  const titled = (stretch: string, side: Side | null, limb: Limb | null): string =>
    side === null || limb === null ? stretch : `${stretch}, ${names[side][limb]}`;
  return {
    "step.prepare": ({ stretch, side, limb, instruction }) => `${titled(stretch, side, limb)}. ${instruction}`,
    "step.stretch": ({ side, limb, repetition: n, repetitions, instruction }) => {
      const count = repetition(n, repetitions);
      const said = side === null || limb === null ? sentenceCase(count) : `${titles[side][limb]}, ${count}`;
      return `${said}. ${instruction}`;
    },
    "cue.prepare": ({ stretch, side, limb, instruction }) => `${titled(stretch, side, limb)}. ${instruction}`,
    "cue.countdown": ({ count }) => String(count),
  };
}
