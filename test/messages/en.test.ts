import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { englishMessages } from "../../src/messages/en.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";

const roll = { stretchId: "forward-roll", stretch: "Forward roll" };
const rep = { ...roll, side: null, limb: null, repetition: 2, repetitions: 3 } as const;

describe("englishMessages", () => {
  it("has a text for every message key, and no other", () => {
    expect(Object.keys(englishMessages)).toEqual([
      "step.prepare",
      "step.stretch",
      "step.hold",
      "step.release",
      "step.rest",
      "step.switch-side",
      "cue.prepare",
      "cue.next",
      "cue.halfway",
      "cue.countdown",
      "cue.switch-side",
    ]);
  });

  it("gets plurals right: 1 second, 20 seconds, 2.5 seconds", () => {
    expect(englishMessages["step.rest"]({ ...roll, seconds: 1 })).toBe("Rest for 1 second.");
    expect(englishMessages["step.rest"]({ ...roll, seconds: 20 })).toBe("Rest for 20 seconds.");
    expect(englishMessages["step.hold"]({ ...rep, seconds: 2.5, endsOnUser: false })).toBe(
      "Breathe in and hold for 2.5 seconds.",
    );
    expect(englishMessages["step.hold"]({ ...rep, seconds: 1, endsOnUser: true })).toBe(
      "Breathe in and hold for as long as is comfortable, about 1 second.",
    );
  });

  it("names the side and limb: Left arm, Right hand, Right hand and leg", () => {
    const ease = (side: "left" | "right", limb: "arm" | "hand" | "hand-and-leg") =>
      englishMessages["step.stretch"]({ ...rep, side, limb, instruction: "Move." });
    expect(ease("left", "arm")).toBe("Left arm, repetition 2 of 3. Move.");
    expect(ease("right", "hand")).toBe("Right hand, repetition 2 of 3. Move.");
    expect(ease("right", "hand-and-leg")).toBe("Right hand and leg, repetition 2 of 3. Move.");
    expect(englishMessages["step.stretch"]({ ...rep, instruction: "Move." })).toBe("Repetition 2 of 3. Move.");
  });

  it("names a side only when both the side and the limb are given", () => {
    const texts = (side: "left" | null, limb: "arm" | null) => [
      englishMessages["step.prepare"]({ ...roll, side, limb, instruction: "Sit." }),
      englishMessages["cue.prepare"]({ ...roll, side, limb, instruction: "Sit." }),
      englishMessages["step.stretch"]({ ...rep, side, limb, instruction: "Move." }),
    ];
    expect(texts("left", "arm")).toEqual([
      "Forward roll, left arm. Sit.",
      "Forward roll, left arm. Sit.",
      "Left arm, repetition 2 of 3. Move.",
    ]);
    const unnamed = ["Forward roll. Sit.", "Forward roll. Sit.", "Repetition 2 of 3. Move."];
    expect(texts("left", null)).toEqual(unnamed);
    expect(texts(null, "arm")).toEqual(unnamed);
    expect(texts(null, null)).toEqual(unnamed);
  });

  it("writes every cue: the stretch, next, halfway, the countdown and a side change", () => {
    expect(englishMessages["cue.prepare"]({ ...roll, side: "left", limb: "arm", instruction: "Sit." })).toBe(
      "Forward roll, left arm. Sit.",
    );
    expect(englishMessages["cue.next"](roll)).toBe("Next: Forward roll.");
    expect(englishMessages["cue.halfway"](roll)).toBe("Halfway there.");
    expect(englishMessages["cue.countdown"]({ count: 3 })).toBe("3");
    expect(englishMessages["cue.switch-side"]({ ...roll, side: "left", limb: "hand" })).toBe(
      "Get ready to switch to the left hand.",
    );
    expect(englishMessages["step.release"](rep)).toBe("Breathe out and return to the starting position.");
    expect(englishMessages["step.switch-side"]({ ...roll, side: "right", limb: "arm" })).toBe(
      "Switch to the right arm.",
    );
  });

  it("gives every step and cue of the built-in session a text", () => {
    const session = scheduleSession(backSpasmRoutine);
    for (const item of [...session.steps, ...session.cues]) expect(item.text).toMatch(/\S/);
  });

  it("uses no locale API, so that the same input gives the same text on every machine", () => {
    for (const folder of ["src/messages", "src/schedule"]) {
      for (const file of readdirSync(folder)) {
        const source = readFileSync(join(folder, file), "utf8");
        expect(source, file).not.toMatch(/toLocale|Intl\.|new Date|Date\.now/);
      }
    }
  });
});
