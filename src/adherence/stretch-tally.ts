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

/** One stretch's rows (left, right, without sides) and the stretch the plan does after it. */
export interface StretchEntry {
  readonly stretchId: string;
  readonly rows: [StretchRow | undefined, StretchRow | undefined, StretchRow | undefined];
  next: StretchEntry | undefined;
}

const SIDES = ["left", "right", null] as const;

/** The tallies per stretch and side: the plan's rows first, in its order, then any others as met. */
export class StretchTally {
  /** The plan's first stretch: where a record's holds start. */
  readonly first: StretchEntry | undefined;
  /** Every row, in the order first asked for. */
  readonly rows: StretchRow[] = [];
  /** How many of `rows` are the plan's. */
  readonly planRows: number;
  /** The entries by stretch id. */
  readonly byId: Map<string, StretchEntry> = new Map();

  constructor(items: readonly PlanItem[]) {
    let first: StretchEntry | undefined;
    let previous: StretchEntry | undefined;
    for (const item of items) {
      const entry = this.entry(item.stretchId);
      first ??= entry;
      this.row(entry, item.side === "left" ? 0 : item.side === "right" ? 1 : 2);
      if (previous !== undefined && previous !== entry && previous.next === undefined) previous.next = entry;
      previous = entry;
    }
    this.first = first;
    this.planRows = this.rows.length;
  }

  /** The entry of a stretch, made on first use. */
  entry(stretchId: string): StretchEntry {
    let entry = this.byId.get(stretchId);
    if (entry === undefined) {
      entry = { stretchId, rows: [undefined, undefined, undefined], next: undefined };
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
