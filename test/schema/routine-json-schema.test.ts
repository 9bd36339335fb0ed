import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { adaptRoutine } from "../../src/compose/adapt-routine.js";
import { RoutineSchema } from "../../src/schema/routine.js";
import { routineJsonSchema } from "../../src/schema/routine-json-schema.js";
import { jsonCopy } from "../helpers/deep-freeze.js";

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(routineJsonSchema);

describe("routineJsonSchema", () => {
  it("is what zod's toJSONSchema gives for RoutineSchema (draft 2020-12), plus a title and a description", () => {
    const { title, description, ...generated } = routineJsonSchema;
    expect(generated).toEqual(z.toJSONSchema(RoutineSchema, { target: "draft-2020-12" }));
    expect(title).toBe("stretchkit routine");
    expect(description?.length).toBeGreaterThan(0);
  });

  it("is deeply frozen plain JSON", () => {
    expect(Object.isFrozen(routineJsonSchema.properties?.["items"]?.items?.properties)).toBe(true);
    expect(JSON.parse(JSON.stringify(routineJsonSchema))).toEqual(routineJsonSchema);
  });

  it("accepts the built-in routine and its variants with a standard validator (ajv)", () => {
    expect(validate(jsonCopy(backSpasmRoutine))).toBe(true);
    expect(validate(jsonCopy(adaptRoutine(backSpasmRoutine, { position: "seated" })))).toBe(true);
  });

  it("rejects bad documents with a standard validator", () => {
    const bad = (patch: Record<string, unknown>) => ({ ...jsonCopy(backSpasmRoutine), ...patch });
    const item = backSpasmRoutine.items[0];
    const cases: [string, unknown][] = [
      ["no items", bad({ items: [] })],
      ["101 items", bad({ items: new Array(101).fill(item) })],
      ["21 repetitions", bad({ items: [{ ...item, repetitions: 21 }] })],
      ["a fractional hold", bad({ items: [{ ...item, holdSeconds: 2.5 }] })],
      ["an unknown key", bad({ colour: "blue" })],
      ["an id that is not kebab-case", bad({ id: "Back Spasm" })],
      ["a side that does not exist", bad({ items: [{ ...item, sides: "middle" }] })],
      ["8 sessions a week", bad({ frequency: { ...backSpasmRoutine.frequency, sessionsPerWeek: { min: 3, max: 8 } } })],
      ["a missing name", { ...jsonCopy(backSpasmRoutine), name: undefined }],
      ["not an object", [backSpasmRoutine]],
    ];
    for (const [label, document] of cases) {
      expect({ label, valid: validate(JSON.parse(JSON.stringify(document))) }).toEqual({ label, valid: false });
    }
  });
});
