import { describe, expectTypeOf, it } from "vitest";
import { type Catalog, createCatalog } from "../../src/catalog/create-catalog.js";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { stretches } from "../../src/catalog/stretches.js";
import { adaptRoutine } from "../../src/compose/adapt-routine.js";
import { combineRoutines } from "../../src/compose/combine-routines.js";
import { composeRoutine, type RoutineSpec } from "../../src/compose/compose-routine.js";
import { type RoutineValidation, validateRoutine } from "../../src/compose/validate-routine.js";
import type { Routine } from "../../src/schema/routine.js";
import type { BuiltInStretchId, Stretch } from "../../src/schema/stretch.js";

const neckTilt: Stretch = defineStretch({
  ...getStretch("forward-roll"),
  id: "my-placeholder",
  name: "Placeholder",
});

describe("composer types", () => {
  it("a spec naming an unknown built-in id does not compile with the built-in catalog", () => {
    // @ts-expect-error "forward-rol" is not a BuiltInStretchId
    composeRoutine({ id: "a", name: "A", items: ["forward-rol"] });
    // @ts-expect-error the object form is checked too
    composeRoutine({ id: "a", name: "A", items: [{ stretchId: "forward-rol" }] });
    // @ts-expect-error passing the built-in stretches explicitly keeps the literal ids
    composeRoutine({ id: "a", name: "A", items: ["forward-rol"] }, { catalog: stretches });
    expectTypeOf(composeRoutine({ id: "a", name: "A", items: ["forward-roll"] })).toEqualTypeOf<Routine>();
  });

  it("a custom catalog accepts its own ids", () => {
    const catalog = createCatalog([neckTilt]);
    expectTypeOf(catalog).toEqualTypeOf<Catalog<string>>();
    composeRoutine({ id: "a", name: "A", items: ["my-placeholder", "forward-roll"] }, { catalog });
    adaptRoutine(composeRoutine({ id: "a", name: "A", items: ["forward-roll"] }), {
      exclude: ["my-placeholder"],
      catalog,
    });
  });

  it("a catalog of literal ids keeps them", () => {
    const catalog = createCatalog([{ ...getStretch("forward-roll"), id: "slow-roll" }]);
    expectTypeOf(catalog).toEqualTypeOf<Catalog<BuiltInStretchId | "slow-roll">>();
    composeRoutine({ id: "a", name: "A", items: ["slow-roll"] }, { catalog });
    // @ts-expect-error "fast-roll" is not in that catalog
    composeRoutine({ id: "a", name: "A", items: ["fast-roll"] }, { catalog });
    const own = createCatalog([{ ...getStretch("forward-roll"), id: "slow-roll" }], { builtIns: false });
    expectTypeOf(own).toEqualTypeOf<Catalog<"slow-roll">>();
  });

  it("exclude takes the catalog's ids", () => {
    // @ts-expect-error "spine-rotaton" is misspelled
    adaptRoutine(stretchesRoutine(), { exclude: ["spine-rotaton"] });
    // @ts-expect-error a position is "seated", "standing", "lying" or "kneeling"
    adaptRoutine(stretchesRoutine(), { position: "upside-down" });
    // @ts-expect-error repetitions are "min" or "max"
    adaptRoutine(stretchesRoutine(), { repetitions: 3 });
    expectTypeOf(adaptRoutine(stretchesRoutine(), { exclude: ["spine-rotation"] })).toEqualTypeOf<Routine>();
  });

  it("combineRoutines needs an id and a name", () => {
    // @ts-expect-error the name is required
    combineRoutines([stretchesRoutine()], { id: "a" });
    expectTypeOf(combineRoutines).returns.toEqualTypeOf<Routine>();
  });

  it("validateRoutine takes anything and narrows on ok", () => {
    const result = validateRoutine(JSON.parse("{}") as unknown);
    expectTypeOf(result).toEqualTypeOf<RoutineValidation>();
    if (result.ok) {
      expectTypeOf(result.routine).toEqualTypeOf<Routine>();
      // @ts-expect-error a valid result has no issues
      void result.issues;
    } else {
      expectTypeOf(result.issues[0]?.code).toEqualTypeOf<import("../../src/errors.js").IssueCode | undefined>();
    }
  });

  it("outputs are readonly and specs accept undefined for optional fields", () => {
    const spec: RoutineSpec = {
      id: "a",
      name: "A",
      items: [{ stretchId: "forward-roll", repetitions: undefined, sides: undefined }],
      frequency: undefined,
    };
    const routine = composeRoutine(spec);
    // @ts-expect-error routines are readonly
    routine.items[0].repetitions = 4;
  });
});

function stretchesRoutine(): Routine {
  return composeRoutine({ id: "a", name: "A", items: ["forward-roll", "spine-rotation"] });
}
