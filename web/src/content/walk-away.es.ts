// La comprobación «Cuándo alejarte», en español. Misma forma que walk-away.en.ts: los ids de
// preguntas, resultados y consejos son los del core (crates/model/src/walkaway.rs).
import type { WalkAwayContent } from './walk-away.en';

export const walkAway: WalkAwayContent = {
  title: 'Cuándo alejarte',
  intro:
    'Unas preguntas sobre cómo van las cosas con tu pareja o expareja. No es un examen ni un diagnóstico. Marca lo que sea cierto para ti y luego mira qué sugieren tus respuestas. No se guarda nada, salvo que tú decidas guardarlo.',
  questions: {
    strangled: 'Alguna vez te ha estrangulado o te ha apretado o presionado el cuello, aunque fuera una sola vez.',
    threatsToKill: 'Ha amenazado con matarte a ti o a tus hijos e hijas.',
    weapon: 'Ha usado un arma contra ti o te ha amenazado con una, o tiene un arma de fuego o puede conseguirla con facilidad.',
    physical: 'Te ha pegado, dado bofetadas o patadas, empujado, agarrado o hecho daño físico de otra manera.',
    leaving: 'En el último año has dejado a tu pareja o te has separado, o estás planeando irte.',
    worse: 'Últimamente la violencia o las amenazas son más frecuentes o han empeorado.',
    forced: 'Te ha obligado o presionado a tener sexo o a hacer cosas sexuales que no querías.',
    stalking: 'Te sigue o te vigila, rastrea tu teléfono o tu vehículo, aparece donde estás o no para de mandarte mensajes que no quieres.',
    suicideThreats: 'Ha amenazado con quitarse la vida o lo ha intentado.',
    jealousy: 'Tiene celos violentos y constantes.',
    threats: 'Ha amenazado con hacerte daño a ti, a alguien a quien quieres o a tus mascotas.',
    couldKill: 'Crees que podría matarte.',
    afraid: 'Tienes miedo de lo que pueda hacerte a ti o a alguien a quien quieres.',
    putDowns: 'Te insulta, se burla de ti o te humilla, a solas o delante de otras personas.',
    control: 'Controla tu dinero, tu teléfono, la ropa que llevas o adónde vas.',
    isolation: 'Te ha puesto difícil ver a tus amistades o a tu familia.',
    watching: 'Revisa tu teléfono, tus mensajes o tus cuentas, o quiere tus contraseñas.',
    walkingOnEggshells: 'Mides cada palabra para no provocar un estallido.',
    twisting: 'Le da la vuelta a lo que pasó hasta que dudas de tu propia memoria.',
    blamesMe: 'Dice que es culpa tuya cuando te trata mal.',
    refusesHelp: 'Rechaza la terapia o cualquier ayuda para cambiar, o siempre acaba dejándola.',
    promisesBroken: 'Promete que va a parar, y luego todo vuelve a empezar.',
  },
  urgent: {
    title: 'Lo que describes puede ser peligroso',
    body: 'Cosas así son señales de alerta conocidas de daño grave, y no es culpa tuya. Si ahora mismo estás en peligro, llama al número de emergencias. Una línea de ayuda contra el maltrato puede ayudarte a planear cómo estar más a salvo, de forma confidencial.',
  },
  advice: {
    strangulation: {
      title: 'Si te estrangularon o te apretaron el cuello, busca atención médica',
      body: 'La presión en el cuello puede causar lesiones internas sin dejar marcas, y el daño puede aparecer horas o días después. Por favor, busca atención médica o ve a urgencias aunque te sientas bien, y cuéntales lo que pasó.',
    },
    leaving: {
      title: 'Irte es un momento para planear con cuidado',
      body: 'El peligro puede aumentar cuando te vas o te separas. No tienes que quedarte, y no tienes que planearlo sin ayuda: un servicio de ayuda contra el maltrato puede ayudarte a irte de la forma más segura posible.',
    },
  },
  results: {
    safetyFirst: {
      title: 'Tu seguridad es lo primero',
      body: 'Empieza por «Ayuda ahora»: tu número de emergencias y las líneas que pueden hablarlo contigo. Después, tu plan de seguridad puede ayudarte a pensar qué hacer, a tu ritmo.',
    },
    abuseSigns: {
      title: 'Son señales de maltrato',
      body: 'Que te humillen, te controlen, te aíslen, te vigilen, te hagan dudar de ti o te echen la culpa es maltrato, aunque no haya golpes. Mientras siga pasando, puede que sanar como pareja no sea posible. Mereces apoyo: una línea de ayuda puede escucharte, y un plan de seguridad puede ayudarte.',
    },
    refusesChange: {
      title: 'Cambiar es cosa de dos',
      body: 'Cuando tu pareja rechaza la ayuda o no deja de romper sus promesas, las cosas rara vez cambian por sí solas. Irte, con cuidado y con apoyo, puede ser la opción más sana. Puedes planearlo de forma segura y a tu ritmo.',
    },
    noSigns: {
      title: 'No has marcado señales de alerta',
      body: 'Tus respuestas no apuntan a estas señales de alerta. Confía en lo que notas: si algo no te parece bien, vale la pena hablarlo con alguien, y puedes volver a hacer esta comprobación cuando quieras.',
    },
  },
  sources: [
    'Las preguntas de peligro siguen los factores de riesgo de la Danger Assessment de Jacquelyn Campbell (dangerassessment.org), con nuestras propias palabras y sin puntuación.',
    'También siguen el cuestionario del Lethality Assessment Program de la Maryland Network Against Domestic Violence (lethalityassessmentprogram.org), que está adaptado de la Danger Assessment.',
    'Estrangulamiento: el Training Institute on Strangulation Prevention (strangulationtraininginstitute.com) señala que muchas personas no tienen lesiones visibles, pero pueden tener lesiones internas graves y morir días o semanas después; Glass, Campbell y otros (2008) hallaron que un estrangulamiento previo multiplicaba por más de siete el riesgo de homicidio.',
    'El artículo de referencia sobre los vínculos traumáticos: si hay maltrato activo, la seguridad es lo primero; si la pareja rechaza la ayuda o sigue manipulando, irse es la opción más sana.',
    "Las señales de alerta de maltrato y control que publican muchos servicios contra la violencia doméstica, como la National Domestic Violence Hotline de EE. UU., Women's Aid y Refuge (Reino Unido).",
  ],
};
