import { describe, expectTypeOf, it } from "vitest";
import { defineLocale } from "../../src/i18n/define-locale.js";
import { en } from "../../src/i18n/en.js";
import { de } from "../../src/locales/de/index.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import type { LocaleExtension, LocalePack, MessageCatalog } from "../../src/schema/locale.js";

describe("locale types", () => {
  it("a pack that leaves out a built-in stretch does not compile", () => {
    const { "gluteal-stretch": _, ...four } = en.stretches;
    // @ts-expect-error "gluteal-stretch" is missing from stretches
    const pack: LocalePack = { ...en, stretches: four };
    expectTypeOf(pack.tag).toEqualTypeOf<string>();
  });

  it("a pack that leaves out a message key does not compile", () => {
    const { "cue.halfway": _, ...ten } = en.messages;
    // @ts-expect-error "cue.halfway" is missing from messages
    const messages: MessageCatalog = ten;
    expectTypeOf(messages["cue.next"]).returns.toEqualTypeOf<string>();
  });

  it("a message function gets its own parameters", () => {
    expectTypeOf<Parameters<MessageCatalog["cue.countdown"]>[0]>().toEqualTypeOf<{ readonly count: number }>();
    // @ts-expect-error a countdown has no seconds
    en.messages["cue.countdown"]({ seconds: 3 });
  });

  it("an extension may leave out any text, and needs a fallback", () => {
    const extension: LocaleExtension = { tag: "de-AT", fallback: de };
    expectTypeOf(defineLocale(extension)).toEqualTypeOf<LocalePack>();
    // @ts-expect-error an extension without a fallback is not a pack either
    defineLocale({ tag: "de-AT" });
  });

  it("scheduleSession takes a pack as its locale", () => {
    scheduleSession(
      {
        id: "r",
        name: "R",
        benefits: [],
        items: [],
        frequency: { sessionsPerWeek: 3, sessionsPerDay: 1 },
        companions: [],
      } as never,
      { locale: de },
    );
    // @ts-expect-error a tag is not a pack
    scheduleSession(null as never, { locale: "de" });
  });
});
