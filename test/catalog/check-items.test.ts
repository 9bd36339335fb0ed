import { describe, expect, it } from "vitest";
import { checkItems, itemSides } from "../../src/catalog/check-items.js";
import { indexCatalog } from "../../src/catalog/create-catalog.js";
import type { StretchKitIssue } from "../../src/errors.js";
import type { RoutineItem } from "../../src/schema/routine.js";

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
        { item: item("forward-roll"), index: 0 },
        { item: item("gluteal-stretch", { sides: "left" }), index: 1 },
      ],
      builtIns,
      issues,
    );
    expect(found.map((stretch) => stretch?.id)).toEqual(["forward-roll", "gluteal-stretch"]);
    expect(issues).toEqual([]);
  });

  it("refuses an unknown stretch, the same stretch twice and sides on a stretch without them, in item order", () => {
    const issues: StretchKitIssue[] = [];
    const found = checkItems(
      [
        { item: item("neck-tilt"), index: 0, bare: true },
        { item: item("forward-roll", { firstSide: "right" }), index: 1 },
        { item: item("neck-tilt"), index: 2 },
        { item: item("forward-roll"), index: 4, bare: true },
      ],
      builtIns,
      issues,
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

describe("itemSides", () => {
  it("does a stretch without sides once, with no side", () => {
    expect(itemSides(item("forward-roll"), false, "right")).toEqual([null]);
  });

  it("does one side when the item names it, whatever comes first", () => {
    expect(itemSides(item("gluteal-stretch", { sides: "left", firstSide: "right" }), true, "right")).toEqual(["left"]);
    expect(itemSides(item("gluteal-stretch", { sides: "right" }), true)).toEqual(["right"]);
  });

  it("does both sides, the given first side winning over the item's, else the item's, else left", () => {
    expect(itemSides(item("gluteal-stretch", { firstSide: "left" }), true, "right")).toEqual(["right", "left"]);
    expect(itemSides(item("gluteal-stretch", { sides: "both", firstSide: "right" }), true)).toEqual(["right", "left"]);
    expect(itemSides(item("gluteal-stretch"), true)).toEqual(["left", "right"]);
  });
});
