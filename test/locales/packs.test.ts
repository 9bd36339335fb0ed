import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { stretches } from "../../src/catalog/stretches.js";
import { defineLocale } from "../../src/i18n/define-locale.js";
import { en } from "../../src/i18n/en.js";
import { localizeStretch } from "../../src/i18n/localize-stretch.js";
import { de } from "../../src/locales/de/index.js";
import { es } from "../../src/locales/es/index.js";
import { fr } from "../../src/locales/fr/index.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import { SAFETY_KEYS } from "../../src/schema/locale.js";
import { MESSAGE_KEYS, type Session } from "../../src/schema/session.js";

const packs = { de, es, fr } as const;

/** English words of stretchkit's texts: one of them in a translated text is a text left in English. */
const ENGLISH_WORDS =
  "breathe hold left right second seconds repetition rest switch next halfway stretch sit stand arm hand leg the and of for";
/** The same words that a language uses too, with its own meaning ("Arm" and "Hand" are German). */
const SHARED: Readonly<Record<string, readonly string[]>> = { de: ["arm", "hand"] };
const englishIn = (tag: string): RegExp => {
  const words = ENGLISH_WORDS.split(" ").filter((word) => !(SHARED[tag] ?? []).includes(word));
  return new RegExp(`\\b(${words.join("|")})\\b`, "i");
};

/** A session as a reviewer reads it: one line per step, then one per cue, each with its time. */
function timeline(session: Session): string {
  const time = (ms: number) =>
    `${String(Math.floor(ms / 60_000)).padStart(2, "0")}:${((ms % 60_000) / 1000).toFixed(1).padStart(4, "0")}`;
  const steps = session.steps.map((step) => `${time(step.startMs)}  ${step.kind.padEnd(11)} ${step.text}`);
  const cues = session.cues.map((cue) => `${time(cue.atMs)}  ${cue.kind.padEnd(11)} ${cue.text}`);
  return [
    `# ${session.routineId}, ${String(session.totalMs / 1000)} s`,
    "",
    "## Steps",
    ...steps,
    "",
    "## Cues",
    ...cues,
    "",
  ].join("\n");
}

describe.each(Object.entries(packs))("the %s pack", (tag, pack) => {
  const ENGLISH = englishIn(tag);
  it("is its tag's pack, deeply frozen, and defineLocale accepts it unchanged", () => {
    expect(pack.tag).toBe(tag);
    expect(Object.isFrozen(pack.stretches["forward-roll"].setup)).toBe(true);
    expect(defineLocale(pack)).toEqual(pack);
  });

  it("covers every message key, every built-in stretch and every safety text, and nothing else", () => {
    expect(Object.keys(pack.messages).sort()).toEqual([...MESSAGE_KEYS].sort());
    expect(Object.keys(pack.stretches)).toEqual(stretches.map((stretch) => stretch.id));
    expect(Object.keys(pack.safety)).toEqual([...SAFETY_KEYS]);
    expect(pack.fallbacks).toBeUndefined();
  });

  it("translates each stretch with the structure of its source: as many support, setup and movement entries", () => {
    for (const stretch of stretches) {
      const text = pack.stretches[stretch.id];
      expect([text.support.length, text.setup.length, text.movement.length], stretch.id).toEqual([
        stretch.support.length,
        stretch.setup.length,
        stretch.movement.length,
      ]);
    }
  });

  it("leaves no English in any stretch or safety text", () => {
    const texts = [
      ...Object.values(pack.safety),
      ...Object.values(pack.stretches).flatMap((text) => [text.name, ...text.support, ...text.setup, ...text.movement]),
    ];
    for (const text of texts) expect(text, text).not.toMatch(ENGLISH);
  });

  it("gives a text on every step and cue of the built-in routine, none left in English (countdown digits aside)", () => {
    const session = scheduleSession(backSpasmRoutine, { locale: pack });
    const english = scheduleSession(backSpasmRoutine);
    expect(session.totalMs).toBe(english.totalMs);
    for (const [index, step] of session.steps.entries()) {
      expect(step.text.length, `step ${index}`).toBeGreaterThan(0);
      expect(step.text, `step ${index}`).not.toBe(english.steps[index]?.text);
      expect(step.text, `step ${index}`).not.toMatch(ENGLISH);
    }
    for (const [index, cue] of session.cues.entries()) {
      if (cue.kind === "countdown") {
        expect(cue.text).toMatch(/^\d+$/);
        continue;
      }
      expect(cue.text, `cue ${index}`).not.toBe(english.cues[index]?.text);
      expect(cue.text, `cue ${index}`).not.toMatch(ENGLISH);
    }
  });

  it("matches its golden timeline of the built-in routine", async () => {
    await expect(timeline(scheduleSession(backSpasmRoutine, { locale: pack }))).toMatchFileSnapshot(
      `golden/${tag}.txt`,
    );
  });

  it("keeps the seed's facts in words: the hold for as long as is comfortable, and stopping a stretch that hurts", () => {
    const hold = pack.messages["step.hold"];
    const base = { stretchId: "forward-roll", stretch: "x", side: null, limb: null, repetition: 1, repetitions: 3 };
    expect(hold({ ...base, seconds: 20, endsOnUser: true })).not.toBe(
      hold({ ...base, seconds: 20, endsOnUser: false }),
    );
    expect(pack.safety.avoidIfPain).not.toBe(en.safety.avoidIfPain);
    expect(pack.safety.stopWhenItHurts.length).toBeGreaterThan(0);
  });

  it("gives a translated view of every built-in stretch, keeping every other field", () => {
    for (const stretch of stretches) {
      const local = localizeStretch(stretch, pack);
      const text = pack.stretches[stretch.id];
      expect([local.name, local.support, local.setup, local.movement]).toEqual([
        text.name,
        text.support,
        text.setup,
        text.movement,
      ]);
      expect({ ...local, name: 0, support: 0, setup: 0, movement: 0 }).toEqual({
        ...stretch,
        name: 0,
        support: 0,
        setup: 0,
        movement: 0,
      });
    }
  });
});

describe("numbers, plurals and sides, written by hand (no Intl)", () => {
  const roll = { stretchId: "forward-roll", stretch: "x" };
  const rest = (seconds: number) =>
    Object.values(packs).map((pack) => pack.messages["step.rest"]({ ...roll, seconds }));

  it("writes a decimal comma and each language's plural", () => {
    expect(rest(1)).toEqual([
      "Ruhen Sie sich 1 Sekunde lang aus.",
      "Descanse 1 segundo.",
      "Reposez-vous pendant 1 seconde.",
    ]);
    expect(rest(2.5)).toEqual([
      "Ruhen Sie sich 2,5 Sekunden lang aus.",
      "Descanse 2,5 segundos.",
      "Reposez-vous pendant 2,5 secondes.",
    ]);
    expect(rest(1.5)[2]).toBe("Reposez-vous pendant 1,5 seconde.");
    expect(rest(2)[2]).toBe("Reposez-vous pendant 2 secondes.");
  });

  it("says a hold that ends on the clock, not on comfort, when the user does not end it", () => {
    const hold = { ...roll, side: null, limb: null, repetition: 1, repetitions: 3, seconds: 20, endsOnUser: false };
    expect(Object.values(packs).map((pack) => pack.messages["step.hold"](hold))).toEqual([
      "Atmen Sie ein und halten Sie die Position 20 Sekunden lang.",
      "Tome aire y mantenga la posición durante 20 segundos.",
      "Inspirez et maintenez la position pendant 20 secondes.",
    ]);
  });

  it("names the stretch alone when a message has a side without a limb, or a limb without a side", () => {
    for (const pack of Object.values(packs)) {
      const step = { ...roll, instruction: "…", repetition: 1, repetitions: 3 };
      for (const [side, limb] of [
        ["left", null],
        [null, "arm"],
      ] as const) {
        expect(pack.messages["step.prepare"]({ ...step, side, limb })).toBe("x. …");
        expect(pack.messages["cue.prepare"]({ ...step, side, limb })).toBe("x. …");
        expect(pack.messages["step.stretch"]({ ...step, side, limb })).toBe(
          pack.messages["step.stretch"]({ ...step, side: null, limb: null }),
        );
      }
    }
  });

  it("declines the side with the limb's gender: linker Arm, linkes Bein", () => {
    const quads = { stretchId: "quadriceps-stretch", stretch: "Quadrizepsdehnung" };
    const prepare = (side: "left" | "right", limb: "arm" | "hand-and-leg") =>
      de.messages["step.prepare"]({ ...quads, side, limb, instruction: "…" });
    expect(prepare("left", "arm")).toBe("Quadrizepsdehnung, linker Arm. …");
    expect(prepare("right", "hand-and-leg")).toBe("Quadrizepsdehnung, rechte Hand und rechtes Bein. …");
    expect(es.messages["step.switch-side"]({ ...quads, side: "right", limb: "hand-and-leg" })).toBe(
      "Cambie a la mano y la pierna derechas.",
    );
    expect(fr.messages["step.switch-side"]({ ...quads, side: "right", limb: "arm" })).toBe("Passez au bras droit.");
  });
});
