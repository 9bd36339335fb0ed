// French (fr): "vous". Translated from en.ts and checked against the source of the built-in stretches.
// Numbers are written by hand (no locale API): decimal comma; singular below 2 ("1,5 seconde"), plural from 2 ("2 secondes").
// French typography: a no-break space (U+00A0) before ":"; typographic apostrophe (U+2019).
import { deepFreeze } from "../../internal/freeze.js";
import type { Limb, Side } from "../../schema/common.js";
import type { LocalePack } from "../../schema/locale.js";
import { decimalComma, sideMessages } from "../words.js";

/** Side and limb inside a sentence: "Étirement des fessiers, main et jambe gauches." */
const SIDE_NAMES = {
  left: { arm: "bras gauche", hand: "main gauche", "hand-and-leg": "main et jambe gauches" },
  right: { arm: "bras droit", hand: "main droite", "hand-and-leg": "main et jambe droites" },
} as const satisfies Record<Side, Record<Limb, string>>;
/** Side and limb at the start of a sentence. */
const SIDE_TITLES = {
  left: { arm: "Bras gauche", hand: "Main gauche", "hand-and-leg": "Main et jambe gauches" },
  right: { arm: "Bras droit", hand: "Main droite", "hand-and-leg": "Main et jambe droites" },
} as const satisfies Record<Side, Record<Limb, string>>;
/** Side and limb after "à", with the article ("à" + "le" = "au"): "Passez au bras droit." */
const TO_SIDE = {
  left: { arm: "au bras gauche", hand: "à la main gauche", "hand-and-leg": "à la main et à la jambe gauches" },
  right: { arm: "au bras droit", hand: "à la main droite", "hand-and-leg": "à la main et à la jambe droites" },
} as const satisfies Record<Side, Record<Limb, string>>;

/** Singular below 2 ("1 seconde", "1,5 seconde"), plural from 2 ("2 secondes", "2,5 secondes"). */
const seconds = (count: number): string => `${decimalComma(count)} ${Math.abs(count) < 2 ? "seconde" : "secondes"}`;

const pack: LocalePack = {
  tag: "fr",
  messages: {
    ...sideMessages(SIDE_NAMES, SIDE_TITLES, (n, of) => `répétition ${String(n)} sur ${String(of)}`),
    "step.hold": ({ seconds: count, endsOnUser }) =>
      endsOnUser
        ? `Inspirez et maintenez la position tant que cela reste confortable, environ ${seconds(count)}.`
        : `Inspirez et maintenez la position pendant ${seconds(count)}.`,
    "step.release": () => "Expirez et revenez à la position de départ.",
    "step.rest": ({ seconds: count }) => `Reposez-vous pendant ${seconds(count)}.`,
    "step.switch-side": ({ side, limb }) => `Passez ${TO_SIDE[side][limb]}.`,
    "cue.next": ({ stretch }) => `Ensuite\u00A0: ${stretch}.`,
    "cue.halfway": () => "Vous êtes à mi-chemin.",
    "cue.switch-side": ({ side, limb }) => `Préparez-vous à passer ${TO_SIDE[side][limb]}.`,
  },
  stretches: {
    "forward-roll": {
      name: "Enroulement vers l’avant",
      support: [],
      setup: ["Asseyez-vous le dos droit et allongez votre colonne vertébrale."],
      movement: [
        "Enroulez le haut du corps vers l’avant et saisissez vos chevilles, en tirant dessus jusqu’à sentir un étirement dans le dos qui ne cause pas plus qu’une légère gêne.",
      ],
    },
    "sideways-reach": {
      name: "Inclinaison latérale",
      support: [],
      setup: ["Asseyez-vous le dos droit.", "Levez un bras vers le plafond."],
      movement: [
        "Penchez le haut du corps sur le côté jusqu’à sentir un étirement qui ne cause pas plus qu’une légère gêne.",
      ],
    },
    "spine-rotation": {
      name: "Rotation de la colonne",
      support: [],
      setup: [
        "Asseyez-vous le dos droit et posez une main sur le genou opposé.",
        "Placez l’autre main derrière le dos.",
      ],
      movement: [
        "Tournez le haut du corps tout en appuyant contre votre genou, jusqu’à sentir un étirement qui ne cause pas plus qu’une légère gêne.",
      ],
    },
    "gluteal-stretch": {
      name: "Étirement des fessiers",
      support: [],
      setup: ["Asseyez-vous le dos droit et posez une cheville sur l’autre genou."],
      movement: [
        "Appuyez vers le bas sur le genou de la jambe croisée jusqu’à sentir un étirement qui ne cause pas plus qu’une légère gêne.",
      ],
    },
    "quadriceps-stretch": {
      name: "Étirement du quadriceps",
      support: ["le dossier d’une chaise", "un bureau", "une poignée de porte"],
      setup: [
        "Mettez-vous debout, le dos droit, et tenez-vous au dossier d’une chaise, à un bureau ou à une poignée de porte.",
      ],
      movement: [
        "Pliez une jambe vers l’arrière, en direction de la fesse, et saisissez la cheville de cette jambe avec la main du côté opposé.",
        "Tirez le pied vers le haut en gardant les genoux joints, jusqu’à sentir un étirement qui ne cause pas plus qu’une légère gêne.",
      ],
    },
  },
  safety: {
    notMedicalAdvice: "Il s’agit de conseils généraux sur les étirements, et non d’un avis médical.",
    avoidIfPain: "Évitez tout étirement qui aggrave une douleur ou qui en provoque une.",
    stopWhenItHurts: "Si un étirement fait mal, arrêtez-le immédiatement.",
    holdComfortably:
      "Ne maintenez chaque étirement qu’aussi longtemps que vous pouvez le tenir confortablement\u00A0: le minuteur est un repère, pas un objectif.",
    seeAProfessional:
      "Si la douleur persiste, est intense ou revient sans cesse, consultez un médecin ou un kinésithérapeute.",
    painRecorded: "Votre signalement de douleur est enregistré et cet étirement a été arrêté.",
  },
};

/**
 * The French locale pack (`fr`): every step and cue text, the five built-in stretches and the
 * safety texts, in "vous", with decimal commas and the French plural ("1,5 seconde",
 * "2 secondes"). Deeply frozen. Translated by the project from the English texts; have a
 * native-speaking clinician review it before clinical use.
 *
 * @example
 * import { fr } from "stretchkit/locales/fr";
 * fr.stretches["forward-roll"].name; //=> "Enroulement vers l’avant"
 * fr.messages["step.rest"]({ stretchId: "forward-roll", stretch: "Enroulement vers l’avant", seconds: 2.5 });
 * //=> "Reposez-vous pendant 2,5 secondes."
 */
export const fr: LocalePack = /* @__PURE__ */ deepFreeze(pack);
