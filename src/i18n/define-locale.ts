import { type Catalog, catalogOf } from "../catalog/create-catalog.js";
import { deepFreeze } from "../internal/freeze.js";
import { fail, parseWith, refuseUnreadable } from "../internal/issues.js";
import {
  type LocaleExtension,
  LocaleExtensionSchema,
  type LocaleFallback,
  type LocalePack,
  SAFETY_KEYS,
  type StretchText,
} from "../schema/locale.js";
import { MESSAGE_KEYS } from "../schema/session.js";
import { readLocale, structureIssues } from "./read-locale.js";

/**
 * The options of {@link defineLocale}.
 *
 * @example
 * const options: DefineLocaleOptions = { catalog: stretches };
 * @category Languages
 */
export interface DefineLocaleOptions {
  /** The stretches the pack's texts translate, e.g. from `createCatalog`. Default: the built-in `stretches`. */
  readonly catalog?: Catalog | undefined;
}

const STRETCH_FIELDS = ["name", "support", "setup", "movement", "media"] as const;

/** Fills what an extension leaves out from its fallback, field by field, noting each field filled. */
function merge(extension: LocaleExtension, fallback: LocalePack): LocalePack {
  const fallbacks: LocaleFallback[] = [];
  const from = new Map((fallback.fallbacks ?? []).map((entry) => [entry.path.join("\u0000"), entry.tag]));
  const take = <T>(own: T | undefined, theirs: T, path: string[]): T => {
    if (own !== undefined) return own;
    fallbacks.push({ path, tag: from.get(path.join("\u0000")) ?? fallback.tag });
    return theirs;
  };
  const messages = Object.fromEntries(
    MESSAGE_KEYS.map((key) => [key, take(extension.messages?.[key], fallback.messages[key], ["messages", key])]),
  );
  const safety = Object.fromEntries(
    SAFETY_KEYS.map((key) => [key, take(extension.safety?.[key], fallback.safety[key], ["safety", key])]),
  );
  const ids = new Set([...Object.keys(fallback.stretches), ...Object.keys(extension.stretches ?? {})]);
  const stretches: Record<string, Partial<StretchText>> = {};
  for (const id of ids) {
    const own = extension.stretches?.[id] ?? {};
    const theirs: Partial<StretchText> = fallback.stretches[id] ?? {};
    stretches[id] = Object.fromEntries(
      STRETCH_FIELDS.filter((key) => own[key] !== undefined || theirs[key] !== undefined).map((key) => [
        key,
        take(own[key], theirs[key], ["stretches", id, key]),
      ]),
    );
  }
  return { tag: extension.tag, messages, stretches, safety, fallbacks } as unknown as LocalePack;
}

/**
 * Checks a locale pack and returns it frozen: a complete pack (every message key, every built-in
 * stretch, every safety text), or an extension of one that fills what it leaves out from its
 * `fallback`, field by field (`de-AT` → `de` → `en`), listing each filled field in `fallbacks`.
 *
 * Checked: a BCP-47 tag; a function for every message key; every built-in stretch translated, and
 * no stretch that is not in the catalog; each stretch text with as many `support`, `setup`,
 * `movement` and media entries as its stretch; no empty text, at most 1,000 characters; unknown
 * keys (`__proto__` included) refused. Add an app's own stretches to a pack by extending it, with
 * the app's catalog in the options.
 *
 * @param input - A complete {@link LocalePack}, or a {@link LocaleExtension} with its `fallback`.
 * @param options - The catalog the texts translate; default the built-in stretches.
 * @returns The complete pack, deeply frozen; `fallbacks` lists the fields taken from a fallback.
 * @throws {@link StretchKitError} with code `invalid_locale` listing every issue with its path
 * (e.g. `["stretches", "forward-roll", "setup"]`), `invalid_options` or `invalid_catalog`.
 * @example
 * const british = defineLocale({ tag: "en-GB", fallback: en, messages: { "cue.halfway": () => "Halfway through." } });
 * british.messages["cue.halfway"]({ stretchId: "forward-roll", stretch: "Forward roll" }); //=> "Halfway through."
 * british.fallbacks?.some((entry) => entry.path.join(".") === "stretches.forward-roll.name" && entry.tag === "en"); //=> true
 * @category Languages
 */
export function defineLocale(input: LocalePack | LocaleExtension, options?: DefineLocaleOptions): LocalePack {
  return refuseUnreadable("invalid_locale", "Invalid locale", () => {
    const index = catalogOf(options);
    if (typeof input !== "object" || input === null || !("fallback" in input))
      return deepFreeze(readLocale(input, index));
    const extension = parseWith(LocaleExtensionSchema, input, "invalid_locale", "Invalid locale");
    const issues = [
      ...structureIssues(extension.stretches ?? {}, index, []),
      ...structureIssues(extension.fallback.stretches, index, ["fallback"]),
    ];
    if (issues.length > 0) fail("invalid_locale", issues, "Invalid locale");
    return deepFreeze(readLocale(merge(extension, extension.fallback), index));
  });
}
