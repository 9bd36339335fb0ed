import { beforeEach, describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { createCatalog } from "../../src/catalog/create-catalog.js";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { adaptRoutine } from "../../src/compose/adapt-routine.js";
import { composeRoutine } from "../../src/compose/compose-routine.js";
import { validateRoutine } from "../../src/compose/validate-routine.js";
import type { Routine } from "../../src/schema/routine.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { pathsAndCodes, thrown } from "./helpers.js";

const ids = (routine: Routine): string[] => routine.items.map((item) => item.stretchId);

describe("adaptRoutine: a seated routine for the office", () => {
  // Made in each test, not once when the file loads: mutation testing sees what a test runs.
  let office: Routine;
  beforeEach(() => {
    office = adaptRoutine(backSpasmRoutine, { position: "seated" });
  });

  it("a seated variant keeps the four seated stretches and drops the quadriceps stretch", () => {
    expect(ids(office)).toEqual(["forward-roll", "sideways-reach", "spine-rotation", "gluteal-stretch"]);
  });

  it("keeps each item's dose, sides, the frequency and the companion", () => {
    expect(office.items).toEqual(backSpasmRoutine.items.slice(0, 4));
    expect(office.frequency).toEqual(backSpasmRoutine.frequency);
    expect(office.companions).toEqual(["neck-spasm-exercises"]);
  });

  it("keeps the routine's id and name unless new ones are given", () => {
    expect([office.id, office.name]).toEqual(["back-spasm-stretches", "Back Spasm Stretches"]);
    const renamed = adaptRoutine(backSpasmRoutine, {
      position: "seated",
      id: "office-stretches",
      name: "Office stretches",
    });
    expect([renamed.id, renamed.name]).toEqual(["office-stretches", "Office stretches"]);
  });

  it("a standing variant keeps only the quadriceps stretch", () => {
    expect(ids(adaptRoutine(backSpasmRoutine, { position: "standing" }))).toEqual(["quadriceps-stretch"]);
  });
});

describe("adaptRoutine: without a stretch that hurts, shortest or fullest", () => {
  it("drops excluded stretches and keeps the others in order", () => {
    expect(ids(adaptRoutine(backSpasmRoutine, { exclude: ["spine-rotation", "forward-roll"] }))).toEqual([
      "sideways-reach",
      "gluteal-stretch",
      "quadriceps-stretch",
    ]);
  });

  it("ignores an excluded id the routine does not hold", () => {
    const office = adaptRoutine(backSpasmRoutine, { position: "seated" });
    expect(adaptRoutine(office, { exclude: ["quadriceps-stretch"] })).toEqual(office);
  });

  it("gives every stretch its fewest or its most repetitions: 3 or 4, as the seed says", () => {
    const fullest = adaptRoutine(backSpasmRoutine, { repetitions: "max" });
    expect(fullest.items.map((item) => item.repetitions)).toEqual([4, 4, 4, 4, 4]);
    const shortest = adaptRoutine(fullest, { repetitions: "min" });
    expect(shortest).toEqual(backSpasmRoutine);
  });

  it("without options, returns a checked copy", () => {
    expect(adaptRoutine(backSpasmRoutine)).toEqual(backSpasmRoutine);
    expect(adaptRoutine(backSpasmRoutine)).not.toBe(backSpasmRoutine);
  });

  it("returns fresh, deeply frozen data that validateRoutine accepts, and never mutates the routine", () => {
    const input = deepFreeze(jsonCopy(backSpasmRoutine) as Routine);
    const result = adaptRoutine(input, { position: "seated", repetitions: "max" });
    expect(Object.isFrozen(result.items[0])).toBe(true);
    expect(result.items[0]).not.toBe(input.items[0]);
    expect(JSON.stringify(input)).toBe(JSON.stringify(backSpasmRoutine));
    expect(validateRoutine(result).ok).toBe(true);
  });

  it("drops the new id from the companions, so a routine is never its own companion", () => {
    const result = adaptRoutine(backSpasmRoutine, { id: "neck-spasm-exercises", name: "Renamed" });
    expect(result.companions).toEqual([]);
    expect(validateRoutine(result).ok).toBe(true);
  });
});

describe("adaptRoutine: errors", () => {
  it("refuses excluding every stretch", () => {
    const error = thrown(() =>
      adaptRoutine(backSpasmRoutine, {
        exclude: ["forward-roll", "sideways-reach", "spine-rotation", "gluteal-stretch", "quadriceps-stretch"],
      }),
    );
    expect(error.code).toBe("invalid_options");
    expect(error.issues).toEqual([
      {
        path: ["exclude"],
        code: "empty",
        message: 'leaves no stretch of "back-spasm-stretches": every one is excluded',
      },
    ]);
    const seatedOnly = adaptRoutine(backSpasmRoutine, { position: "seated" });
    expect(pathsAndCodes(thrown(() => adaptRoutine(seatedOnly, { position: "standing" })))).toEqual([
      ["position", "empty"],
    ]);
    expect(
      pathsAndCodes(
        thrown(() => adaptRoutine(backSpasmRoutine, { position: "standing", exclude: ["quadriceps-stretch"] })),
      ),
    ).toEqual([["exclude", "empty"]]);
  });

  it("refuses an excluded id that is not in the catalog (a typo from outside TypeScript)", () => {
    const error = thrown(() => adaptRoutine(backSpasmRoutine, { exclude: ["spine-rotaton" as never] }));
    expect(error.issues).toEqual([
      { path: ["exclude", 0], code: "unknown_stretch", message: '"spine-rotaton" is not a stretch of the catalog' },
    ]);
  });

  it("refuses bad options, all at once", () => {
    const error = thrown(() =>
      adaptRoutine(backSpasmRoutine, { position: "upside-down", repetitions: 3, exclude: "all", colour: 1 } as never),
    );
    expect(error.code).toBe("invalid_options");
    expect(pathsAndCodes(error)).toEqual([
      ["position", "invalid_value"],
      ["exclude", "invalid_type"],
      ["repetitions", "invalid_value"],
      ["colour", "unrecognized_key"],
    ]);
    expect(pathsAndCodes(thrown(() => adaptRoutine(backSpasmRoutine, { exclude: new Array(10_000_000) })))).toEqual([
      ["exclude", "too_big"],
    ]);
  });

  it("says what is wrong in the error's message, first line included", () => {
    const seatedOnly = adaptRoutine(backSpasmRoutine, { position: "seated" });
    const standing = thrown(() => adaptRoutine(seatedOnly, { position: "standing" }));
    expect([standing.code, standing.message]).toEqual([
      "invalid_options",
      'Invalid options\n  - position: no stretch of "back-spasm-stretches" is done standing',
    ]);
    const typo = thrown(() => adaptRoutine(backSpasmRoutine, { exclude: ["spine-rotaton" as never] }));
    expect([typo.code, typo.message]).toEqual([
      "invalid_options",
      'Invalid options\n  - exclude[0]: "spine-rotaton" is not a stretch of the catalog',
    ]);
    expect(thrown(() => adaptRoutine(backSpasmRoutine, { position: "upside-down" } as never)).message).toBe(
      'Invalid options\n  - position: must be one of "seated", "standing", "lying", "kneeling"',
    );
    expect(thrown(() => adaptRoutine(backSpasmRoutine, { position: "lying" })).message).toBe(
      'Invalid options\n  - position: no stretch of "back-spasm-stretches" is done lying',
    );
    const invalid = thrown(() => adaptRoutine({ ...jsonCopy(backSpasmRoutine), items: [] } as Routine));
    expect(invalid.message).toBe("Invalid routine\n  - items: must have at least 1 item");
  });

  it("keeps the stretches of a position a clinician prescribes: lying or kneeling ones of an app's own", () => {
    const lying = defineStretch({
      ...getStretch("gluteal-stretch"),
      id: "lying-gluteal",
      name: "Lying gluteal",
      position: "lying",
    });
    const kneeling = defineStretch({
      ...getStretch("quadriceps-stretch"),
      id: "kneeling-quads",
      name: "Kneeling quads",
      position: "kneeling",
    });
    const catalog = createCatalog([lying, kneeling]);
    const floor = composeRoutine(
      { id: "floor", name: "Floor", items: ["forward-roll", "lying-gluteal", "kneeling-quads"] },
      { catalog },
    );
    expect(adaptRoutine(floor, { position: "lying", catalog }).items.map((item) => item.stretchId)).toEqual([
      "lying-gluteal",
    ]);
    expect(adaptRoutine(floor, { position: "kneeling", catalog }).items.map((item) => item.stretchId)).toEqual([
      "kneeling-quads",
    ]);
    expect(adaptRoutine(floor, { position: "seated", catalog }).items.map((item) => item.stretchId)).toEqual([
      "forward-roll",
    ]);
  });

  it("refuses an invalid routine", () => {
    const error = thrown(() =>
      adaptRoutine({ ...jsonCopy(backSpasmRoutine), items: [] } as Routine, { position: "seated" }),
    );
    expect(error.code).toBe("invalid_routine");
    expect(pathsAndCodes(error)).toEqual([["items", "too_small"]]);
  });

  it("works with a custom catalog", () => {
    // An illustrative placeholder: a standing variant of the seed's forward roll.
    const standingRoll = defineStretch({
      ...getStretch("forward-roll"),
      id: "placeholder-standing-roll",
      name: "Placeholder",
      position: "standing",
    });
    const catalog = createCatalog([standingRoll]);
    const routine = composeRoutine(
      { id: "r", name: "R", items: ["placeholder-standing-roll", "forward-roll"] },
      { catalog },
    );
    expect(ids(adaptRoutine(routine, { position: "seated", catalog }))).toEqual(["forward-roll"]);
    expect(thrown(() => adaptRoutine(routine, { position: "seated" })).code).toBe("invalid_routine");
    expect(thrown(() => adaptRoutine(routine, { catalog: {} as never })).code).toBe("invalid_catalog");
  });
});
