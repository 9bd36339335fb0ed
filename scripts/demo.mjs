// `npm run demo`: what stretchkit holds, printed from the built package (dist/), as an app sees it.
import { backSpasmRoutine, scheduleSession, stretches } from "../dist/index.js";

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
stretches.forEach((stretch, index) => {
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

console.log(`\nOne session of "${backSpasmRoutine.name}", with the default timing:\n`);
console.log(timeline(scheduleSession(backSpasmRoutine)));
console.log("\nStop any stretch that aggravates or causes pain. General guidance, not medical advice.");
