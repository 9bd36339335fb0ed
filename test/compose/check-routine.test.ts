import { describe, expect, it } from "vitest";
import { indexCatalog } from "../../src/catalog/create-catalog.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { checkItems, sidesOf } from "../../src/compose/check-routine.js";
import type { StretchKitIssue } from "../../src/errors.js";
import type { RoutineItem } from "../../src/schema/routine.js";
import type { BuiltInStretchId } from "../../src/schema/stretch.js";

const builtIns = (() => {
  const index = indexCatalog(undefined);
  if (!index.ok) throw new Error("the built-in catalog is valid");
  return index.value;
})();

const item = (stretchId: string, extra: Partial<RoutineItem> = {}): RoutineItem => ({
  stretchId,
  repetitions: 3,
  holdSeconds: 20,
  ...extra,
});

describe("checkItems", () => {
  it("returns each item's stretch and pushes no issue for a valid list", () => {
    const issues: StretchKitIssue[] = [];
    const found = checkItems(
      [
        { ...item("forward-roll"), index: 0 },
        { ...item("gluteal-stretch", { sides: "left" }), index: 1 },
      ],
      builtIns,
      issues,
      [],
    );
    expect(found.map((stretch) => stretch?.id)).toEqual(["forward-roll", "gluteal-stretch"]);
    expect(issues).toEqual([]);
  });

  it("refuses an unknown stretch, the same stretch twice and sides on a stretch without them, in item order", () => {
    const issues: StretchKitIssue[] = [];
    const found = checkItems(
      [
        { ...item("neck-tilt"), index: 0, bare: true },
        { ...item("forward-roll", { firstSide: "right" }), index: 1 },
        { ...item("neck-tilt"), index: 2 },
        { ...item("forward-roll"), index: 4, bare: true },
      ],
      builtIns,
      issues,
      [],
    );
    expect(found.map((stretch) => stretch?.id)).toEqual([undefined, "forward-roll", undefined, undefined]);
    expect(issues).toEqual([
      { path: ["items", 0], code: "unknown_stretch", message: '"neck-tilt" is not a stretch of the catalog' },
      {
        path: ["items", 1, "firstSide"],
        code: "conflict",
        message: 'the stretch "forward-roll" has no sides; leave firstSide out',
      },
      {
        path: ["items", 2, "stretchId"],
        code: "duplicate_item",
        message: 'the stretch "neck-tilt" is already item 0; a stretch appears once in a routine',
      },
      {
        path: ["items", 4],
        code: "duplicate_item",
        message: 'the stretch "forward-roll" is already item 1; a stretch appears once in a routine',
      },
    ]);
  });
});

describe("sidesOf", () => {
  const checked = (stretchId: BuiltInStretchId, extra: Partial<RoutineItem> = {}) => ({
    item: item(stretchId, extra),
    stretch: getStretch(stretchId),
  });

  it("does a stretch without sides once, with no side", () => {
    expect(sidesOf(checked("forward-roll"), "right")).toEqual([null]);
  });

  it("does one side when the item names it, whatever comes first", () => {
    expect(sidesOf(checked("gluteal-stretch", { sides: "left", firstSide: "right" }), "right")).toEqual(["left"]);
    expect(sidesOf(checked("gluteal-stretch", { sides: "right" }))).toEqual(["right"]);
  });

  it("does both sides, the given first side winning over the item's, else the item's, else left", () => {
    expect(sidesOf(checked("gluteal-stretch", { firstSide: "left" }), "right")).toEqual(["right", "left"]);
    expect(sidesOf(checked("gluteal-stretch", { sides: "both", firstSide: "right" }))).toEqual(["right", "left"]);
    expect(sidesOf(checked("gluteal-stretch"))).toEqual(["left", "right"]);
  });
});
