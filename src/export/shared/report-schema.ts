import * as z from "zod/mini";
import {
  MAX_INSTANT_MS,
  MAX_PLAN_DAYS,
  MAX_REPORT_STRETCHES,
  MAX_REPORT_WEEKS,
  MAX_TOTAL_PAIN,
} from "../../schema/bounds.js";
import { dateSchema, idSchema, intIn, listOf, sideSchema } from "../../schema/common.js";
import { scoreSchema } from "../../schema/session-record.js";

/*
 * The parts of an `AdherenceReport` that the exports read, as zod/mini schemas: a report made by
 * `calculateAdherence` passes; one read back from storage is checked before it is used. Other
 * fields are not read (the parse leaves them out of its copy).
 */

/** A count or an amount of milliseconds: a whole number from 0. */
const countSchema = /* @__PURE__ */ intIn(0, MAX_INSTANT_MS);
/** A number from 0 to 1. */
const fractionSchema = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1));

const figureSchema = /* @__PURE__ */ z.object({ numerator: countSchema, denominator: countSchema });

const weekSchema = /* @__PURE__ */ z.object({
  start: dateSchema,
  end: dateSchema,
  target: countSchema,
  completed: countSchema,
  met: /* @__PURE__ */ z.boolean(),
  pending: /* @__PURE__ */ z.boolean(),
});

const nullableScore = /* @__PURE__ */ z.nullable(scoreSchema);

const stretchRowSchema = /* @__PURE__ */ z.object({
  stretchId: idSchema,
  side: /* @__PURE__ */ z.nullable(sideSchema),
  repetitions: /* @__PURE__ */ z.object({ done: countSchema, planned: countSchema }),
  holdMs: /* @__PURE__ */ z.object({ achieved: countSchema, planned: countSchema }),
  painReports: countSchema,
  advice: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.literal("avoid")),
  painScores: /* @__PURE__ */ listOf(
    /* @__PURE__ */ z.object({ date: dateSchema, score: scoreSchema }),
    0,
    MAX_TOTAL_PAIN,
  ),
  firstScore: nullableScore,
  lastScore: nullableScore,
  highestScore: nullableScore,
});

/** The parameters every figure was computed with. */
const parametersSchema = /* @__PURE__ */ z.object({
  completionThreshold: fractionSchema,
  adherentThreshold: fractionSchema,
  permissibleGapDays: /* @__PURE__ */ intIn(1, MAX_PLAN_DAYS),
  painFlagScore: scoreSchema,
  effortFlagScore: scoreSchema,
  since: /* @__PURE__ */ z.nullable(dateSchema),
  excusedDates: /* @__PURE__ */ intIn(0, MAX_PLAN_DAYS),
});

/** The weeks of a report: what `reportToCsv` reads for its `weeks` table. */
export const reportWeeksSchema = /* @__PURE__ */ z.object({
  weeks: /* @__PURE__ */ listOf(weekSchema, 0, MAX_REPORT_WEEKS),
});

/** The per-stretch rows of a report: what `reportToCsv` reads for its `stretches` table. */
export const reportStretchesSchema = /* @__PURE__ */ z.object({
  stretches: /* @__PURE__ */ listOf(stretchRowSchema, 0, MAX_REPORT_STRETCHES),
});

/** The figures of a report with their definition and window: what `reportToBundle` reads. */
export const reportFiguresSchema = /* @__PURE__ */ z.object({
  parameters: parametersSchema,
  sessionAdherence: figureSchema,
  doseAdherence: /* @__PURE__ */ z.extend(figureSchema, { repetitions: figureSchema }),
  sessionRatio: figureSchema,
  classification: /* @__PURE__ */ z.enum(["adherent", "non-adherent", "insufficient-data"]),
  weeks: /* @__PURE__ */ listOf(/* @__PURE__ */ z.object({ start: dateSchema, end: dateSchema }), 0, MAX_REPORT_WEEKS),
});

/** A week of a report, as read. */
export type ReportWeek = z.output<typeof weekSchema>;
/** A per-stretch row of a report, as read. */
export type ReportStretch = z.output<typeof stretchRowSchema>;
/** The figures of a report, as read. */
export type ReportFigures = z.output<typeof reportFiguresSchema>;
