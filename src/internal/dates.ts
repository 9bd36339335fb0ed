/**
 * Civil-date arithmetic on ISO dates (`YYYY-MM-DD`) as whole days since 1970-01-01, without `Date`,
 * so that no result depends on the host's time zone. Algorithms after Howard Hinnant's
 * "chrono-compatible low-level date algorithms" (public domain). Which dates are valid is the
 * schema's business (`isIsoDate` of `schema/common.ts`).
 */

/** Days in a month of a year of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whole days from 1970-01-01 to a valid ISO date. */
export function toDayNumber(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of a day number from {@link toDayNumber}. */
export function fromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The day of the week of a day number: 0 for Sunday, 1 for Monday, ..., 6 for Saturday. */
export function dayOfWeek(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * An instant in milliseconds from 1970 as an ISO 8601 date and time in UTC, by arithmetic on days:
 * `2026-11-04T07:30:00Z`, with `.250` when it has milliseconds.
 */
export function isoInstant(ms: number): string {
  const day = Math.floor(ms / 86_400_000);
  const inDay = ms - day * 86_400_000;
  const two = (value: number): string => String(value).padStart(2, "0");
  const time = `${two(Math.floor(inDay / 3_600_000))}:${two(Math.floor(inDay / 60_000) % 60)}:${two(Math.floor(inDay / 1000) % 60)}`;
  const rest = inDay % 1000;
  return `${fromDayNumber(day)}T${time}${rest === 0 ? "" : `.${String(rest).padStart(3, "0")}`}Z`;
}
