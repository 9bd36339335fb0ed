/*
 * calculateAdherence over 1,000, 10,000 and 100,000 records on a 10-year plan (520 weeks, 4 days a
 * week, 3 sessions a day), and the floor: one pass that reads every record's holds.
 * Records go through JSON first, as records read back from storage would.
 * Goal: under 100 ms at 100,000 records; 10 times the records within 12 times the time.
 * Run: npx vitest bench --run --config vitest.bench.config.ts bench/adherence.bench.ts
 */

import { backSpasmRoutine, calculateAdherence, type PlanItem, planSessions, type SessionRecord } from "stretchkit";
import { bench, describe } from "vitest";
import { manual, played } from "../test/adherence/records.js";
import { addDays } from "../test/helpers/dates.js";

const plan = planSessions(backSpasmRoutine, {
  start: "2020-01-06",
  weeks: 520,
  sessionsPerWeek: 4,
  sessionsPerDay: 3,
});
const asOf = plan.end;

/**
 * `count` records spread evenly over the plan: 9 in 10 from the player (27 holds), 1 in 10 by hand;
 * 1 in 97 with a scored pain report, 1 in 7 with an effort rating.
 */
function makeRecords(count: number): SessionRecord[] {
  const records: SessionRecord[] = [];
  for (let index = 0; index < count; index++) {
    const id = `r${index}`;
    const date = addDays(plan.start, Math.floor((index * 3640) / count));
    if (index % 10 === 9) {
      records.push(manual(id, date));
      continue;
    }
    const held = (item: PlanItem, repetition: number): number => item.holdMs - ((index + repetition) % 5) * 2_000;
    const pain =
      index % 97 === 0
        ? [{ stretchId: "quadriceps-stretch", side: "left" as const, atMs: 1_795_000_000_000, score: index % 11 }]
        : [];
    records.push(played(plan, id, date, held, { pain, ...(index % 7 === 0 ? { effort: index % 11 } : {}) }));
  }
  // Through JSON, as records read back from storage would be.
  return JSON.parse(JSON.stringify(records)) as SessionRecord[];
}

const sizes = [1_000, 10_000, 100_000] as const;
const inputs = new Map(sizes.map((size) => [size, makeRecords(size)]));

describe("calculateAdherence", () => {
  for (const size of sizes) {
    const records = inputs.get(size) ?? [];
    bench(`${size.toLocaleString("en")} records`, () => {
      calculateAdherence({ plan, records, asOf });
    });
  }
});

describe("floor: 100,000 records", () => {
  const records = inputs.get(100_000) ?? [];
  bench("one pass that reads every record's holds (achievedMs)", () => {
    let total = 0;
    for (const record of records) for (const hold of record.holds ?? []) total += hold.achievedMs;
    if (total < 0) throw new Error("unreachable");
  });
  bench("one pass that reads every field of every hold", () => {
    let total = 0;
    for (const record of records) {
      for (const hold of record.holds ?? []) {
        total += hold.achievedMs + hold.plannedMs + hold.repetition + hold.stretchId.length;
        if (hold.skipped || hold.side === null) total++;
      }
    }
    if (total < 0) throw new Error("unreachable");
  });
});
