import type { Side } from "../schema/common.js";
import type { PlanItem } from "../schema/plan.js";
import type { PainScore, StretchAdherence } from "./types.js";

/** The tally of one stretch on one side, while records are read. */
export interface StretchRow {
  readonly stretchId: string;
  readonly side: Side | null;
  repsDone: number;
  repsPlanned: number;
  holdAchieved: number;
  holdPlanned: number;
  pain: number;
  readonly painScores: PainScore[];
}

const SIDES = ["left", "right", null] as const;

/** A side's index in {@link SIDES}, or -1 for a value that is no side. */
export function sideIndexOf(side: Side | null): 0 | 1 | 2;
export function sideIndexOf(side: unknown): 0 | 1 | 2 | -1;
export function sideIndexOf(side: unknown): 0 | 1 | 2 | -1 {
  return side === "left" ? 0 : side === "right" ? 1 : side === null ? 2 : -1;
}

/**
 * The holds of one session as the plan lays them out (each item's repetitions in a row): per
 * position, the stretch id and side that a record from the player has there, and the row they add
 * to. Records list their holds in this order, so a hold is compared with the one expected at its
 * position first, and needs neither an id check nor a look-up when it is that one.
 */
interface HoldLayout {
  readonly stretchIds: readonly string[];
  readonly sides: readonly (Side | null)[];
  readonly rows: readonly StretchRow[];
}

/** The tallies per stretch and side: the plan's rows first, in its order, then any others as met. */
export class StretchTally {
  /** Every row, in the order first asked for. */
  readonly rows: StretchRow[] = [];
  /** How many of `rows` are the plan's. */
  readonly planRows: number;
  /** The rows of each stretch, by id: left, right, without sides. */
  private readonly byId = new Map<string, (StretchRow | undefined)[]>();
  /** The holds of one planned session, in order. */
  readonly layout: HoldLayout;

  constructor(items: readonly PlanItem[]) {
    const stretchIds: string[] = [];
    const sides: (Side | null)[] = [];
    const rows: StretchRow[] = [];
    for (const item of items) {
      const row = this.row(item.stretchId, sideIndexOf(item.side));
      for (let repetition = 0; repetition < item.repetitions; repetition++) {
        stretchIds.push(item.stretchId);
        sides.push(item.side);
        rows.push(row);
      }
    }
    this.planRows = this.rows.length;
    this.layout = { stretchIds, sides, rows };
  }

  /** The row of a stretch on a side (0 left, 1 right, 2 none), made on first use. */
  row(stretchId: string, sideIndex: 0 | 1 | 2): StretchRow {
    let entry = this.byId.get(stretchId);
    if (entry === undefined) {
      entry = [undefined, undefined, undefined];
      this.byId.set(stretchId, entry);
    }
    let row = entry[sideIndex];
    if (row === undefined) {
      row = {
        stretchId,
        side: SIDES[sideIndex],
        repsDone: 0,
        repsPlanned: 0,
        holdAchieved: 0,
        holdPlanned: 0,
        pain: 0,
        painScores: [],
      };
      entry[sideIndex] = row;
      this.rows.push(row);
    }
    return row;
  }

  /** The rows as the report gives them: the plan's first, then any others by stretch id and side. */
  report(): StretchAdherence[] {
    const avoid = new Set(this.rows.filter((row) => row.pain > 0).map((row) => row.stretchId));
    const sideRank = (side: Side | null): number => SIDES.indexOf(side);
    const others = this.rows
      .slice(this.planRows)
      .sort((a, b) =>
        a.stretchId === b.stretchId ? sideRank(a.side) - sideRank(b.side) : a.stretchId < b.stretchId ? -1 : 1,
      );
    return [...this.rows.slice(0, this.planRows), ...others].map((row) => {
      const scores = row.painScores.map((point) => point.score);
      return {
        stretchId: row.stretchId,
        side: row.side,
        repetitions: { done: row.repsDone, planned: row.repsPlanned },
        holdMs: { achieved: row.holdAchieved, planned: row.holdPlanned },
        painReports: row.pain,
        advice: avoid.has(row.stretchId) ? "avoid" : null,
        painScores: row.painScores,
        firstScore: scores[0] ?? null,
        lastScore: scores[scores.length - 1] ?? null,
        highestScore: scores.reduce<number | null>(
          (high, score) => (high === null || score > high ? score : high),
          null,
        ),
      };
    });
  }
}
