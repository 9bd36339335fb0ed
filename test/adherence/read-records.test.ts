import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateAdherence } from "../../src/adherence/calculate-adherence.js";
import { type HoldSums, type Memo, readHead, readHolds, readPain } from "../../src/adherence/read-records.js";
import { StretchTally } from "../../src/adherence/stretch-tally.js";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { planSessions } from "../../src/plan/plan-sessions.js";
import { HOLD_KEYS, PAIN_KEYS, RECORD_KEYS, SessionRecordSchema } from "../../src/schema/session-record.js";
import { runs } from "../helpers/stryker.js";
import { manual, played } from "./records.js";

/*
 * calculateAdherence reads records with a fast check of its own (the schema costs tens of
 * microseconds a record), and asks the schema for the issues when the check says no. The two must
 * accept and refuse exactly the same values: a record the schema refuses is never counted, and a
 * record the schema accepts is never refused.
 */

const memo = (): Memo => ({ ids: new Set(), days: new Map() });

/** Whether the fast check accepts a record: its own fields, its holds (against a plan's layout, or none) and its pain. */
function isRecord(record: unknown, tally = new StretchTally([])): boolean {
  const m = memo();
  const head = readHead(record, m);
  const sums: HoldSums = { achievedMs: 0, done: 0 };
  return head !== null && readHolds(head.holds ?? [], m, sums, tally) && readPain(head.pain ?? [], tally) !== null;
}

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
      { stretchId: "quadriceps-stretch", side: "left", atMs: 6, note: "knee", score: 7 },
    ],
    effort: 6,
  }),
  played(plan, "d", "2026-11-05", 1, { status: "stopped" }),
  { id: "e", routineId: "back-spasm-stretches", date: "2026-11-06", status: "completed" },
];

describe("the fast record check", () => {
  it("accepts the usual valid records", () => {
    for (const record of validRecords) expect(isRecord(record)).toBe(true);
    expect(isRecord(JSON.parse(JSON.stringify(validRecords[2])))).toBe(true);
  });

  it("accepts and refuses exactly what SessionRecordSchema accepts and refuses, near valid records", () => {
    fc.assert(
      fc.property(fc.oneof(...validRecords.map(changed)), (value) => {
        expect(isRecord(value)).toBe(SessionRecordSchema.safeParse(value).success);
        expect(isRecord(value, new StretchTally(plan.items))).toBe(SessionRecordSchema.safeParse(value).success);
      }),
      { numRuns: runs(4000) },
    );
  });

  it("accepts and refuses exactly what SessionRecordSchema does, for values built from scratch", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isRecord(value)).toBe(SessionRecordSchema.safeParse(value).success);
      }),
    );
  });

  it("lets calculateAdherence count no record that SessionRecordSchema refuses, and refuse none it accepts", () => {
    fc.assert(
      fc.property(fc.oneof(...validRecords.map(changed)), (value) => {
        const counted = (): unknown => calculateAdherence({ plan, records: [value as never], asOf: "2026-11-15" });
        if (SessionRecordSchema.safeParse(value).success) expect(counted).not.toThrow();
        else expect(counted).toThrow(/Invalid adherence input/);
      }),
      { numRuns: runs(3000) },
    );
  });

  it("refuses an inherited enumerable key, as zod's for...in sees it", () => {
    const record = Object.assign(Object.create({ extra: 1 }), manual("a", "2026-11-02"));
    expect(isRecord(record)).toBe(false);
    expect(SessionRecordSchema.safeParse(record).success).toBe(false);
  });
});

/** The keys of a zod/mini object schema (through `.check()`, `optional` and pipes), for drift checks. */
function shapeKeys(schema: unknown): string[] {
  let def = (schema as { _zod: { def: Record<string, unknown> } })._zod.def;
  for (;;) {
    const inner = def["innerType"] ?? def["out"];
    if (inner === undefined) break;
    def = (inner as { _zod: { def: Record<string, unknown> } })._zod.def;
  }
  if (def["element"] !== undefined) return shapeKeys(def["element"]);
  return Object.keys(def["shape"] as object).sort();
}

const shapeOf = (schema: unknown, key: string): unknown =>
  (schema as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape[key];

describe("the key lists of the schema module", () => {
  it("are the keys of the schemas: the fast check reads the same keys as the schema", () => {
    expect([...RECORD_KEYS].sort()).toEqual(shapeKeys(SessionRecordSchema));
    expect([...HOLD_KEYS].sort()).toEqual(shapeKeys(shapeOf(SessionRecordSchema, "holds")));
    expect([...PAIN_KEYS].sort()).toEqual(shapeKeys(shapeOf(SessionRecordSchema, "pain")));
  });
});
