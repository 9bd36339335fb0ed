#!/usr/bin/env node

// The stretchkit command line: `stretchkit validate <file>` and `stretchkit session [file]`, for
// people who keep routines as JSON files and do not write TypeScript.
//
// It lives outside src/ because it does what the library never does (files, stdin, stdout, exit
// codes), and it imports only the public API, by the package's own name: Node resolves
// "stretchkit" through the `exports` map of this package, so the installed CLI runs dist/, as any
// app would. Nothing here is bundled into the library.
//
// Exit codes: 0 done (a valid routine, a session printed); 1 the input was read but refused (an
// invalid routine, an option value the library refuses); 2 the command could not run (a usage
// error, a file that is missing or not JSON).

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { backSpasmRoutine, en, StretchKitError, scheduleSession, validateRoutine } from "stretchkit";

/** @typedef {import("stretchkit").IssuePathKey} IssuePathKey */
/** @typedef {import("stretchkit").RoutineWarning} RoutineWarning */
/** @typedef {import("stretchkit").Routine} Routine */
/** @typedef {import("stretchkit").ScheduleOptions} ScheduleOptions */
/** @typedef {import("stretchkit").Session} Session */
/** @typedef {import("stretchkit").StretchKitIssue} StretchKitIssue */

const USAGE = `Usage:
  stretchkit validate <routine.json>     check a routine against the built-in stretches
  stretchkit session [routine.json]      print a session's timeline (default: the built-in back-spasm routine)
  stretchkit --help                      this text
  stretchkit --version                   the version of stretchkit

A file name of - reads standard input.

Options of session:
  --json                    print the steps as JSON instead of a timeline
  --hold-seconds <seconds>  every hold lasts this long (1 to 600)
  --repetitions <min|max>   every stretch's own fewest or most repetitions
  --first-side <left|right> the side done first by stretches done on both sides
  --locale <en|de|es|fr>    the language of the steps (default en)

Exit codes: 0 done, 1 invalid routine or option value, 2 usage error or unreadable file.
`;

/** @typedef {"validate" | "session"} Command */

/** What went wrong before the command could run: a usage error or an unreadable file. Exit 2. */
class CannotRun extends Error {
  /**
   * @param {string} message - One line, for stderr.
   * @param {boolean} [withUsage] - Whether the usage text follows it.
   */
  constructor(message, withUsage = false) {
    super(message);
    this.withUsage = withUsage;
  }
}

/**
 * The flags that take a value, by command. Each maps to one field of `scheduleSession`'s options;
 * its value goes to the library as given (a number when it reads as one), and the library checks it.
 *
 * @typedef {{ readonly key: "holdSeconds" | "repetitions" | "firstSide" | "locale", readonly number: boolean }} ValueFlag
 * @type {Readonly<Record<Command, Readonly<Record<string, ValueFlag>>>>}
 */
const VALUE_FLAGS = {
  validate: {},
  session: {
    "--hold-seconds": { key: "holdSeconds", number: true },
    "--repetitions": { key: "repetitions", number: false },
    "--first-side": { key: "firstSide", number: false },
    "--locale": { key: "locale", number: false },
  },
};

/**
 * The flags without a value, by command.
 *
 * @type {Readonly<Record<Command, readonly string[]>>}
 */
const SWITCHES = { validate: [], session: ["--json"] };

/**
 * A command line split into its parts.
 *
 * @typedef {object} Parsed
 * @property {string[]} files - The positional arguments.
 * @property {Map<string, string>} values - Each value flag given, with its value.
 * @property {Set<string>} switches - Each switch given.
 */

/**
 * Splits a command's arguments: `--flag value`, `--flag=value`, switches, file names, and `--`
 * before file names that start with a dash. An unknown flag, a missing value or a flag given twice
 * is a usage error.
 *
 * @param {Command} command
 * @param {readonly string[]} args - The arguments after the command's name.
 * @returns {Parsed}
 */
function parseArgs(command, args) {
  /** @type {Parsed} */
  const parsed = { files: [], values: new Map(), switches: new Set() };
  const valueFlags = VALUE_FLAGS[command];
  const switches = SWITCHES[command];
  for (let i = 0; i < args.length; i++) {
    const arg = /** @type {string} */ (args[i]);
    if (arg === "--") {
      parsed.files.push(...args.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      parsed.files.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (Object.hasOwn(valueFlags, name)) {
      let value = equals === -1 ? undefined : arg.slice(equals + 1);
      if (value === undefined) {
        const next = args[i + 1];
        if (next === undefined || next.startsWith("--")) throw new CannotRun(`${name} needs a value`, true);
        value = next;
        i++;
      }
      if (parsed.values.has(name)) throw new CannotRun(`${name} is given twice`, true);
      parsed.values.set(name, value);
    } else if (switches.includes(name) && equals === -1) {
      parsed.switches.add(name);
    } else {
      throw new CannotRun(`unknown option ${name} for ${command}`, true);
    }
  }
  return parsed;
}

/** A decimal number as people type one: `30`, `2.5`, `-1`, `1e3`; not `""`, `0x1e` or `Infinity`. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The locale packs `--locale` takes: English is built in, the others are subpath exports. */
const LOCALES = ["en", "de", "es", "fr"];

/**
 * The locale pack of a `--locale` tag, loaded from its subpath export (`stretchkit/locales/de`).
 *
 * @param {string} tag
 * @returns {Promise<import("stretchkit").LocalePack>}
 */
async function localeOf(tag) {
  if (!LOCALES.includes(tag))
    throw new CannotRun(`--locale takes one of ${LOCALES.join(", ")}, not ${JSON.stringify(tag)}`, true);
  return tag === "en" ? en : (await import(`stretchkit/locales/${tag}`))[tag];
}

/**
 * The options for `scheduleSession` from a command line's value flags, unchecked: the library
 * checks them. A value that does not read as a number goes as the text it is, so that the
 * library's issue says it is not a number; `--locale` gives its pack.
 *
 * @param {Parsed} parsed
 * @returns {Promise<Record<string, unknown>>}
 */
async function scheduleOptionsOf(parsed) {
  /** @type {Record<string, unknown>} */
  const options = {};
  for (const [name, value] of parsed.values) {
    const flag = /** @type {ValueFlag} */ (VALUE_FLAGS.session[name]);
    options[flag.key] =
      flag.key === "locale" ? await localeOf(value) : flag.number && DECIMAL.test(value) ? Number(value) : value;
  }
  return options;
}

/**
 * A path as people read one: `items[1].stretchId`, `["odd key"]`; `label` for the root.
 *
 * @param {readonly IssuePathKey[]} path
 * @param {string} label - What an empty path stands for, e.g. `(routine)`.
 * @returns {string}
 */
function formatPath(path, label) {
  if (path.length === 0) return label;
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * One line for an issue or a warning: `path: message (code)`.
 *
 * @param {StretchKitIssue | RoutineWarning} issue
 * @param {string} rootLabel - What an empty path stands for.
 * @returns {string}
 */
function issueLine(issue, rootLabel) {
  return `${formatPath(issue.path, rootLabel)}: ${issue.message} (${issue.code})`;
}

/**
 * `1 issue`, `2 issues`.
 *
 * @param {number} count
 * @param {string} noun
 * @returns {string}
 */
function count(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * Reads and parses a JSON file, or standard input for `-`.
 *
 * @param {string} file
 * @returns {Promise<unknown>}
 */
async function readJson(file) {
  const name = displayName(file);
  let text;
  try {
    text = file === "-" ? await readStdin() : await readFile(file, "utf8");
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EACCES"
            ? "permission denied"
            : String(/** @type {Error} */ (error).message);
    throw new CannotRun(`cannot read ${name}: ${reason}`);
  }
  try {
    // A byte order mark, as some editors write, is not part of the JSON.
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CannotRun(`${name} is not JSON: ${/** @type {Error} */ (error).message}`);
  }
}

/** @returns {Promise<string>} Everything on standard input, as UTF-8. */
async function readStdin() {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(/** @type {Buffer} */ (chunk));
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * @param {string} file
 * @returns {string} How messages name the file.
 */
function displayName(file) {
  return file === "-" ? "standard input" : file;
}

/**
 * The output of a command: lines for stdout and stderr, and the exit code.
 *
 * @typedef {object} Outcome
 * @property {string} stdout
 * @property {string} stderr
 * @property {number} exitCode
 */

/**
 * `stretchkit validate <file>`: every issue and warning, and exit 1 on an invalid routine.
 *
 * @param {readonly string[]} args
 * @returns {Promise<Outcome>}
 */
async function validateCommand(args) {
  const parsed = parseArgs("validate", args);
  const [file, ...extra] = parsed.files;
  if (file === undefined) throw new CannotRun("validate needs a file name (or - for standard input)", true);
  if (extra.length > 0) throw new CannotRun(`validate takes one file, not ${parsed.files.length}`, true);
  const result = validateRoutine(await readJson(file));
  const warnings = result.warnings.map((warning) => `  warning: ${issueLine(warning, "(routine)")}`);
  const name = displayName(file);
  if (!result.ok) {
    const summary = [
      count(result.issues.length, "issue"),
      ...(warnings.length > 0 ? [count(warnings.length, "warning")] : []),
    ];
    const lines = [
      `${name}: not a valid routine (${summary.join(", ")})`,
      ...result.issues.map((issue) => `  ${issueLine(issue, "(routine)")}`),
      ...warnings,
    ];
    return { stdout: `${lines.join("\n")}\n`, stderr: "", exitCode: 1 };
  }
  const { routine } = result;
  const summary = [`routine "${routine.id}"`, count(routine.items.length, "item")];
  if (warnings.length > 0) summary.push(count(warnings.length, "warning"));
  const lines = [`OK ${name}: ${summary.join(", ")}`, ...warnings];
  return { stdout: `${lines.join("\n")}\n`, stderr: "", exitCode: 0 };
}

/**
 * `m:ss` of a number of milliseconds (whole seconds, rounded down).
 *
 * @param {number} ms
 * @returns {string}
 */
function clock(ms) {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * The session as a timeline: one line per step (start, duration, kind, text), then the total.
 *
 * @param {Session} session
 * @returns {string}
 */
function timeline(session) {
  const rows = session.steps.map((step) => [clock(step.startMs), `${step.durationMs / 1000} s`, step.kind, step.text]);
  const width = /** @param {number} column */ (column) => Math.max(0, ...rows.map((row) => String(row[column]).length));
  const [start, duration, kind] = [width(0), width(1), width(2)];
  const lines = rows.map(
    ([a, b, c, text]) =>
      `${String(a).padStart(start)}  ${String(b).padStart(duration)}  ${String(c).padEnd(kind)}  ${text}`,
  );
  lines.push(`total ${clock(session.totalMs)} (${count(session.steps.length, "step")})`);
  return `${lines.join("\n")}\n`;
}

/**
 * Lines for a StretchKitError: its summary line, then each issue, with option paths named by
 * their flags (`--hold-seconds`, not `holdSeconds`).
 *
 * @param {StretchKitError} error
 * @returns {string[]}
 */
function errorLines(error) {
  const label = { invalid_options: "(options)", invalid_session: "(session)" }[String(error.code)] ?? "(routine)";
  const flags = Object.entries(VALUE_FLAGS.session);
  /** @param {StretchKitIssue} issue */
  const flagOf = (issue) =>
    error.code === "invalid_options" && issue.path.length === 1
      ? flags.find(([, { key }]) => key === issue.path[0])?.[0]
      : undefined;
  // The error's own summary line, e.g. "Invalid schedule options", as the rest of a sentence.
  const first = error.message.split("\n", 1)[0] || error.code;
  const summary = first.charAt(0).toLowerCase() + first.slice(1);
  return [
    `${summary} (${count(error.issues.length, "issue")})`,
    ...error.issues.map((issue) => {
      const flag = flagOf(issue);
      return flag === undefined ? `  ${issueLine(issue, label)}` : `  ${flag}: ${issue.message} (${issue.code})`;
    }),
  ];
}

/**
 * `stretchkit session [file]`: the timeline of one session of a routine (the built-in one by default).
 *
 * @param {readonly string[]} args
 * @returns {Promise<Outcome>}
 */
async function sessionCommand(args) {
  const parsed = parseArgs("session", args);
  const [file, ...extra] = parsed.files;
  if (extra.length > 0) throw new CannotRun(`session takes at most one file, not ${parsed.files.length}`, true);
  /** @type {Routine} */
  let routine = backSpasmRoutine;
  let stderr = "";
  if (file !== undefined) {
    const result = validateRoutine(await readJson(file));
    const warnings = result.warnings.map((warning) => `  warning: ${issueLine(warning, "(routine)")}\n`).join("");
    if (!result.ok) {
      const issues = result.issues.map((issue) => `  ${issueLine(issue, "(routine)")}\n`).join("");
      const header = `stretchkit: ${displayName(file)} is not a valid routine (${count(result.issues.length, "issue")})\n`;
      return { stdout: "", stderr: header + issues + warnings, exitCode: 1 };
    }
    routine = result.routine;
    if (warnings !== "")
      stderr = `stretchkit: ${displayName(file)}: ${count(result.warnings.length, "warning")}\n${warnings}`;
  }
  const options = /** @type {ScheduleOptions} */ (await scheduleOptionsOf(parsed));
  /** @type {Session} */
  let session;
  try {
    session = scheduleSession(routine, options);
  } catch (error) {
    if (!(error instanceof StretchKitError)) throw error;
    const [summary, ...issues] = errorLines(error);
    return {
      stdout: "",
      stderr: `${stderr}stretchkit: ${summary}\n${issues.map((line) => `${line}\n`).join("")}`,
      exitCode: 1,
    };
  }
  const stdout = parsed.switches.has("--json") ? `${JSON.stringify(session.steps, null, 2)}\n` : timeline(session);
  return { stdout, stderr, exitCode: 0 };
}

/** @returns {string} The version of the installed package. */
function version() {
  const require = createRequire(import.meta.url);
  return /** @type {{ version: string }} */ (require("stretchkit/package.json")).version;
}

/**
 * Runs a command line (the arguments after `stretchkit`).
 *
 * @param {readonly string[]} argv
 * @returns {Promise<Outcome>}
 */
async function main(argv) {
  const [command, ...args] = argv;
  const beforeDashes = argv.indexOf("--") === -1 ? argv : argv.slice(0, argv.indexOf("--"));
  if (command === undefined || beforeDashes.includes("--help") || beforeDashes.includes("-h"))
    return { stdout: USAGE, stderr: "", exitCode: 0 };
  if (command === "--version") return { stdout: `${version()}\n`, stderr: "", exitCode: 0 };
  if (command === "validate") return validateCommand(args);
  if (command === "session") return sessionCommand(args);
  throw new CannotRun(
    command.startsWith("-") ? `unknown option ${command}` : `unknown command ${JSON.stringify(command)}`,
    true,
  );
}

// A reader that goes away early (`stretchkit session | head`) is not an error.
process.stdout.on("error", (error) => {
  if (/** @type {NodeJS.ErrnoException} */ (error).code === "EPIPE") process.exit(0);
  throw error;
});

try {
  const outcome = await main(process.argv.slice(2));
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
} catch (error) {
  // Exit 2 either way: the command did not run. Anything but CannotRun is a bug: show its stack.
  const message =
    error instanceof CannotRun
      ? error.message
      : `unexpected error: ${String(/** @type {Error} */ (error)?.stack ?? error)}`;
  const usage = error instanceof CannotRun && error.withUsage ? `\n${USAGE}` : "";
  process.stderr.write(`stretchkit: ${message}\n${usage}`);
  process.exitCode = 2;
}
