/*
 * Every bound and pattern of stretchkit, written once. Each is a plain constant, never a property
 * (`BOUNDS.max`) or a sum (`N - 1`): a bundler keeps a `@__PURE__` call whose arguments read a
 * property or do arithmetic, and with it all of zod.
 */

/** Lower-case letters and digits in words joined by single hyphens, e.g. `forward-roll`. */
export const SLUG_PATTERN: RegExp = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An ISO civil date, `YYYY-MM-DD`, between {@link MIN_YEAR} and {@link MAX_YEAR}. */
export const DATE_PATTERN: RegExp = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;
/** The last day of the calendar that dates allow. */
export const MAX_DATE = "2999-12-31";
/** The longest id of a stretch, a routine or a locale's stretch entry. */
export const MAX_ID_LENGTH = 64;
/** The longest text: a name, an instruction, a note. */
export const MAX_TEXT_LENGTH = 1000;
/** The most entries of a stretch's `support`, `setup`, `movement` or `media`. */
export const MAX_STEPS = 20;
/** The longest whole setup or movement, its steps joined: 20 steps of 1,000 characters and a space each. */
export const MAX_INSTRUCTION_LENGTH = 20_020;
/** The longest text of a session step or cue. */
export const MAX_SESSION_TEXT_LENGTH = 25_000;
/** The longest `src` of a media reference. */
export const MAX_URL_LENGTH = 2000;
export const MIN_REPETITIONS = 1;
export const MAX_REPETITIONS = 20;
export const MIN_HOLD_SECONDS = 1;
export const MAX_HOLD_SECONDS = 600;
/** The longest step of a session, a hold included (600 s), in milliseconds. */
export const MAX_STEP_MS = 600_000;
/** The longest step other than a hold, and the longest cue lead, in seconds. */
export const MAX_STEP_SECONDS = 600;
/** The highest count of the countdown before a hold ends. */
export const MAX_COUNTDOWN = 10;
export const MAX_CATALOG_STRETCHES = 1000;
export const MAX_ROUTINE_ITEMS = 100;
export const MAX_COMPANIONS = 20;
export const MAX_SESSIONS_PER_WEEK = 7;
export const MAX_SESSIONS_PER_DAY = 10;
/** The highest slot of a planned day, from 0. */
export const MAX_SLOT = 9;
/** The longest session: 4 hours, in milliseconds. */
export const MAX_SESSION_MS = 14_400_000;
/** More steps than a session of 100 items of 20 repetitions on 2 sides can have (16,200). */
export const MAX_SESSION_STEPS = 20_000;
/** More cues than a 4-hour session can have. */
export const MAX_SESSION_CUES = 50_000;
/** The largest instant, in milliseconds: `Number.MAX_SAFE_INTEGER`. */
export const MAX_INSTANT_MS = 9_007_199_254_740_991;
export const MAX_RECORD_ID_LENGTH = 200;
/** The most holds or pain reports in one record (100 items × 20 repetitions × 2 sides). */
export const MAX_RECORD_ENTRIES = 4000;
/** The top of the 0–10 scales: the numeric rating of pain and the Borg CR10 rating of effort. */
export const MAX_SCORE = 10;
export const MAX_PLAN_WEEKS = 520;
/** The most days a plan spans, and the longest permissible gap: 520 weeks. */
export const MAX_PLAN_DAYS = 3640;
export const MAX_PLAN_SESSIONS = 36_400;
/** The most entries of a plan's `items`: 100 routine items on 2 sides. */
export const MAX_PLAN_ITEMS = 200;
/** The shortest planned hold, in milliseconds. */
export const MIN_PLAN_HOLD_MS = 1000;
export const MAX_RECORDS = 100_000;
/** The most holds over all the records of one adherence report: 50 a record on average. */
export const MAX_TOTAL_HOLDS = 5_000_000;
/** The most pain reports over all the records of one adherence report: 2 a record on average. */
export const MAX_TOTAL_PAIN = 200_000;
/** The most issues a check of a long list gives (records, a session, a state's lists): past them, a corrupt input costs no more work. */
export const MAX_ISSUES = 100;
/** The longest BCP-47 language tag. */
export const MAX_TAG_LENGTH = 35;
/** A BCP-47 language tag of the common shape: a language, then subtags (`de`, `de-AT`, `zh-Hant-TW`). */
export const TAG_PATTERN: RegExp = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** The most fields a locale may take from its fallbacks: every field of 1,000 stretches and more. */
export const MAX_FALLBACKS = 10_000;

/* The exports (`stretchkit/ical`, `stretchkit/fhir`, `stretchkit/csv`). */

/** The longest iCalendar content line, in octets of UTF-8, the CRLF aside (RFC 5545 §3.1): longer ones are folded. */
export const ICAL_LINE_OCTETS = 75;
/** A civil time of day, `HH:MM` or `HH:MM:SS`, from `00:00` to `23:59:59`. */
export const TIME_PATTERN: RegExp = /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;
/** The latest instant an export writes: the last millisecond of 2999-12-31 in UTC, the last day a date may be. */
export const MAX_EXPORT_INSTANT_MS = 32_503_679_999_999;
/** The longest reminder before a calendar event: one week, in minutes. */
export const MAX_ALARM_MINUTES = 10_080;
/** A domain name, for the right-hand side of calendar UIDs: labels of letters, digits and hyphens joined by dots. */
export const DOMAIN_PATTERN: RegExp =
  /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
/** The longest domain name. */
export const MAX_DOMAIN_LENGTH = 253;
/** A FHIR reference to a patient: `Patient/` and a FHIR id of 1 to 64 letters, digits, `-` or `.`. */
export const PATIENT_REFERENCE_PATTERN: RegExp = /^Patient\/[A-Za-z0-9.-]{1,64}$/;
/** An absolute URI (a scheme, a colon, no white space), for a code system of the caller's own. */
export const URI_PATTERN: RegExp = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
/** A FHIR resource id: 1 to 64 letters, digits, hyphens and dots. */
export const FHIR_ID_PATTERN: RegExp = /^[A-Za-z0-9.-]{1,64}$/;
/** The longest id of a session's Observation: its pain Observations add `-pain-` and a number up to 4,000 (64 in all). */
export const MAX_OBSERVATION_ID_LENGTH = 54;
/** The most weeks of an adherence report: 520, and one more when the plan starts in mid-week. */
export const MAX_REPORT_WEEKS = 521;
/** The most rows per stretch and side of an adherence report that an export reads. */
export const MAX_REPORT_STRETCHES = 100_000;
