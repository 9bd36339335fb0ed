import { describe, expect, it } from "vitest";
import { createCatalog } from "../../src/catalog/create-catalog.js";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { composeRoutine } from "../../src/compose/compose-routine.js";
import { defineLocale } from "../../src/i18n/define-locale.js";
import { en } from "../../src/i18n/en.js";
import { localizeStretch } from "../../src/i18n/localize-stretch.js";
import { de } from "../../src/locales/de/index.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import type { LocalePack } from "../../src/schema/locale.js";
import { jsonCopy } from "../helpers/deep-freeze.js";
import { firstLineOf, issuesOf, summary } from "../helpers/issues.js";

/** A complete pack as plain JSON would give it, with the English message functions put back. */
const plain = (): Record<string, unknown> & { stretches: Record<string, Record<string, unknown>> } => ({
  ...jsonCopy({ tag: en.tag, stretches: en.stretches, safety: en.safety }),
  messages: { ...en.messages },
});

const wall = defineStretch({
  ...getStretch("quadriceps-stretch"),
  id: "wall-calf-stretch",
  name: "Wall calf stretch",
  support: ["a wall"],
  setup: ["Stand facing a wall."],
  movement: ["Step one foot back and lean in."],
  media: [{ kind: "image", src: "images/wall-calf.webp", alt: "Leaning on a wall, one foot back" }],
});
const catalog = createCatalog([wall]);

describe("defineLocale: a complete pack", () => {
  it("returns the pack checked and deeply frozen, and a JSON pack with functions put back is accepted", () => {
    const pack = defineLocale(plain() as unknown as LocalePack);
    expect(pack.stretches["forward-roll"]).toEqual(en.stretches["forward-roll"]);
    expect(Object.isFrozen(pack.safety)).toBe(true);
  });

  it("refuses a bad pack with every issue's path: a missing stretch, a step too many, an empty name, an unknown stretch", () => {
    const pack = plain();
    delete pack.stretches["gluteal-stretch"];
    (pack.stretches["forward-roll"] as { setup: string[] }).setup.push("One step too many.");
    (pack.stretches["spine-rotation"] as { name: string }).name = "";
    pack.stretches["back-flip"] = { ...(pack.stretches["forward-roll"] as object) };
    const issues = issuesOf(() => defineLocale(pack as unknown as LocalePack), "invalid_locale");
    expect(summary(issues)).toEqual(["stretches.spine-rotation.name: too_small", "stretches: too_small"]);
    const structure = plain();
    (structure.stretches["forward-roll"] as { setup: string[] }).setup.push("One step too many.");
    structure.stretches["back-flip"] = { ...(structure.stretches["sideways-reach"] as object) };
    expect(summary(issuesOf(() => defineLocale(structure as unknown as LocalePack), "invalid_locale"))).toEqual([
      "stretches.forward-roll.setup: too_big",
      "stretches.back-flip: unknown_stretch",
    ]);
    expect(issuesOf(() => defineLocale(structure as unknown as LocalePack), "invalid_locale")[1]?.message).toBe(
      '"back-flip" is not a stretch of the catalog',
    );
    expect(firstLineOf(() => defineLocale(structure as unknown as LocalePack))).toBe("Invalid locale");
  });

  it("refuses a missing message, a message that is not a function, and unknown keys such as __proto__", () => {
    const pack = plain();
    const messages = pack["messages"] as Record<string, unknown>;
    delete messages["cue.halfway"];
    messages["cue.next"] = "Next!";
    const json = JSON.stringify({ ...pack, messages: undefined });
    const hostile = JSON.parse(
      json.replace('"stretches":{', '"__proto__":{"polluted":true},"stretches":{"__proto__":{"name":"x"},'),
    ) as Record<string, unknown>;
    const issues = summary(
      issuesOf(() => defineLocale({ ...hostile, messages } as unknown as LocalePack), "invalid_locale"),
    );
    expect(issues).toEqual([
      "messages.cue.next: invalid_value",
      "messages.cue.halfway: invalid_value",
      "stretches.__proto__: unrecognized_key",
      "__proto__: unrecognized_key",
    ]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("refuses what is not a pack at all, and bad options, without a crash", () => {
    for (const input of [null, 42, "de", [], { tag: "de" }])
      expect(issuesOf(() => defineLocale(input as never), "invalid_locale").length).toBeGreaterThan(0);
    expect(summary(issuesOf(() => defineLocale(en, { catalogue: [] } as never), "invalid_options"))).toEqual([
      "catalogue: unrecognized_key",
    ]);
  });
});

describe("defineLocale: an extension with a fallback chain", () => {
  const deAT = () =>
    defineLocale({
      tag: "de-AT",
      fallback: de,
      stretches: { "forward-roll": { name: "Rumpfbeuge nach vorne" } },
    });

  it("fills what it leaves out from its fallback, field by field, and lists each field filled with its tag", () => {
    const pack = deAT();
    expect(pack.tag).toBe("de-AT");
    expect(pack.stretches["forward-roll"].name).toBe("Rumpfbeuge nach vorne");
    expect(pack.stretches["forward-roll"].setup).toEqual(de.stretches["forward-roll"].setup);
    expect(pack.fallbacks).toContainEqual({ path: ["stretches", "sideways-reach", "setup"], tag: "de" });
    expect(pack.fallbacks).not.toContainEqual({ path: ["stretches", "forward-roll", "name"], tag: "de" });
    expect(pack.fallbacks).toContainEqual({ path: ["messages", "cue.halfway"], tag: "de" });
  });

  it("keeps the tag each field came from through a chain: de-AT → de+app → en", () => {
    const partial = defineLocale({ tag: "de", fallback: en, safety: { avoidIfPain: de.safety.avoidIfPain } });
    const regional = defineLocale({ tag: "de-AT", fallback: partial });
    expect(regional.fallbacks).toContainEqual({ path: ["safety", "avoidIfPain"], tag: "de" });
    expect(regional.fallbacks).toContainEqual({ path: ["safety", "stopWhenItHurts"], tag: "en" });
  });

  it("translates an app's own stretch, its media alt text included, checked against the app's catalog", () => {
    const pack = defineLocale(
      {
        tag: "de",
        fallback: de,
        stretches: {
          "wall-calf-stretch": {
            name: "Wadendehnung an der Wand",
            support: ["eine Wand"],
            setup: ["Stellen Sie sich mit dem Gesicht zur Wand."],
            movement: ["Stellen Sie einen Fuß nach hinten und lehnen Sie sich an."],
            media: [{ alt: "An die Wand gelehnt, ein Fuß hinten" }],
          },
        },
      },
      { catalog },
    );
    const local = localizeStretch(wall, pack);
    expect(local.name).toBe("Wadendehnung an der Wand");
    expect(local.media).toEqual([
      { kind: "image", src: "images/wall-calf.webp", alt: "An die Wand gelehnt, ein Fuß hinten" },
    ]);
    const routine = composeRoutine({ id: "calves", name: "Calves", items: ["wall-calf-stretch"] }, { catalog });
    const session = scheduleSession(routine, { locale: pack, catalog });
    expect(session.steps[0]?.text).toBe(
      "Wadendehnung an der Wand, linke Hand und linkes Bein. Stellen Sie sich mit dem Gesicht zur Wand.",
    );
  });

  it("refuses more stretch texts than a catalog can hold, before reading any", () => {
    const stretches = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`stretch-${i}`, null]));
    expect(issuesOf(() => defineLocale({ tag: "de-CH", fallback: de, stretches } as never), "invalid_locale")).toEqual([
      { path: ["stretches"], code: "too_big", message: "must have at most 1000 entries" },
    ]);
  });

  it("names how many entries a stretch's text needs when it gives fewer or more than the stretch has", () => {
    const setup = en.stretches["sideways-reach"].setup;
    const pack = {
      tag: "de-CH",
      fallback: de,
      stretches: {
        "wall-calf-stretch": { media: [{ alt: "Eins" }, { alt: "Zwei" }] },
        "sideways-reach": { setup: setup.slice(1) },
      },
    };
    expect(issuesOf(() => defineLocale(pack as never, { catalog }), "invalid_locale")).toEqual([
      {
        path: ["stretches", "wall-calf-stretch", "media"],
        code: "too_big",
        message: 'must have 1 entry, as the stretch "wall-calf-stretch" has',
      },
      {
        path: ["stretches", "sideways-reach", "setup"],
        code: "too_small",
        message: `must have ${setup.length} entries, as the stretch "sideways-reach" has`,
      },
    ]);
    expect(firstLineOf(() => defineLocale(pack as never, { catalog }))).toBe("Invalid locale");
  });

  it("refuses an extension's stretch that the catalog does not hold, or with a step too few, and a bad fallback, at their paths", () => {
    const bad = {
      tag: "de-CH",
      fallback: { ...de, tag: "" },
      stretches: { "wall-calf-stretch": { setup: [] }, "forward-roll": { movement: ["Eins.", "Zwei."] } },
    };
    expect(summary(issuesOf(() => defineLocale(bad as never), "invalid_locale"))).toEqual([
      "fallback.tag: too_small",
      "fallback.tag: invalid_format",
      "stretches.wall-calf-stretch.setup: too_small",
    ]);
    const unknown = {
      tag: "de-CH",
      fallback: de,
      stretches: { "wall-calf-stretch": { name: "Wade" }, "forward-roll": { movement: ["Eins.", "Zwei."] } },
    };
    expect(summary(issuesOf(() => defineLocale(unknown), "invalid_locale"))).toEqual([
      "stretches.wall-calf-stretch: unknown_stretch",
      "stretches.forward-roll.movement: too_big",
    ]);
    expect(
      summary(issuesOf(() => defineLocale({ tag: "de-CH", fallback: { ...de, tag: "" } }), "invalid_locale")),
    ).toEqual(["fallback.tag: too_small", "fallback.tag: invalid_format"]);
  });
});

describe("localizeStretch", () => {
  it("keeps the stretch as it is where the pack has no text for it", () => {
    expect(localizeStretch(wall, de)).toEqual(wall);
    expect(localizeStretch(getStretch("forward-roll"), de).hold).toEqual(getStretch("forward-roll").hold);
  });

  it("refuses a stretch that is not one, and a pack whose text of this stretch has the wrong structure", () => {
    expect(
      summary(issuesOf(() => localizeStretch({ id: "x" } as never, de), "invalid_stretch")).length,
    ).toBeGreaterThan(0);
    const skewed = {
      ...de,
      stretches: { ...de.stretches, "forward-roll": { ...de.stretches["forward-roll"], setup: [] } },
    };
    expect(summary(issuesOf(() => localizeStretch(getStretch("forward-roll"), skewed), "invalid_locale"))).toEqual([
      "locale.stretches.forward-roll.setup: too_small",
    ]);
    const twoSteps = {
      ...de,
      stretches: { ...de.stretches, "forward-roll": { ...de.stretches["forward-roll"], setup: ["Eins.", "Zwei."] } },
    };
    expect(issuesOf(() => localizeStretch(getStretch("forward-roll"), twoSteps), "invalid_locale")).toEqual([
      {
        path: ["locale", "stretches", "forward-roll", "setup"],
        code: "too_big",
        message: 'must have 1 entry, as the stretch "forward-roll" has',
      },
    ]);
    expect(firstLineOf(() => localizeStretch(getStretch("forward-roll"), twoSteps))).toBe("Invalid locale");
    expect(firstLineOf(() => localizeStretch({ id: "x" } as never, de))).toBe("Invalid stretch");
  });

  it("keeps the stretch's own alt text where the pack's text of it gives none", () => {
    const texts = { name: "Wadendehnung", support: ["eine Wand"], setup: ["Zur Wand."], movement: ["Anlehnen."] };
    const pack = defineLocale({ tag: "de", fallback: de, stretches: { "wall-calf-stretch": texts } }, { catalog });
    expect(localizeStretch(wall, pack)).toEqual({ ...wall, ...texts });
  });
});
