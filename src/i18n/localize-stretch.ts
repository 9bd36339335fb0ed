import { deepFreeze } from "../internal/freeze.js";
import { parseWith, refuseUnreadable } from "../internal/issues.js";
import type { LocalePack } from "../schema/locale.js";
import { type Stretch, StretchSchema } from "../schema/stretch.js";
import { readLocale } from "./read-locale.js";

/**
 * A stretch in a language, for an app's own screens: its name, `support`, `setup`, `movement`
 * and media `alt` texts from the pack; every other field (and any text the pack does not give,
 * e.g. for a stretch of the app's own it does not translate) as the stretch has it. For a
 * catalog, map it: `catalog.map((stretch) => localizeStretch(stretch, de))`.
 *
 * @param stretch - A stretch, e.g. `getStretch("forward-roll")`.
 * @param locale - A locale pack, e.g. `de` from `stretchkit/locales/de`, or `en`.
 * @returns A fresh, deeply frozen stretch.
 * @throws {@link StretchKitError} with code `invalid_stretch` or `invalid_locale` (a pack that
 * `defineLocale` would refuse for this stretch), each issue with its path.
 * @example
 * const roll = localizeStretch(getStretch("forward-roll"), en);
 * roll.name; //=> "Forward roll"
 * roll.repetitions; //=> { min: 3, max: 4 }
 * @category Languages
 */
export function localizeStretch(stretch: Stretch, locale: LocalePack): Stretch {
  return refuseUnreadable("invalid_locale", "Invalid locale", () => {
    const own = parseWith(StretchSchema, stretch, "invalid_stretch", "Invalid stretch");
    const pack = readLocale(locale, new Map([[own.id, own]]), ["locale"], [own.id]);
    const text = pack.stretches[own.id];
    if (text === undefined) return deepFreeze(own);
    const media = own.media?.map((entry, i) => ({ ...entry, alt: text.media?.[i]?.alt ?? entry.alt }));
    return deepFreeze({
      ...own,
      name: text.name,
      support: [...text.support],
      setup: [...text.setup],
      movement: [...text.movement],
      media,
    });
  });
}
