// The page: what a person sees and presses. All the player logic is in useStretchSession.
import { useCallback, useState } from "react";
import type { Cue, Session } from "stretchkit";
import { safety } from "../../shared/safety.js";
import { recordSummary, sessionSummary, startHint, stepTitle } from "../../shared/words.js";
import { useStretchSession } from "./use-stretch-session.js";

/** Speaks a cue with the Web Speech API, where the browser has it. */
function speak(text: string): void {
  if ("speechSynthesis" in window && typeof SpeechSynthesisUtterance === "function") {
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  }
}

/** The 0 to 10 numeric rating scale of a pain score. */
const SCORES = Array.from({ length: 11 }, (_, value) => value);

export function App({ session }: { readonly session: Session }) {
  const [cue, setCue] = useState<Cue | null>(null);
  const [note, setNote] = useState("");
  /** The 0 to 10 pain score chosen, or "" for none: "It hurts" never needs one. */
  const [score, setScore] = useState("");
  const onCue = useCallback((given: Cue) => {
    setCue(given);
    speak(given.text);
  }, []);
  const player = useStretchSession(session, { onCue });
  const { status, state, step, progress, record, painNotice } = player;
  const idle = status === "idle";
  const finished = status === "finished";
  const over = finished || step === null;

  let text: string;
  if (idle) text = startHint(session);
  else if (over) text = state?.lastStepReached ? "Well done." : "Session stopped.";
  else text = step.text;

  const reportPain = (): void => {
    const words = note.trim();
    player.pain({
      ...(words === "" ? {} : { note: words }),
      ...(score === "" ? {} : { score: Number(score) }),
    });
    setNote("");
    setScore("");
  };

  return (
    <>
      <h1>Back spasm stretches</h1>
      <p id="intro">{`${sessionSummary(session)} ${safety.holdComfortably} ${safety.avoidIfPain}`}</p>
      <section id="panel">
        <div id="kind">{idle ? "Ready" : over ? "Done" : step.kind.replace("-", " ")}</div>
        <div id="title">{idle || over ? "" : stepTitle(step)}</div>
        <div id="text">{text}</div>
        {/* Once finished there is no step to count down: no digit is left behind. */}
        <div id="countdown" role="timer" aria-label="seconds left in this step" hidden={finished}>
          {idle || progress === null ? "–" : finished ? "" : String(Math.ceil(progress.remainingInStepMs / 1000))}
        </div>
        <progress id="progress" max={1} value={progress?.progress ?? 0} aria-label="session progress" />
        <div>
          Status: <span id="status">{idle ? "not started" : status}</span>
        </div>
        {/* A cue is about a step (the one it falls in, or the one it announces): a "1" of a hold's
            countdown does not stay on screen after the hold, nor after the session. */}
        <div id="cue" aria-live="polite">
          {cue !== null && !over && progress !== null && progress.stepIndex <= cue.stepIndex ? cue.text : ""}
        </div>
      </section>
      {painNotice !== null && (
        <section id="pain-notice" role="alert">
          {painNotice.recorded && <p id="pain-recorded">{safety.painRecorded}</p>}
          <p id="pain-stop">{safety.stopWhenItHurts}</p>
          <p id="pain-professional">{safety.seeAProfessional}</p>
          {!finished && (
            <p id="pain-go-on">Press Resume when you are ready for the next stretch, or Stop to end the session.</p>
          )}
        </section>
      )}
      <div id="controls">
        <button id="start" type="button" disabled={!idle && !finished} onClick={player.start}>
          {finished ? "Start again" : "Start"}
        </button>
        <button id="pause" type="button" disabled={idle || finished} onClick={player.pauseOrResume}>
          {status === "paused" ? "Resume" : "Pause"}
        </button>
        <button id="skip" type="button" disabled={idle || finished} onClick={player.skip}>
          Skip step
        </button>
        <button id="release" type="button" disabled={!player.canRelease} onClick={player.release}>
          Let go now
        </button>
        {/* Enabled on the summary screen too: a report made then is kept for the last stretch played,
            and the record is made again with it. */}
        <button id="hurts" type="button" disabled={idle} onClick={reportPain}>
          It hurts
        </button>
        <button id="stop" type="button" disabled={idle || finished} onClick={player.stop}>
          Stop
        </button>
      </div>
      <p id="pain-details">
        <label>
          Pain note (optional):{" "}
          <input id="note" type="text" maxLength={200} value={note} onChange={(event) => setNote(event.target.value)} />
        </label>
        <label>
          Pain score (optional):{" "}
          <select id="score" value={score} onChange={(event) => setScore(event.target.value)}>
            <option value="">no score</option>
            {SCORES.map((value) => (
              <option key={value} value={String(value)}>
                {value === 0 ? "0 (no pain)" : value === 10 ? "10 (worst pain)" : String(value)}
              </option>
            ))}
          </select>
        </label>
      </p>
      {record !== null && (
        <section id="record">
          <h2>What you did</h2>
          <p id="summary">{recordSummary(record)}</p>
          <pre id="record-json">{JSON.stringify(record, null, 2)}</pre>
        </section>
      )}
      <p id="about" className="small">
        {safety.notMedicalAdvice}
      </p>
    </>
  );
}
