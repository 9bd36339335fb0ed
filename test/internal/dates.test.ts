import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOfWeek, daysInMonth, fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { isIsoDate } from "../../src/schema/common.js";
import { addDays } from "../helpers/dates.js";

const MS_PER_DAY = 86_400_000;

/** Day numbers from 1900-01-01 to 2999-12-31, the range isIsoDate accepts. */
const FIRST_DAY = Date.UTC(1900, 0, 1) / MS_PER_DAY;
const LAST_DAY = Date.UTC(2999, 11, 31) / MS_PER_DAY;
const dayNumbers = fc.integer({ min: FIRST_DAY, max: LAST_DAY });

/** The reference: the same date through Date's UTC methods (tests may use Date; src/ may not). */
const utcIso = (dayNumber: number): string => new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);

describe("isIsoDate", () => {
  it("accepts real calendar dates written YYYY-MM-DD", () => {
    for (const date of ["2026-11-02", "2024-02-29", "2000-02-29", "1900-01-01", "2999-12-31", "2026-12-31"]) {
      expect(isIsoDate(date), date).toBe(true);
    }
  });

  it("refuses dates that do not exist, other formats and years outside 1900 to 2999", () => {
    for (const date of [
      "2026-02-30",
      "2026-02-29",
      "2100-02-29",
      "2026-04-31",
      "2026-13-01",
      "2026-00-10",
      "2026-01-00",
      "2026-1-05",
      "2026-01-5",
      " 2026-01-05",
      "2026-01-05T00:00:00Z",
      "20260105",
      "1899-12-31",
      "3000-01-01",
      "",
    ]) {
      expect(isIsoDate(date), date).toBe(false);
    }
  });

  it("agrees with the calendar for every day in range", () => {
    fc.assert(fc.property(dayNumbers, (day) => isIsoDate(utcIso(day))));
  });
});

describe("daysInMonth", () => {
  it("knows the lengths of months and the leap-year rule", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2026, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});

describe("toDayNumber and fromDayNumber", () => {
  it("count whole days from 1970-01-01", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(toDayNumber("2026-11-02")).toBe(20_759);
    expect(fromDayNumber(20_759)).toBe("2026-11-02");
    expect(fromDayNumber(-25_567)).toBe("1900-01-01");
  });

  it("match the UTC calendar and invert each other over 1900 to 2999", () => {
    fc.assert(
      fc.property(dayNumbers, (day) => {
        const iso = utcIso(day);
        expect(fromDayNumber(day)).toBe(iso);
        expect(toDayNumber(iso)).toBe(day);
      }),
    );
  });
});

describe("day numbers step across months, years and leap days (addDays of the tests)", () => {
  it("crosses months, years and leap days", () => {
    expect(addDays("2026-11-29", 1)).toBe("2026-11-30");
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(addDays("2000-03-01", -1)).toBe("2000-02-29");
    expect(addDays("2000-02-29", 1)).toBe("2000-03-01");
    expect(addDays("2026-11-02", 27)).toBe("2026-11-29");
    expect(addDays("2026-11-02", 0)).toBe("2026-11-02");
  });

  it("is the same as adding to the day number", () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -400, max: 400 }), (day, days) => {
        fc.pre(day + days >= FIRST_DAY && day + days <= LAST_DAY);
        expect(addDays(utcIso(day), days)).toBe(utcIso(day + days));
      }),
    );
  });
});

describe("dayOfWeek", () => {
  it("gives 0 for Sunday to 6 for Saturday, before 1970 too", () => {
    expect(dayOfWeek(toDayNumber("2026-11-02"))).toBe(1); // a Monday
    expect(dayOfWeek(toDayNumber("2026-11-29"))).toBe(0); // a Sunday
    expect(dayOfWeek(toDayNumber("1970-01-01"))).toBe(4); // a Thursday
    expect(dayOfWeek(toDayNumber("1900-01-01"))).toBe(1); // a Monday
  });

  it("matches the UTC calendar for every day in range", () => {
    fc.assert(
      fc.property(dayNumbers, (day) => {
        expect(dayOfWeek(day)).toBe(new Date(day * MS_PER_DAY).getUTCDay());
      }),
    );
  });
});
