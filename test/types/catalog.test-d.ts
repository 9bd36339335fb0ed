import { describe, expectTypeOf, it } from "vitest";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { stretches } from "../../src/catalog/stretches.js";
import type { BuiltInStretchId, Stretch } from "../../src/schema/stretch.js";

describe("catalog types", () => {
  it("a misspelled built-in id does not compile", () => {
    // @ts-expect-error "forward-rol" is not a BuiltInStretchId
    getStretch("forward-rol");
    expectTypeOf(getStretch).parameter(0).toEqualTypeOf<BuiltInStretchId>();
  });

  it("the built-in ids are a literal union", () => {
    expectTypeOf<BuiltInStretchId>().toEqualTypeOf<
      "forward-roll" | "sideways-reach" | "spine-rotation" | "gluteal-stretch" | "quadriceps-stretch"
    >();
  });

  it("stretches are readonly at every depth", () => {
    const first = stretches[0];
    expectTypeOf(first).toEqualTypeOf<(Stretch & { readonly id: BuiltInStretchId }) | undefined>();
    // @ts-expect-error the hold is readonly
    getStretch("forward-roll").hold.targetSeconds = 30;
    // @ts-expect-error steps are readonly arrays
    getStretch("forward-roll").setup.push("x");
  });

  it("a stretch's position and laterality are literal unions", () => {
    expectTypeOf<Stretch["position"]>().toEqualTypeOf<"seated" | "standing" | "lying" | "kneeling">();
    expectTypeOf<Stretch["laterality"]>().toEqualTypeOf<
      { readonly kind: "none" } | { readonly kind: "unilateral"; readonly changes: "arm" | "hand" | "hand-and-leg" }
    >();
  });
});
