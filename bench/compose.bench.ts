/*
 * validateRoutine on the built-in routine (5 items) and on a 100-item routine (the bound), and the
 * floor: the same inputs through the bare zod schema, `RoutineSchema.safeParse`. Inputs are plain
 * JSON copies (as a form or a server sends them), so no call can reuse an earlier one.
 * Goal: within 2 times the bare schema, and under 20 µs for the built-in routine.
 * Run: npx vitest bench --run --config vitest.bench.config.ts bench/compose.bench.ts
 */

import {
  backSpasmRoutine,
  composeRoutine,
  createCatalog,
  defineStretch,
  getStretch,
  RoutineSchema,
  validateRoutine,
} from "stretchkit";
import { bench, describe } from "vitest";

const builtIn: unknown = JSON.parse(JSON.stringify(backSpasmRoutine));

// 100 placeholder stretches (copies of the seed's gluteal stretch under other ids), for a routine at the bound.
const catalog = createCatalog(
  Array.from({ length: 100 }, (_, i) =>
    defineStretch({ ...getStretch("gluteal-stretch"), id: `placeholder-${i}`, name: `Placeholder ${i}` }),
  ),
  { builtIns: false },
);
const large: unknown = JSON.parse(
  JSON.stringify(
    composeRoutine({ id: "large", name: "Large", items: catalog.map((stretch) => stretch.id) }, { catalog }),
  ),
);

describe("the built-in routine (5 items)", () => {
  bench("validateRoutine", () => {
    if (!validateRoutine(builtIn).ok) throw new Error("expected a valid routine");
  });
  bench("RoutineSchema.safeParse (floor)", () => {
    if (!RoutineSchema.safeParse(builtIn).success) throw new Error("expected a valid routine");
  });
});

describe("a 100-item routine", () => {
  bench("validateRoutine", () => {
    if (!validateRoutine(large, { catalog }).ok) throw new Error("expected a valid routine");
  });
  bench("RoutineSchema.safeParse (floor)", () => {
    if (!RoutineSchema.safeParse(large).success) throw new Error("expected a valid routine");
  });
});
