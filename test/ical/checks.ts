import ICAL from "ical.js";
import { expect } from "vitest";

// ical.js parses leniently (a missing UID or DTSTAMP, LF line ends, long lines, a DURATION out
// of the grammar all pass), so the bytes and the required properties are checked here first,
// against RFC 5545, and ical.js then reads the events back.

/** RFC 5545 §3.3.6: `PT16M10S`, `PT1H`, `PT1H0M5S`, `P7D`, `-PT10M`; never `PT1H10S` or a fraction. */
const DURATION = /^[+-]?P(?:\d+W|(?:\d+D)?(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?)$/;

/** One event as ical.js reads it, with what the checks of the text found. */
export interface ParsedEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string | null;
  /** The start, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS` (floating). */
  readonly start: string;
  readonly isDate: boolean;
  /** The duration in seconds, `null` for a whole-day event. */
  readonly durationSeconds: number | null;
  readonly dtstamp: string;
  /** The alarm's trigger in seconds and its text, or `null`. */
  readonly alarm: { readonly triggerSeconds: number; readonly description: string } | null;
}

/** The content lines of a text: CRLF-terminated, each physical line at most 75 octets and whole UTF-8 on its own, then unfolded. */
export function contentLines(text: string): string[] {
  expect(text.endsWith("\r\n"), "the text ends with CRLF").toBe(true);
  const physical = text.slice(0, -2).split("\r\n");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (const line of physical) {
    expect(line, "no bare CR or LF").not.toMatch(/[\r\n]/);
    const bytes = new TextEncoder().encode(line);
    expect(bytes.length, `at most 75 octets: ${line}`).toBeLessThanOrEqual(75);
    expect(decoder.decode(bytes), "each line is whole UTF-8").toBe(line);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(" ")) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  return lines;
}

/** The properties of each component's lines, by name (parameters aside), with the nesting checked. */
function components(lines: readonly string[]): Map<string, string[]>[] {
  const stack: { name: string; props: Map<string, string[]> }[] = [];
  const done: Map<string, string[]>[] = [];
  for (const line of lines) {
    const [, name = "", value = ""] = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line) ?? [];
    expect(name, `a content line: ${line}`).not.toBe("");
    if (name === "BEGIN") stack.push({ name: value, props: new Map([["BEGIN", [value]]]) });
    else if (name === "END") {
      const open = stack.pop();
      expect(open?.name).toBe(value);
      if (open !== undefined) done.push(open.props);
    } else {
      const props = stack.at(-1)?.props;
      expect(props, `inside a component: ${line}`).toBeDefined();
      props?.set(name, [...(props.get(name) ?? []), line]);
    }
  }
  expect(stack).toEqual([]);
  return done;
}

/** Checks a calendar text against RFC 5545's rules that ical.js lets pass, then reads its events with ical.js. */
export function readCalendar(text: string): ParsedEvent[] {
  const all = components(contentLines(text));
  const calendar = all.find((props) => props.get("BEGIN")?.[0] === "VCALENDAR");
  expect(calendar?.get("VERSION")).toEqual(["VERSION:2.0"]);
  expect(calendar?.get("PRODID")?.length).toBe(1);
  for (const props of all.filter((p) => p.get("BEGIN")?.[0] === "VEVENT")) {
    for (const required of ["UID", "DTSTAMP", "DTSTART", "SUMMARY"])
      expect(props.get(required)?.length, required).toBe(1);
    expect(props.get("DTSTAMP")?.[0]).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    expect(props.has("DTEND") && props.has("DURATION"), "never both DTEND and DURATION").toBe(false);
    for (const line of props.get("DURATION") ?? []) expect(line.slice("DURATION:".length)).toMatch(DURATION);
  }
  for (const props of all.filter((p) => p.get("BEGIN")?.[0] === "VALARM")) {
    expect(props.get("ACTION")).toEqual(["ACTION:DISPLAY"]);
    expect(props.get("DESCRIPTION")?.length).toBe(1);
    expect(props.get("TRIGGER")?.[0]?.slice("TRIGGER:".length)).toMatch(DURATION);
  }
  const parsed = new ICAL.Component(ICAL.parse(text));
  return parsed.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const valarm = vevent.getFirstSubcomponent("valarm");
    const start = event.startDate;
    return {
      uid: event.uid,
      summary: event.summary,
      description: (vevent.getFirstPropertyValue("description") as string | null) ?? null,
      start: start.toString(),
      isDate: start.isDate,
      durationSeconds: vevent.hasProperty("duration") ? event.duration.toSeconds() : null,
      dtstamp: String(vevent.getFirstPropertyValue("dtstamp")),
      alarm:
        valarm === null
          ? null
          : {
              triggerSeconds: (
                valarm.getFirstPropertyValue("trigger") as InstanceType<typeof ICAL.Duration>
              ).toSeconds(),
              description: String(valarm.getFirstPropertyValue("description")),
            },
    };
  });
}

/** What a text becomes in an iCalendar value read back: control characters left out, line breaks LF, lone surrogates U+FFFD. */
export function asRead(text: string): string {
  let out = "";
  for (const char of text.replace(/\r\n?/g, "\n")) {
    const code = char.codePointAt(0) as number;
    if ((code < 0x20 && char !== "\t" && char !== "\n") || code === 0x7f) continue;
    out += code >= 0xd800 && code <= 0xdfff ? "\ufffd" : char;
  }
  return out;
}
