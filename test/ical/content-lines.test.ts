import { describe, expect, it } from "vitest";
import { escapeText, foldLine, icalDuration, icalUtc } from "../../src/export/ical/content-lines.js";

describe("iCalendar content lines", () => {
  it("escapes a backslash, ; and , and writes each line break as \\n", () => {
    expect(escapeText('a\\b;c,d:e"f')).toBe('a\\\\b\\;c\\,d:e"f');
    expect(escapeText("one\r\ntwo\rthree\nfour")).toBe("one\\ntwo\\nthree\\nfour");
  });

  it("leaves out control characters TEXT cannot hold, keeps tabs, and writes a lone surrogate as U+FFFD", () => {
    expect(escapeText("a\u0000b\u0007c\u001fd\u007fe\tf")).toBe("abcde\tf");
    expect(escapeText("x\ud800y\udc00z🧘")).toBe("x\ufffdy\ufffdz🧘");
    expect(escapeText("\udfff\ud7ff\ue000")).toBe("\ufffd\ud7ff\ue000");
  });

  it("folds at 75 octets, counting the leading space of a continuation, never inside a character", () => {
    expect(foldLine("a".repeat(75))).toBe("a".repeat(75));
    expect(foldLine("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a`);
    expect(foldLine("a".repeat(150))).toBe(`${"a".repeat(75)}\r\n ${"a".repeat(74)}\r\n a`);
    expect(foldLine(`${"a".repeat(74)}ü`)).toBe(`${"a".repeat(74)}\r\n ü`);
    expect(foldLine(`${"a".repeat(72)}🧘`)).toBe(`${"a".repeat(72)}\r\n 🧘`);
    expect(foldLine(`${"a".repeat(71)}🧘`)).toBe(`${"a".repeat(71)}🧘`);
    expect(foldLine(`${"a".repeat(72)}€`)).toBe(`${"a".repeat(72)}€`);
    // The first code point of 2, 3 and 4 octets each makes the line one octet too long.
    expect(foldLine(`${"a".repeat(74)}\u0080`)).toBe(`${"a".repeat(74)}\r\n \u0080`);
    expect(foldLine(`${"a".repeat(73)}\u0800`)).toBe(`${"a".repeat(73)}\r\n \u0800`);
    expect(foldLine(`${"a".repeat(72)}\u{10000}`)).toBe(`${"a".repeat(72)}\r\n \u{10000}`);
  });

  it("writes durations in the grammar of RFC 5545 §3.3.6: hours, then minutes when seconds follow", () => {
    expect([0, 5, 60, 970, 3600, 3603, 3660, 14_400, 86_400, 90_061, 604_800].map(icalDuration)).toEqual([
      "PT0S",
      "PT5S",
      "PT1M",
      "PT16M10S",
      "PT1H",
      "PT1H0M3S",
      "PT1H1M",
      "PT4H",
      "P1D",
      "P1DT1H1M1S",
      "P7D",
    ]);
  });

  it("writes an instant as a UTC DATE-TIME by arithmetic on days, whatever the host's zone", () => {
    expect(icalUtc(0)).toBe("19700101T000000Z");
    expect(icalUtc(951_782_400_000)).toBe("20000229T000000Z");
    expect(icalUtc(1_793_000_000_999)).toBe("20261026T073320Z");
    expect(icalUtc(32_503_679_999_999)).toBe("29991231T235959Z");
  });
});
