import { isoInstant } from "../../internal/dates.js";
import { ICAL_LINE_OCTETS } from "../../schema/bounds.js";
import { printable } from "../shared/text.js";

/*
 * The pieces of an iCalendar text (RFC 5545): escaped TEXT values, content lines folded at 75
 * octets, dates, times and durations. Pure arithmetic on numbers and strings: no `Date`, so the
 * same input gives the same bytes in every time zone.
 */

/** How many octets a code point takes in UTF-8. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * A TEXT value (RFC 5545 §3.3.11): a backslash, `;` and `,` escaped with a backslash, each line
 * break (CRLF, CR or LF) written `\n`. Control characters that TEXT cannot hold are left out and a
 * lone surrogate becomes U+FFFD, so that the result is always well-formed UTF-8.
 */
export function escapeText(value: string): string {
  return printable(value.replace(/\r\n?/g, "\n"))
    .replace(/[\\;,]/g, "\\$&")
    .replaceAll("\n", "\\n");
}

/** A content line folded (RFC 5545 §3.1): at most 75 octets a line, never inside a character, each continuation after CRLF and a space. */
export function foldLine(line: string): string {
  let out = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) as number);
    if (octets + size > ICAL_LINE_OCTETS) {
      out += "\r\n ";
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** An ISO date `YYYY-MM-DD` as an iCalendar DATE, `YYYYMMDD`. */
export function icalDate(date: string): string {
  return date.replaceAll("-", "");
}

/** A date and a time of day `HH:MM:SS` as a floating DATE-TIME, `YYYYMMDDTHHMMSS`: the user's local time, wherever they are. */
export function icalLocalTime(date: string, time: string): string {
  return `${icalDate(date)}T${time.replaceAll(":", "")}`;
}

/** An instant in milliseconds as a UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`; milliseconds are dropped. */
export function icalUtc(ms: number): string {
  return `${isoInstant(ms).slice(0, 19).replace(/[-:]/g, "")}Z`;
}

/**
 * A DURATION (RFC 5545 §3.3.6) of whole seconds: `PT16M10S`, `PT1H`, `PT1H0M5S`, `P7D`; `PT0S`
 * for none. Hours are followed by minutes when seconds follow, as the grammar asks.
 */
export function icalDuration(totalSeconds: number): string {
  const days = Math.floor(totalSeconds / 86_400);
  const h = Math.floor(totalSeconds / 3600) % 24;
  const m = Math.floor(totalSeconds / 60) % 60;
  const s = totalSeconds % 60;
  let time = "";
  if (h > 0) time += `${h}H`;
  if (m > 0 || (h > 0 && s > 0)) time += `${m}M`;
  if (s > 0) time += `${s}S`;
  if (days === 0 && time === "") return "PT0S";
  return `P${days > 0 ? `${days}D` : ""}${time === "" ? "" : `T${time}`}`;
}
