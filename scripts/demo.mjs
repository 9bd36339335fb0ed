// `npm run demo`: what stretchkit holds, printed from the built package (dist/), as an app sees it.
// `npm run demo -- --locale de` prints it in German (likewise es, fr; en is the default).
import { backSpasmRoutine, en, localizeStretch, scheduleSession, stretches } from "../dist/index.js";

const LOCALES = ["en", "de", "es", "fr"];
const flag = process.argv.indexOf("--locale");
const tag = flag === -1 ? "en" : process.argv[flag + 1];
if (!LOCALES.includes(tag)) {
  console.error(`--locale takes one of ${LOCALES.join(", ")}; got ${JSON.stringify(tag)}`);
  process.exit(2);
}
const locale = tag === "en" ? en : (await import(`../dist/locales/${tag}.js`))[tag];

const SIDES = { none: "none", arm: "both arms", hand: "both hands", "hand-and-leg": "both hands and legs" };

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => String(cell).padEnd(widths[column]))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

const rows = [["#", "stretch", "position", "sides", "repetitions", "hold"]];
stretches
  .map((stretch) => localizeStretch(stretch, locale))
  .forEach((stretch, index) => {
    const sides = stretch.laterality.kind === "none" ? SIDES.none : SIDES[stretch.laterality.changes];
    const { minSeconds, targetSeconds, maxSeconds, endsOnUser } = stretch.hold;
    const hold = `${targetSeconds} s (${minSeconds} to ${maxSeconds} s${endsOnUser ? ", or as long as comfortable" : ""})`;
    const position = stretch.support.length > 0 ? `${stretch.position}, holding on` : stretch.position;
    rows.push([
      index + 1,
      stretch.name,
      position,
      sides,
      `${stretch.repetitions.min} to ${stretch.repetitions.max}`,
      hold,
    ]);
  });

console.log("stretchkit: the five back-spasm stretches\n");
console.log(table(rows));
/** "mm:ss" of a number of milliseconds, without any locale API. */
function clock(ms) {
  const seconds = Math.floor(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The session's steps as `mm:ss  step  text` lines, then the total. */
function timeline(session) {
  const width = Math.max(...session.steps.map((step) => step.kind.length));
  const lines = session.steps.map((step) => `${clock(step.startMs)}  ${step.kind.padEnd(width)}  ${step.text}`);
  lines.push(
    `${clock(session.totalMs)}  ${"end".padEnd(width)}  total ${clock(session.totalMs)} ` +
      `(${session.totalMs / 1000} s, ${session.steps.length} steps, ${session.cues.length} cues)`,
  );
  return lines.join("\n");
}

console.log(`\nOne session of "${backSpasmRoutine.name}", with the default timing, in "${locale.tag}":\n`);
console.log(timeline(scheduleSession(backSpasmRoutine, { locale })));
console.log(`\n${locale.safety.avoidIfPain} ${locale.safety.notMedicalAdvice}`);
