import { stretches } from "../catalog/stretches.js";
import { deepFreeze } from "../internal/freeze.js";
import { englishMessages, englishSafety } from "../messages/en.js";
import type { LocalePack, StretchText } from "../schema/locale.js";

/**
 * The English locale pack, built in: `englishMessages`, the built-in stretches' own texts and the
 * English safety texts. The default of every function that takes a `locale`, and the usual
 * `fallback` of a pack that extends English. Deeply frozen.
 *
 * @example
 * en.tag; //=> "en"
 * en.stretches["quadriceps-stretch"].support; //=> ["the back of a chair", "a desk", "a door handle"]
 * en.safety.seeAProfessional; //=> "If pain persists, is severe or keeps coming back, see a doctor or a physiotherapist."
 * @category Languages
 */
export const en: LocalePack = /* @__PURE__ */ (() =>
  deepFreeze({
    tag: "en",
    messages: englishMessages,
    stretches: Object.fromEntries(
      stretches.map(({ id, name, support, setup, movement }): [string, StretchText] => [
        id,
        { name, support, setup, movement },
      ]),
    ),
    safety: englishSafety,
  }) as LocalePack)();
