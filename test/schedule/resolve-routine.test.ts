import { describe, expect, it } from "vitest";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { resolveRoutine } from "../../src/schedule/resolve-routine.js";
import type { Stretch } from "../../src/schema/stretch.js";
import { jsonCopy } from "../helpers/deep-freeze.js";
import { routineOf } from "./helpers.js";

describe("resolveRoutine", () => {
  it("reads a stretch that can change again on every call, never a stale copy", () => {
    const stretch = jsonCopy(getStretch("sideways-reach")) as Stretch & { name: string };
    const index = new Map<string, Stretch>([["sideways-reach", stretch]]);
    const routine = routineOf([{ stretchId: "sideways-reach", repetitions: 1, holdSeconds: 20 }]);
    const first = resolveRoutine(routine, index, undefined);
    stretch.name = "Renamed reach";
    const second = resolveRoutine(routine, index, "right");
    expect(first.ok && first.value[0]?.info.name).toBe("Sideways reach");
    expect(second.ok && second.value[0]?.info.name).toBe("Renamed reach");
    expect(second.ok && second.value[0]?.sides).toEqual(["right", "left"]);
  });

  it("joins the setup and the movement into one instruction each", () => {
    const index = new Map<string, Stretch>([["spine-rotation", getStretch("spine-rotation")]]);
    const result = resolveRoutine(
      routineOf([{ stretchId: "spine-rotation", repetitions: 1, holdSeconds: 20, sides: "left" }]),
      index,
      "right",
    );
    expect(result.ok && result.value[0]?.info.firstSetup).toBe(
      "Sit up straight and rest one hand on the opposite knee.",
    );
    expect(result.ok && result.value[0]?.sides).toEqual(["left"]);
  });
});
