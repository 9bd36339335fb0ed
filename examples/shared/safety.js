// The safety texts of both examples (examples/web and examples/react), in this one place. stretchkit
// will export them as `en.safety`, with these keys: then this module becomes a re-export of it.
export const safety = {
  notMedicalAdvice: "This is general guidance on stretching, not medical advice.",
  avoidIfPain: "Avoid a stretch that aggravates or causes pain.",
  stopWhenItHurts: "If a stretch hurts, stop it at once.",
  holdComfortably:
    "Hold each stretch only for as long as you can comfortably sustain it: the timer is a guide, not a target.",
  seeAProfessional: "If pain persists, is severe or keeps coming back, see a doctor or a physiotherapist.",
  painRecorded: "Your pain report is saved, and this stretch has been stopped.",
};
