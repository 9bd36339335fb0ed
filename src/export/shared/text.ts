/**
 * A text without the control characters that iCalendar TEXT and FHIR strings cannot hold (those
 * below U+0020 but tab, LF and CR, and DEL), each lone surrogate replaced by U+FFFD: well-formed
 * Unicode, whatever the caller's text held.
 */
export function printable(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if ((code < 0x20 && char !== "\t" && char !== "\n" && char !== "\r") || code === 0x7f) continue;
    out += code >= 0xd800 && code <= 0xdfff ? "\uFFFD" : char;
  }
  return out;
}

/**
 * {@link printable} with every other space character (a no-break space, U+2028, U+3000 and the
 * like) written as a plain space, as FHIR's string pattern `[ \r\n\t\S]+` reads in JSON schema;
 * or `null` when nothing but white space is left: for a field that must hold some content (a FHIR string).
 */
export function printableContent(text: string): string | null {
  const out = printable(text).replace(/[^\S \t\n\r]/g, " ");
  return /\S/.test(out) ? out : null;
}
