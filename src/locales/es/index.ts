// Spanish (es): "usted", neutral wording for Spain and Latin America as far as possible.
// Translated from en.ts and checked against the source of the built-in stretches.
// Numbers are written by hand (no locale API): decimal comma, "1 segundo" / "2 segundos".
import { deepFreeze } from "../../internal/freeze.js";
import type { Limb, Side } from "../../schema/common.js";
import type { LocalePack } from "../../schema/locale.js";
import { decimalComma, sideMessages } from "../words.js";

/** Side and limb inside a sentence: "Estiramiento de glúteo, mano y pierna izquierdas." */
const SIDE_NAMES = {
  left: { arm: "brazo izquierdo", hand: "mano izquierda", "hand-and-leg": "mano y pierna izquierdas" },
  right: { arm: "brazo derecho", hand: "mano derecha", "hand-and-leg": "mano y pierna derechas" },
} as const satisfies Record<Side, Record<Limb, string>>;
/** Side and limb at the start of a sentence. */
const SIDE_TITLES = {
  left: { arm: "Brazo izquierdo", hand: "Mano izquierda", "hand-and-leg": "Mano y pierna izquierdas" },
  right: { arm: "Brazo derecho", hand: "Mano derecha", "hand-and-leg": "Mano y pierna derechas" },
} as const satisfies Record<Side, Record<Limb, string>>;
/** Side and limb after "a", with the article ("a" + "el" = "al"): "Cambie al brazo derecho." */
const TO_SIDE = {
  left: { arm: "al brazo izquierdo", hand: "a la mano izquierda", "hand-and-leg": "a la mano y la pierna izquierdas" },
  right: { arm: "al brazo derecho", hand: "a la mano derecha", "hand-and-leg": "a la mano y la pierna derechas" },
} as const satisfies Record<Side, Record<Limb, string>>;

/** "1 segundo", otherwise the plural: "0 segundos", "1,5 segundos", "2 segundos". */
const seconds = (count: number): string => (count === 1 ? "1 segundo" : `${decimalComma(count)} segundos`);

const pack: LocalePack = {
  tag: "es",
  messages: {
    ...sideMessages(SIDE_NAMES, SIDE_TITLES, (n, of) => `repetición ${String(n)} de ${String(of)}`),
    "step.hold": ({ seconds: count, endsOnUser }) =>
      endsOnUser
        ? `Tome aire y mantenga la posición mientras le resulte cómodo, aproximadamente ${seconds(count)}.`
        : `Tome aire y mantenga la posición durante ${seconds(count)}.`,
    "step.release": () => "Suelte el aire y vuelva a la posición inicial.",
    "step.rest": ({ seconds: count }) => `Descanse ${seconds(count)}.`,
    "step.switch-side": ({ side, limb }) => `Cambie ${TO_SIDE[side][limb]}.`,
    "cue.next": ({ stretch }) => `A continuación: ${stretch}.`,
    "cue.halfway": () => "Ya va por la mitad.",
    "cue.switch-side": ({ side, limb }) => `Prepárese para cambiar ${TO_SIDE[side][limb]}.`,
  },
  stretches: {
    "forward-roll": {
      name: "Flexión de tronco hacia adelante",
      support: [],
      setup: ["Siéntese con la espalda recta y alargue la columna."],
      movement: [
        "Enrolle el tronco hacia adelante y sujétese los tobillos, tirando de ellos hasta que sienta un estiramiento en la espalda que no le cause más que una ligera molestia.",
      ],
    },
    "sideways-reach": {
      name: "Inclinación lateral",
      support: [],
      setup: ["Siéntese con la espalda recta.", "Levante un brazo hacia el techo."],
      movement: [
        "Incline el tronco hacia un lado hasta que sienta un estiramiento que no le cause más que una ligera molestia.",
      ],
    },
    "spine-rotation": {
      name: "Rotación de columna",
      support: [],
      setup: [
        "Siéntese con la espalda recta y apoye una mano en la rodilla contraria.",
        "Ponga la otra mano detrás de la espalda.",
      ],
      movement: [
        "Gire el tronco mientras hace presión contra la rodilla, hasta que sienta un estiramiento que no le cause más que una ligera molestia.",
      ],
    },
    "gluteal-stretch": {
      name: "Estiramiento de glúteo",
      support: [],
      setup: ["Siéntese con la espalda recta y apoye un tobillo sobre la otra rodilla."],
      movement: [
        "Empuje hacia abajo la rodilla de la pierna cruzada hasta que sienta un estiramiento que no le cause más que una ligera molestia.",
      ],
    },
    "quadriceps-stretch": {
      name: "Estiramiento de cuádriceps",
      support: ["el respaldo de una silla", "un escritorio", "la manija de una puerta"],
      setup: [
        "Póngase de pie con la espalda recta y sujétese al respaldo de una silla, a un escritorio o a la manija de una puerta.",
      ],
      movement: [
        "Doble una pierna hacia atrás, hacia el glúteo, y sujete el tobillo de esa pierna con la mano del otro lado.",
        "Tire del pie hacia arriba, manteniendo las rodillas juntas, hasta que sienta un estiramiento que no le cause más que una ligera molestia.",
      ],
    },
  },
  safety: {
    notMedicalAdvice: "Esta es una guía general sobre estiramientos, no un consejo médico.",
    avoidIfPain: "Evite los estiramientos que le empeoren el dolor o que le causen dolor.",
    stopWhenItHurts: "Si un estiramiento le duele, deténgalo de inmediato.",
    holdComfortably:
      "Mantenga cada estiramiento solo mientras pueda sostenerlo con comodidad: el temporizador es una guía, no un objetivo.",
    seeAProfessional:
      "Si el dolor persiste, es intenso o vuelve una y otra vez, consulte a un médico o a un fisioterapeuta.",
    painRecorded: "Se ha registrado su aviso de dolor y se ha detenido este estiramiento.",
  },
};

/**
 * The Spanish locale pack (`es`): every step and cue text, the five built-in stretches and the
 * safety texts, in "usted", worded for Spain and Latin America alike, with decimal commas
 * ("2,5 segundos"). Deeply frozen. Translated by the project from the English texts; have a
 * native-speaking clinician review it before clinical use.
 *
 * @example
 * import { es } from "stretchkit/locales/es";
 * es.stretches["forward-roll"].name; //=> "Flexión de tronco hacia adelante"
 * es.messages["step.rest"]({ stretchId: "forward-roll", stretch: "Flexión de tronco hacia adelante", seconds: 2.5 });
 * //=> "Descanse 2,5 segundos."
 */
export const es: LocalePack = /* @__PURE__ */ deepFreeze(pack);
