import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FhirObservation, recordToObservations } from "../../src/export/fhir/index.js";
import type { SessionRecord } from "../../src/schema/session-record.js";
import { manual } from "../adherence/records.js";
import { jsonCopy } from "../helpers/deep-freeze.js";
import { PATIENT, playedRecord, SYSTEM } from "../helpers/exports.js";
import { fhirIssues, loadValidators } from "./validators.js";

beforeAll(loadValidators, 60_000);

const options = { patient: PATIENT, system: SYSTEM };
// Made in each test, not once when the file loads: mutation testing sees what a test runs.
let session: FhirObservation | undefined;
let pain: FhirObservation | undefined;
let unscored: FhirObservation | undefined;
let rest: FhirObservation[];
beforeEach(() => {
  [session, pain, unscored, ...rest] = recordToObservations(playedRecord, options);
});

/** A code of the caller's system, with the text that says no standard code exists. */
const local = (code: string, display: string) => ({
  coding: [{ system: SYSTEM, code, display }],
  text: `${display} (no standard code exists; a code of ${SYSTEM})`,
});

describe("recordToObservations", () => {
  it("writes the session, then one Observation per pain report, scored or not, each valid FHIR R4, none claiming a profile", () => {
    expect(rest).toEqual([]);
    for (const observation of [session, pain, unscored]) {
      expect(observation).toBeDefined();
      expect(fhirIssues(observation as { resourceType: string })).toEqual([]);
      expect(observation).not.toHaveProperty("meta");
    }
  });

  it("codes the session LOINC 73985-4 'Exercise activity', category activity, with the value 'Stretching exercises'", () => {
    expect(session).toMatchObject({
      resourceType: "Observation",
      id: "nov-04",
      status: "final",
      category: [
        {
          coding: [
            {
              system: "http://terminology.hl7.org/CodeSystem/observation-category",
              code: "activity",
              display: "Activity",
            },
          ],
        },
      ],
      code: { coding: [{ system: "http://loinc.org", code: "73985-4", display: "Exercise activity" }] },
      subject: { reference: "Patient/123" },
      valueCodeableConcept: {
        coding: [{ system: "http://snomed.info/sct", code: "229070002", display: "Stretching exercises" }],
      },
    });
  });

  it("dates the session by its instants in UTC and gives its duration (LOINC 55411-3), time held and planned, status and effort", () => {
    expect(session?.effectivePeriod).toEqual({ start: "2026-11-18T11:06:40Z", end: "2026-11-18T11:21:40Z" });
    const seconds = (value: number) => ({ value, unit: "s", system: "http://unitsofmeasure.org", code: "s" });
    expect(session?.component).toEqual([
      {
        code: { coding: [{ system: "http://loinc.org", code: "55411-3", display: "Exercise duration" }] },
        valueQuantity: seconds(900),
      },
      { code: local("timeHeld", "Time held in stretches"), valueQuantity: seconds(405) },
      { code: local("timePlanned", "Hold time planned"), valueQuantity: seconds(540) },
      { code: local("status", "Session status"), valueString: "stopped" },
      { code: local("effort", "Effort, Borg CR10"), valueInteger: 6 },
    ]);
  });

  it("links the session to its pain Observation, which holds the 0-10 score (LOINC 72514-3), when, where and the user's words", () => {
    expect(session?.hasMember).toEqual([
      { reference: "Observation/nov-04-pain-1" },
      { reference: "Observation/nov-04-pain-2" },
    ]);
    expect(pain).toEqual({
      resourceType: "Observation",
      status: "final",
      code: {
        coding: [
          {
            system: "http://loinc.org",
            code: "72514-3",
            display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
          },
        ],
      },
      subject: { reference: "Patient/123" },
      id: "nov-04-pain-1",
      category: [
        {
          coding: [
            { system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey", display: "Survey" },
          ],
        },
      ],
      effectiveDateTime: "2026-11-18T11:20:00.250Z",
      valueInteger: 7,
      note: [{ text: '=sharp, "stabbing"\nthen dull' }],
      component: [
        { code: local("stretchId", "Stretch"), valueString: "quadriceps-stretch" },
        { code: local("side", "Side"), valueString: "left" },
      ],
    });
  });

  it("dates a record entered by hand by its day, with neither duration nor hold times, and no members without a scored report", () => {
    const [only, ...none] = recordToObservations(manual("by-hand", "2026-11-02"), options);
    expect(none).toEqual([]);
    const { pain: _, ...withoutPain } = manual("by-hand", "2026-11-02");
    expect(recordToObservations(withoutPain, options)).toEqual([only]);
    expect(only?.effectiveDateTime).toBe("2026-11-02");
    expect(only).not.toHaveProperty("effectivePeriod");
    expect(only).not.toHaveProperty("hasMember");
    expect(only?.component).toEqual([{ code: local("status", "Session status"), valueString: "completed" }]);
    expect(fhirIssues(only as { resourceType: string })).toEqual([]);
  });

  it("dates a record with one instant by it, and a pain report without an instant by the record's day (a blank note left out)", () => {
    const started: SessionRecord = {
      ...manual("one-instant", "2026-11-02"),
      startedAtMs: 1_793_600_000_000,
      pain: [{ stretchId: "forward-roll", side: null, score: 0, note: " \u0000\n" }],
    };
    const ended: SessionRecord = { ...manual("one-instant", "2026-11-02"), endedAtMs: 1_793_600_000_999 };
    const [first, firstPain] = recordToObservations(started, options);
    expect(first?.effectivePeriod).toEqual({ start: "2026-11-02T06:13:20Z" });
    expect(firstPain).toMatchObject({ effectiveDateTime: "2026-11-02", valueInteger: 0 });
    expect(firstPain).not.toHaveProperty("note");
    expect(firstPain?.component).toEqual([{ code: local("stretchId", "Stretch"), valueString: "forward-roll" }]);
    expect(recordToObservations(ended, options)[0]?.effectiveDateTime).toBe("2026-11-02T06:13:20.999Z");
    for (const observation of [first, firstPain])
      expect(fhirIssues(observation as { resourceType: string })).toEqual([]);
  });

  it("uses the id given for the session and numbers pain Observations by their place among the reports", () => {
    const record: SessionRecord = {
      ...manual("a record id with spaces", "2026-11-02"),
      pain: [
        { stretchId: "forward-roll", side: null },
        { stretchId: "forward-roll", side: null, score: 2 },
      ],
    };
    const observations = recordToObservations(record, { ...options, id: "s-1" });
    expect(observations.map((observation) => observation.id)).toEqual(["s-1", "s-1-pain-1", "s-1-pain-2"]);
    expect(observations[0]?.hasMember).toEqual([
      { reference: "Observation/s-1-pain-1" },
      { reference: "Observation/s-1-pain-2" },
    ]);
  });

  it("keeps a pain report without a score, with no value and the data-absent reason 'unknown'", () => {
    expect(unscored).toMatchObject({
      id: "nov-04-pain-2",
      code: { coding: [{ system: "http://loinc.org", code: "72514-3" }] },
      dataAbsentReason: {
        coding: [
          { system: "http://terminology.hl7.org/CodeSystem/data-absent-reason", code: "unknown", display: "Unknown" },
        ],
      },
    });
    expect(unscored).not.toHaveProperty("valueInteger");
  });

  it("leaves control characters out of a note, and writes a lone surrogate as U+FFFD", () => {
    const record: SessionRecord = {
      ...manual("noted", "2026-11-02"),
      pain: [{ stretchId: "forward-roll", side: null, score: 4, note: "sore\u0000 \ud800\r\nback\u007f" }],
    };
    expect(recordToObservations(record, options)[1]?.note).toEqual([{ text: "sore \ufffd\r\nback" }]);
  });

  it("writes a no-break space and the other space characters of a note as plain spaces, which FHIR's string pattern allows", () => {
    const record: SessionRecord = {
      ...manual("noted", "2026-11-02"),
      pain: [{ stretchId: "forward-roll", side: null, note: "\u00a0!\u2003lower\u3000back\u2028\ufeff" }],
    };
    const [, pain] = recordToObservations(record, options);
    expect(pain?.note).toEqual([{ text: " ! lower back  " }]);
    expect(fhirIssues(pain as FhirObservation)).toEqual([]);
    const blank = { ...record, pain: [{ stretchId: "forward-roll", side: null, note: "\u00a0\u2003" }] };
    expect(recordToObservations(blank, options)[1]).not.toHaveProperty("note");
  });

  it("changes none of its inputs", () => {
    const before = jsonCopy(playedRecord);
    recordToObservations(playedRecord, Object.freeze({ ...options }));
    expect(playedRecord).toEqual(before);
  });
});
