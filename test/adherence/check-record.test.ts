import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateAdherence } from "../../src/adherence/calculate-adherence.js";
import { createMemo, isPlan, isRecord } from "../../src/adherence/check-record.js";
import { StretchTally } from "../../src/adherence/stretch-tally.js";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { PlanSchema } from "../../src/plan/plan-schema.js";
import { planSessions } from "../../src/plan/plan-sessions.js";
import { SessionRecordSchema } from "../../src/schema/session-record.js";
import { manual, played } from "./records.js";

/*
 * calculateAdherence trusts these fast checks only when they say yes, and asks the schemas for
 * the issues otherwise. So: whatever a check accepts, its schema must accept; and the checks
 * must accept the usual valid input, or they would only cost time.
 */

const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 2, sessionsPerDay: 2 });

const oddValues = fc.constantFrom<unknown>(
  undefined,
  null,
  -1,
  0,
  1.5,
  20_001,
  600_001,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  9_007_199_254_740_992,
  "",
  "x",
  "Forward Roll",
  "forward--roll",
  "a".repeat(65),
  "a".repeat(201),
  "2026-02-30",
  "2026-11-02",
  "left",
  "up",
  "both",
  "completed",
  "monday",
  "2026-11-06",
  "2026-11-12",
  true,
  [],
  {},
  "z".repeat(1001),
);

type Path = readonly (string | number)[];

/**
 * The path of every node of a value (objects, arrays and leaves), with only the first two entries
 * of each array, so that every key of the shape is about as likely to be changed.
 */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) {
    value.slice(0, 2).forEach((item, index) => {
      out.push(...pathsOf(item, [...prefix, index]));
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...prefix, key]));
  }
  return out;
}

/** One change to make at a path: replace the node, delete it, or add an unknown key to it. */
type Change =
  | { readonly kind: "replace"; readonly value: unknown }
  | { readonly kind: "delete" }
  | { readonly kind: "add"; readonly key: string };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  oddValues.map((value) => ({ kind: "replace" as const, value })),
  fc.constant({ kind: "delete" as const }),
  fc.constantFrom("extra", "__proto__", "constructor").map((key) => ({ kind: "add" as const, key })),
);

/** A copy of `value` with one change at `path`; the input is left alone. */
function change(value: unknown, path: Path, what: Change): unknown {
  if (path.length === 0) {
    if (what.kind === "replace") return what.value;
    if (what.kind === "add" && typeof value === "object" && value !== null) {
      const copy = Array.isArray(value) ? [...value] : { ...value };
      Object.defineProperty(copy, what.key, { value: 1, enumerable: true, writable: true, configurable: true });
      return copy;
    }
    return value;
  }
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    if (rest.length === 0 && what.kind === "delete") copy.splice(key as number, 1);
    else copy[key as number] = change(copy[key as number], rest, what);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && what.kind === "delete") delete copy[key];
  else copy[key] = change(copy[key], rest, what);
  return copy;
}

/** An arbitrary of 1 to 3 changes to a value, each at one of its paths. */
const changed = (value: unknown): fc.Arbitrary<unknown> =>
  fc
    .array(fc.tuple(fc.constantFrom(...pathsOf(value)), changeArb), { minLength: 1, maxLength: 3 })
    .map((changes) => changes.reduce<unknown>((current, [path, what]) => change(current, path, what), value));

const validRecords = [
  manual("a", "2026-11-02"),
  manual("b", "2026-11-03", "stopped"),
  played(plan, "c", "2026-11-04", 0.5, {
    pain: [
      { stretchId: "forward-roll", side: null, atMs: 5 },
      { stretchId: "quadriceps-stretch", side: "left", atMs: 6, note: "knee" },
    ],
  }),
  played(plan, "d", "2026-11-05", 1, { status: "stopped" }),
];

describe("the fast record check", () => {
  it("accepts the usual valid records", () => {
    for (const record of validRecords) expect(isRecord(record, createMemo())).toBe(true);
    expect(isRecord(JSON.parse(JSON.stringify(validRecords[2])), createMemo())).toBe(true);
  });

  it("accepts nothing that SessionRecordSchema refuses", () => {
    fc.assert(
      fc.property(fc.oneof(...validRecords.map(changed)), (value) => {
        if (isRecord(value, createMemo())) expect(SessionRecordSchema.safeParse(value).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("accepts nothing that SessionRecordSchema refuses, for values built from scratch", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (isRecord(value, createMemo())) expect(SessionRecordSchema.safeParse(value).success).toBe(true);
      }),
    );
  });

  it("accepts nothing that SessionRecordSchema refuses, comparing holds with the plan's layout first", () => {
    for (const record of validRecords) expect(isRecord(record, createMemo(), new StretchTally(plan.items))).toBe(true);
    fc.assert(
      fc.property(fc.oneof(...validRecords.map(changed)), (value) => {
        if (isRecord(value, createMemo(), new StretchTally(plan.items))) {
          expect(SessionRecordSchema.safeParse(value).success).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("lets calculateAdherence count no record that SessionRecordSchema refuses", () => {
    fc.assert(
      fc.property(fc.oneof(...validRecords.map(changed)), (value) => {
        const counted = (): unknown => calculateAdherence({ plan, records: [value as never], asOf: "2026-11-15" });
        if (SessionRecordSchema.safeParse(value).success) expect(counted).not.toThrow();
        else expect(counted).toThrow(/Invalid adherence input/);
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses an inherited enumerable key, as zod's for...in sees it", () => {
    const record = Object.assign(Object.create({ extra: 1 }), manual("a", "2026-11-02"));
    expect(isRecord(record, createMemo())).toBe(false);
    expect(SessionRecordSchema.safeParse(record).success).toBe(false);
  });
});

/** The keys of a zod/mini object schema (through `.check()` and `optional`), for drift checks. */
function shapeKeys(schema: unknown): string[] {
  let def = (schema as { _zod: { def: Record<string, unknown> } })._zod.def;
  while (def["innerType"] !== undefined)
    def = (def["innerType"] as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def["element"] !== undefined) return shapeKeys(def["element"]);
  return Object.keys(def["shape"] as object).sort();
}

const shapeOf = (schema: unknown, key: string): unknown =>
  (schema as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape[key];

describe("the fast checks and the schemas", () => {
  it("know the same keys: a key added to a schema must be added to the fast check too", () => {
    const record = validRecords[2] as Record<string, unknown>;
    expect(shapeKeys(SessionRecordSchema)).toEqual(Object.keys(record).sort());
    expect(shapeKeys(shapeOf(SessionRecordSchema, "holds"))).toEqual(
      Object.keys((record["holds"] as object[])[0] as object).sort(),
    );
    expect(shapeKeys(shapeOf(SessionRecordSchema, "pain"))).toEqual(
      Object.keys((record["pain"] as object[])[1] as object).sort(),
    );
    expect(isRecord(record, createMemo())).toBe(true);
    expect(shapeKeys(PlanSchema)).toEqual(Object.keys(plan).sort());
    expect(shapeKeys(shapeOf(PlanSchema, "items"))).toEqual(Object.keys(plan.items[0] as object).sort());
    expect(shapeKeys(shapeOf(PlanSchema, "sessions"))).toEqual(Object.keys(plan.sessions[0] as object).sort());
  });
});

describe("the fast plan check", () => {
  it("accepts plans from planSessions", () => {
    expect(isPlan(plan, createMemo())).toBe(true);
    expect(isPlan(JSON.parse(JSON.stringify(plan)), createMemo())).toBe(true);
  });

  it("accepts nothing that PlanSchema refuses", () => {
    const small = planSessions(backSpasmRoutine, { start: "2026-11-05", weeks: 1, sessionsPerDay: 2 });
    fc.assert(
      fc.property(changed(small), (value) => {
        if (isPlan(value, createMemo())) expect(PlanSchema.safeParse(value).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
