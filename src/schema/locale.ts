import * as z from "zod/mini";
import type { DeepReadonly } from "../internal/freeze.js";
import { MAX_CATALOG_STRETCHES, MAX_FALLBACKS, MAX_STEPS, MAX_TAG_LENGTH, TAG_PATTERN } from "./bounds.js";
import { idSchema, listOf, text, textSchema } from "./common.js";
import { MESSAGE_KEYS, type MessageKey, type MessageParams } from "./session.js";
import { BUILT_IN_STRETCH_IDS, type BuiltInStretchId } from "./stretch.js";

/**
 * A message catalog: one function per key, from its parameters to a text. A catalog that misses a
 * key does not compile. The functions must be pure: the same parameters, the same text, on every
 * machine (no `Intl`, no `toLocaleString`).
 *
 * @example
 * const shout: MessageCatalog = { ...englishMessages, "cue.countdown": ({ count }) => `${count}!` };
 * shout["cue.countdown"]({ count: 2 }); //=> "2!"
 * @category Languages
 */
export type MessageCatalog = { readonly [K in MessageKey]: (params: MessageParams[K]) => string };

/** The safety texts, by key, in the order an app would show them. */
const safetySchema = /* @__PURE__ */ z.strictObject({
  /** That this is general guidance on stretching, not medical advice. */
  notMedicalAdvice: textSchema,
  /** The source's rule: avoid a stretch that aggravates or causes pain. */
  avoidIfPain: textSchema,
  /** Stop a stretch at once if it hurts. */
  stopWhenItHurts: textSchema,
  /** Hold only as long as is comfortable: the timer is a guide, not a target. */
  holdComfortably: textSchema,
  /** When to see a doctor or a physiotherapist. */
  seeAProfessional: textSchema,
  /** The acknowledgement of a pain report: recorded, and the stretch stopped. */
  painRecorded: textSchema,
});

/** The keys of a locale's safety texts, in the order an app would show them. */
export const SAFETY_KEYS = /* @__PURE__ */ (() => Object.keys(safetySchema.shape) as (keyof SafetyText)[])();

/** The texts of one stretch in a language. */
const stretchTextSchema = /* @__PURE__ */ z.strictObject({
  /** The stretch's name. */
  name: textSchema,
  /** What to hold on to, one entry per entry of the stretch's `support`. */
  support: /* @__PURE__ */ listOf(textSchema, 0, MAX_STEPS),
  /** The setup, one entry per step of the stretch's `setup`. */
  setup: /* @__PURE__ */ listOf(textSchema, 1, MAX_STEPS),
  /** The movement, one entry per step of the stretch's `movement`. */
  movement: /* @__PURE__ */ listOf(textSchema, 1, MAX_STEPS),
  /** The `alt` text of each of the stretch's media, if it has any. */
  media: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ listOf(
      /* @__PURE__ */ z.strictObject({
        /** The translated `alt` text of the medium at the same place in the stretch's `media`. */
        alt: textSchema,
      }),
      0,
      MAX_STEPS,
    ),
  ),
});

const functionSchema = /* @__PURE__ */ z.custom<(params: never) => string>((value) => typeof value === "function", {
  error: "must be a function from the message's parameters to a text",
});

/** An object whose keys are `keys`, each checked by `schema`. */
function keyed<K extends string, T extends z.ZodMiniType>(keys: readonly K[], schema: T) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, schema])) as { [Key in K]: T });
}

/**
 * Refuses, before any entry is read, an object with more than `max` keys, and a `__proto__` key
 * (which `z.record` would drop without a word), at its path.
 */
function recordKeys(max: number) {
  return z.unknown().check(
    z.superRefine((value, context) => {
      if (typeof value !== "object" || value === null) return;
      const push = (code: string, message: string, path: PropertyKey[]) =>
        context.issues.push({ code: "custom", input: value, path, message, params: { code }, continue: false });
      if (Object.keys(value).length > max) push("too_big", `must have at most ${max} entries`, []);
      else if (Object.hasOwn(value, "__proto__")) push("unrecognized_key", 'unknown key "__proto__"', ["__proto__"]);
    }),
  );
}

/** A BCP-47 language tag, e.g. `"de"` or `"de-AT"`. */
const tagSchema = /* @__PURE__ */ text(2, MAX_TAG_LENGTH).check(
  /* @__PURE__ */ z.regex(TAG_PATTERN, { error: 'must be a BCP-47 language tag such as "de" or "de-AT"' }),
);

/** A message catalog: a function for every message key. */
export const messagesSchema = /* @__PURE__ */ keyed(MESSAGE_KEYS, functionSchema);

/** The texts of stretches by id; at most 1,000, refused at once when more. */
function stretchTextsSchema<T extends z.ZodMiniType>(entry: T) {
  return z.pipe(recordKeys(MAX_CATALOG_STRETCHES), z.record(idSchema, entry));
}

const localeSchema = /* @__PURE__ */ z.strictObject({
  /** The BCP-47 language tag, e.g. `"de"` or `"de-AT"`. */
  tag: tagSchema,
  /** The texts of every step and cue. */
  messages: messagesSchema as unknown as z.ZodMiniType<MessageCatalog>,
  /** The texts of each stretch, by id: every built-in one, and any of the app's own. */
  stretches: /* @__PURE__ */ stretchTextsSchema(stretchTextSchema).check(
    /* @__PURE__ */ z.refine((texts) => BUILT_IN_STRETCH_IDS.every((id) => Object.hasOwn(texts, id)), {
      error:
        "must translate every built-in stretch: forward-roll, sideways-reach, spine-rotation, gluteal-stretch, quadriceps-stretch",
      params: { code: "too_small" },
      abort: true,
    }),
  ),
  /** The safety texts an app shows: see `docs/safety.md`. */
  safety: safetySchema,
  /** The fields that `defineLocale` took from a fallback pack, each with the tag of the pack it came from. */
  fallbacks: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ listOf(
      /* @__PURE__ */ z.strictObject({
        /** The field's path in the pack, e.g. `["messages", "cue.halfway"]`. */
        path: /* @__PURE__ */ listOf(textSchema, 1, 3),
        /** The tag of the pack the text came from. */
        tag: textSchema,
      }),
      0,
      MAX_FALLBACKS,
    ),
  ),
});

/**
 * The zod/mini schema of a complete {@link LocalePack}: a BCP-47 tag, a function for every message
 * key, the texts of every built-in stretch (and of any other stretch id), and every safety text;
 * no empty text, 1,000 characters at most, unknown keys refused. What needs the stretches (the
 * same number of steps as the stretch translated, no unknown stretch) is checked by `defineLocale`.
 *
 * @example
 * LocaleSchema.safeParse(en).success; //=> true
 * LocaleSchema.safeParse({ ...en, tag: "German" }).success; //=> false
 * @category Schemas
 */
export const LocaleSchema: z.ZodMiniType<LocalePack, unknown> = localeSchema as unknown as z.ZodMiniType<
  LocalePack,
  unknown
>;

type LocaleFields = DeepReadonly<z.output<typeof localeSchema>>;

const localeExtensionSchema = /* @__PURE__ */ z.strictObject({
  tag: tagSchema,
  fallback: localeSchema,
  messages: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.partial(messagesSchema)),
  stretches: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ stretchTextsSchema(/* @__PURE__ */ z.partial(stretchTextSchema)),
  ),
  safety: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.partial(safetySchema)),
});

/**
 * The zod/mini schema of a {@link LocaleExtension}; its `fallback` is checked as a complete pack.
 * What needs the catalog (the structure of each stretch's texts) is checked by `defineLocale`.
 *
 * @example
 * LocaleExtensionSchema.safeParse({ tag: "en-GB", fallback: en, messages: { "cue.halfway": () => "Halfway through." } }).success; //=> true
 * LocaleExtensionSchema.safeParse({ tag: "en-GB" }).success; //=> false
 * @category Schemas
 */
export const LocaleExtensionSchema: z.ZodMiniType<LocaleExtension, unknown> =
  localeExtensionSchema as unknown as z.ZodMiniType<LocaleExtension, unknown>;

/**
 * A pack that fills what it leaves out from another: a regional variant (`de-AT` from `de`), or
 * an app's own texts on top of a shipped pack. Any message, safety text or stretch field may be
 * left out; `defineLocale` fills it from `fallback`, field by field, and lists what it filled.
 *
 * @example
 * const deAT: LocaleExtension = { tag: "de-AT", fallback: en, safety: { seeAProfessional: "…" } };
 * deAT.tag; //=> "de-AT"
 * @category Languages
 */
export interface LocaleExtension {
  /** The pack's BCP-47 tag. */
  readonly tag: string;
  /** The pack that fills what this one leaves out (itself complete, e.g. `de` or `en`). */
  readonly fallback: LocalePack;
  /** The messages this pack words its own way. */
  readonly messages?: Partial<MessageCatalog> | undefined;
  /** The stretch texts this pack gives: any field of any stretch of the catalog. */
  readonly stretches?: { readonly [id: string]: Partial<StretchText> } | undefined;
  /** The safety texts this pack gives. */
  readonly safety?: Partial<SafetyText> | undefined;
}

/**
 * The texts of one stretch in a language: the same structure as the stretch (as many `support`,
 * `setup`, `movement` and media entries).
 *
 * @example
 * const roll: StretchText = en.stretches["forward-roll"];
 * roll.setup.length === getStretch("forward-roll").setup.length; //=> true
 * @category Languages
 * @useDeclaredType
 */
export type StretchText = LocaleFields["stretches"][string];

/**
 * The safety texts of a language, by key: what an app shows before and after a pain report.
 *
 * @example
 * en.safety.avoidIfPain; //=> "Avoid a stretch that aggravates or causes pain."
 * @category Languages
 * @useDeclaredType
 */
export type SafetyText = LocaleFields["safety"];

/**
 * A locale pack: every text stretchkit shows, in one language. Its `stretches` cover every
 * built-in stretch (a pack that leaves one out does not compile), and may hold an app's own.
 *
 * @example
 * const pack: LocalePack = en;
 * pack.messages["cue.halfway"]({ stretchId: "forward-roll", stretch: "Forward roll" }); //=> "Halfway there."
 * @category Languages
 */
export interface LocalePack extends Omit<LocaleFields, "messages" | "stretches"> {
  /** The texts of every step and cue: a function per message key. */
  readonly messages: MessageCatalog;
  /** The texts of each stretch, by id: every built-in one, and any of the app's own. */
  readonly stretches: { readonly [K in BuiltInStretchId]: StretchText } & { readonly [id: string]: StretchText };
}

/**
 * A field of a locale that `defineLocale` filled from a fallback pack: its path (e.g.
 * `["stretches", "forward-roll", "name"]` or `["messages", "cue.halfway"]`) and the tag of the
 * pack the text came from.
 *
 * @example
 * const fallback: LocaleFallback = { path: ["messages", "cue.halfway"], tag: "de" };
 * @category Languages
 * @useDeclaredType
 */
export type LocaleFallback = NonNullable<LocaleFields["fallbacks"]>[number];
