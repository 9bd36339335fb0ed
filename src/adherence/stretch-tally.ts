import type { PlanItem } from "../plan/plan-schema.js";
import type { Side } from "../schema/routine.js";

/** The tally of one stretch on one side, while records are read. */
export interface StretchRow {
  readonly stretchId: string;
  readonly side: Side | null;
  repsDone: number;
  repsPlanned: number;
  holdAchieved: number;
  holdPlanned: number;
  pain: number;
}

/** One stretch's rows: left, right, without sides. */
export interface StretchEntry {
  readonly stretchId: string;
  readonly rows: [StretchRow | undefined, StretchRow | undefined, StretchRow | undefined];
}

const SIDES = ["left", "right", null] as const;

/**
 * The holds of one session as the plan lays them out (each item's repetitions in a row): per
 * position, the stretch id and side that a record from the player has there, and the row they add
 * to. Records list their holds in this order, so a hold is compared with the one expected at its
 * position first: the ids and sides of a checked plan are valid, so an equal hold needs neither a
 * slug check nor a look-up by id.
 */
export interface HoldLayout {
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
  /** The entries by stretch id. */
  readonly byId: Map<string, StretchEntry> = new Map();
  /** The holds of one planned session, in order. */
  readonly layout: HoldLayout;

  constructor(items: readonly PlanItem[]) {
    const stretchIds: string[] = [];
    const sides: (Side | null)[] = [];
    const rows: StretchRow[] = [];
    for (const item of items) {
      const row = this.row(this.entry(item.stretchId), item.side === "left" ? 0 : item.side === "right" ? 1 : 2);
      for (let repetition = 0; repetition < item.repetitions; repetition++) {
        stretchIds.push(item.stretchId);
        sides.push(item.side);
        rows.push(row);
      }
    }
    this.planRows = this.rows.length;
    this.layout = { stretchIds, sides, rows };
  }

  /** The entry of a stretch, made on first use. */
  entry(stretchId: string): StretchEntry {
    let entry = this.byId.get(stretchId);
    if (entry === undefined) {
      entry = { stretchId, rows: [undefined, undefined, undefined] };
      this.byId.set(stretchId, entry);
    }
    return entry;
  }

  /** The row of a stretch on a side (0 left, 1 right, 2 none), made on first use. */
  row(entry: StretchEntry, sideIndex: 0 | 1 | 2): StretchRow {
    let row = entry.rows[sideIndex];
    if (row === undefined) {
      row = {
        stretchId: entry.stretchId,
        side: SIDES[sideIndex],
        repsDone: 0,
        repsPlanned: 0,
        holdAchieved: 0,
        holdPlanned: 0,
        pain: 0,
      };
      entry.rows[sideIndex] = row;
      this.rows.push(row);
    }
    return row;
  }
}
