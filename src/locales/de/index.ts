// German (de): formal "Sie". Translated from en.ts and checked against the source of the built-in stretches.
// Numbers are written by hand (no locale API): decimal comma, "1 Sekunde" / "2 Sekunden".
import { deepFreeze } from "../../internal/freeze.js";
import type { Limb, Side } from "../../schema/common.js";
import type { LocalePack } from "../../schema/locale.js";
import { decimalComma, sideMessages } from "../words.js";

/** Side and limb in the nominative, inside a sentence: "Gesäßdehnung, linke Hand und linkes Bein." */
const SIDE_NAMES = {
  left: { arm: "linker Arm", hand: "linke Hand", "hand-and-leg": "linke Hand und linkes Bein" },
  right: { arm: "rechter Arm", hand: "rechte Hand", "hand-and-leg": "rechte Hand und rechtes Bein" },
} as const satisfies Record<Side, Record<Limb, string>>;
/** Side and limb in the nominative, at the start of a sentence. */
const SIDE_TITLES = {
  left: { arm: "Linker Arm", hand: "Linke Hand", "hand-and-leg": "Linke Hand und linkes Bein" },
  right: { arm: "Rechter Arm", hand: "Rechte Hand", "hand-and-leg": "Rechte Hand und rechtes Bein" },
} as const satisfies Record<Side, Record<Limb, string>>;
/** Side and limb in the dative, with the contracted preposition: "Wechseln Sie zum rechten Arm." */
const TO_SIDE = {
  left: { arm: "zum linken Arm", hand: "zur linken Hand", "hand-and-leg": "zur linken Hand und zum linken Bein" },
  right: { arm: "zum rechten Arm", hand: "zur rechten Hand", "hand-and-leg": "zur rechten Hand und zum rechten Bein" },
} as const satisfies Record<Side, Record<Limb, string>>;

/** "1 Sekunde", otherwise the plural: "0 Sekunden", "1,5 Sekunden", "2 Sekunden". */
const seconds = (count: number): string => (count === 1 ? "1 Sekunde" : `${decimalComma(count)} Sekunden`);

const pack: LocalePack = {
  tag: "de",
  messages: {
    ...sideMessages(SIDE_NAMES, SIDE_TITLES, (n, of) => `Wiederholung ${String(n)} von ${String(of)}`),
    "step.hold": ({ seconds: count, endsOnUser }) =>
      endsOnUser
        ? `Atmen Sie ein und halten Sie die Position, solange es sich angenehm anfühlt, etwa ${seconds(count)}.`
        : `Atmen Sie ein und halten Sie die Position ${seconds(count)} lang.`,
    "step.release": () => "Atmen Sie aus und kehren Sie in die Ausgangsposition zurück.",
    "step.rest": ({ seconds: count }) => `Ruhen Sie sich ${seconds(count)} lang aus.`,
    "step.switch-side": ({ side, limb }) => `Wechseln Sie ${TO_SIDE[side][limb]}.`,
    "cue.next": ({ stretch }) => `Als Nächstes: ${stretch}.`,
    "cue.halfway": () => "Die Hälfte ist geschafft.",
    "cue.switch-side": ({ side, limb }) => `Bereiten Sie sich auf den Wechsel ${TO_SIDE[side][limb]} vor.`,
  },
  stretches: {
    "forward-roll": {
      name: "Rumpfbeuge nach vorn",
      support: [],
      setup: ["Setzen Sie sich aufrecht hin und machen Sie Ihre Wirbelsäule lang."],
      movement: [
        "Rollen Sie den Oberkörper nach vorn ein, fassen Sie Ihre Fußknöchel und ziehen Sie daran, bis Sie eine Dehnung im Rücken spüren, die höchstens leicht unangenehm ist.",
      ],
    },
    "sideways-reach": {
      name: "Seitneigung",
      support: [],
      setup: ["Setzen Sie sich aufrecht hin.", "Heben Sie einen Arm in Richtung Decke."],
      movement: [
        "Neigen Sie den Oberkörper zur Seite, bis Sie eine Dehnung spüren, die höchstens leicht unangenehm ist.",
      ],
    },
    "spine-rotation": {
      name: "Wirbelsäulenrotation",
      support: [],
      setup: [
        "Setzen Sie sich aufrecht hin und legen Sie eine Hand auf das gegenüberliegende Knie.",
        "Legen Sie die andere Hand hinter den Rücken.",
      ],
      movement: [
        "Drehen Sie den Oberkörper und drücken Sie dabei gegen Ihr Knie, bis Sie eine Dehnung spüren, die höchstens leicht unangenehm ist.",
      ],
    },
    "gluteal-stretch": {
      name: "Gesäßdehnung",
      support: [],
      setup: ["Setzen Sie sich aufrecht hin und legen Sie einen Fußknöchel auf das andere Knie."],
      movement: [
        "Drücken Sie das Knie des übergeschlagenen Beins nach unten, bis Sie eine Dehnung spüren, die höchstens leicht unangenehm ist.",
      ],
    },
    "quadriceps-stretch": {
      name: "Quadrizepsdehnung",
      support: ["die Rückenlehne eines Stuhls", "ein Schreibtisch", "eine Türklinke"],
      setup: [
        "Stellen Sie sich aufrecht hin und halten Sie sich an der Rückenlehne eines Stuhls, an einem Schreibtisch oder an einer Türklinke fest.",
      ],
      movement: [
        "Beugen Sie ein Bein nach hinten in Richtung Gesäß und fassen Sie den Fußknöchel dieses Beins mit der Hand der anderen Seite.",
        "Ziehen Sie den Fuß nach oben und halten Sie dabei die Knie zusammen, bis Sie eine Dehnung spüren, die höchstens leicht unangenehm ist.",
      ],
    },
  },
  safety: {
    notMedicalAdvice: "Dies ist eine allgemeine Anleitung zum Dehnen, keine medizinische Beratung.",
    avoidIfPain: "Verzichten Sie auf eine Dehnung, die Schmerzen verstärkt oder verursacht.",
    stopWhenItHurts: "Wenn eine Dehnung schmerzt, brechen Sie sie sofort ab.",
    holdComfortably:
      "Halten Sie jede Dehnung nur so lange, wie es sich angenehm anfühlt: Die Zeitanzeige ist eine Orientierungshilfe, kein Ziel.",
    seeAProfessional:
      "Wenn Schmerzen anhalten, stark sind oder immer wiederkommen, wenden Sie sich an eine Ärztin oder einen Arzt oder an eine Physiotherapeutin oder einen Physiotherapeuten.",
    painRecorded: "Ihre Schmerzmeldung wurde erfasst, und diese Dehnung wurde beendet.",
  },
};

/**
 * The German locale pack (`de`): every step and cue text, the five built-in stretches and the
 * safety texts, in the formal "Sie", with decimal commas ("2,5 Sekunden") and the sides declined
 * as German declines them ("zur rechten Hand und zum rechten Bein"). Deeply frozen. Translated by
 * the project from the English texts; have a native-speaking clinician review it before clinical use.
 *
 * @example
 * import { de } from "stretchkit/locales/de";
 * de.stretches["forward-roll"].name; //=> "Rumpfbeuge nach vorn"
 * de.messages["step.switch-side"]({ stretchId: "quadriceps-stretch", stretch: "Quadrizepsdehnung", side: "right", limb: "hand-and-leg" });
 * //=> "Wechseln Sie zur rechten Hand und zum rechten Bein."
 */
export const de: LocalePack = /* @__PURE__ */ deepFreeze(pack);
