// Preguntas para reflexionar, en español. Misma forma y mismos ids que prompts.en.ts. Siguen los
// caminos de sanación que el artículo de origen describe para cada persona de la pareja y para
// las dos juntas. Hablan de lo que alguien nota en sí, nunca de un diagnóstico.
import type { PromptLibrary } from './types';

const ARTICLE = 'Un artículo sobre la dinámica de pareja límite-narcisista y el vínculo traumático (2025).';
const DBT = 'Terapia dialéctica conductual (DBT): Linehan, M. M. (2015). DBT Skills Training Manual (2nd ed.). Guilford Press.';
const SCHEMA =
  "Terapia de esquemas: Young, J. E., Klosko, J. S., & Weishaar, M. E. (2003). Schema Therapy: A Practitioner's Guide. Guilford Press.";
const MBT =
  'Tratamiento basado en la mentalización: Bateman, A., & Fonagy, P. (2016). Mentalization-Based Treatment for Personality Disorders: A Practical Guide. Oxford University Press.';

export const promptsEs: PromptLibrary = {
  audiences: {
    'fear-of-abandonment': {
      title: 'Cuando el miedo a que te dejen toma el control',
      intro:
        'Para ti si notas que la cercanía puede convertirse en pánico, que las emociones suben muy rápido, o que te aferras con fuerza y luego apartas a la otra persona.',
    },
    'shame-and-control': {
      title: 'Cuando la cercanía se siente como una amenaza',
      intro:
        'Para ti si notas que te alejas o te enfrías cuando alguien te necesita, que una crítica te duele durante mucho tiempo, o que necesitas tener el control.',
    },
    together: {
      title: 'En pareja',
      intro: 'Para dos personas que quieren cambiar el patrón y que están a salvo la una con la otra.',
    },
  },

  safetyNote:
    'No se recomienda trabajar la relación en pareja mientras haya maltrato de cualquier tipo: físico, sexual, emocional, verbal o económico. Tu seguridad va primero. Si no estás a salvo, usa «Ayuda ahora» y tu plan de seguridad, y reflexiona por tu cuenta o con ayuda profesional.',

  prompts: [
    // ------------------------------------------------------------------ miedo a que te dejen
    {
      id: 'fa-name-the-feeling',
      audience: 'fear-of-abandonment',
      theme: 'Validar lo que sientes',
      text: '¿Qué sientes ahora mismo? Escríbelo en pocas palabras y luego añade: «Tiene sentido que sienta esto, porque…»',
      hint: 'No tienes que demostrar que la emoción tiene razón. Solo que es real y que tiene sus motivos.',
      sources: [DBT, ARTICLE],
    },
    {
      id: 'fa-soothe-yourself',
      audience: 'fear-of-abandonment',
      theme: 'Validar lo que sientes',
      text: 'Piensa en una vez en que lograste calmarte sin ayuda de nadie. ¿Qué hiciste? ¿Qué te ayudó, aunque fuera un poco?',
      sources: [DBT, ARTICLE],
    },
    {
      id: 'fa-name-the-fear',
      audience: 'fear-of-abandonment',
      theme: 'Ponerle nombre al miedo a que te dejen',
      text: '¿Cuándo apareció por última vez el miedo a que te dejen? ¿Qué pasaba justo antes, y en qué parte del cuerpo lo sentiste?',
      hint: 'Ponerle nombre al miedo te da un momento entre la emoción y lo que haces después.',
      sources: [ARTICLE],
    },
    {
      id: 'fa-old-or-new',
      audience: 'fear-of-abandonment',
      theme: 'Ponerle nombre al miedo a que te dejen',
      text: '¿Este miedo te resulta conocido desde mucho antes de esta relación? Si pudiera hablar, ¿de qué diría que te está protegiendo?',
      sources: [ARTICLE],
    },
    {
      id: 'fa-check-the-facts',
      audience: 'fear-of-abandonment',
      theme: 'Comprobar los hechos',
      text: 'Escribe lo que pasó tal como lo habría grabado una cámara. Luego escribe la historia que cuenta tu miedo. ¿En qué se diferencian?',
      sources: [DBT, ARTICLE],
    },
    {
      id: 'fa-other-explanations',
      audience: 'fear-of-abandonment',
      theme: 'Comprobar los hechos',
      text: 'Si un mensaje quedó sin respuesta o cambiaron los planes, escribe otros tres motivos por los que pudo pasar. ¿Cuál es el más probable?',
      hint: 'Si los hechos muestran que te están tratando mal, también vale la pena saberlo. Confía en ello.',
      sources: [DBT, ARTICLE],
    },

    // ------------------------------------------------------------------ vergüenza y control
    {
      id: 'sc-notice-shame',
      audience: 'shame-and-control',
      theme: 'Notar la vergüenza y la defensa',
      text: 'Piensa en un momento reciente en que sentiste que te criticaban. ¿Qué sentiste en el primer segundo, antes de que llegara la rabia o la distancia?',
      hint: 'La vergüenza suele pasar tan rápido que solo se nota la defensa. Ir más despacio te deja verla.',
      sources: [SCHEMA, ARTICLE],
    },
    {
      id: 'sc-what-the-armour-does',
      audience: 'shame-and-control',
      theme: 'Notar la vergüenza y la defensa',
      text: 'Cuando te enfrías, te llenas de tareas o demuestras que tienes razón, ¿qué es lo que te proteges de sentir?',
      sources: [SCHEMA, ARTICLE],
    },
    {
      id: 'sc-felt-empathy',
      audience: 'shame-and-control',
      theme: 'Empatía que se siente, no que se actúa',
      text: 'Recuerda un momento en que tu pareja lo estaba pasando mal. Deja a un lado lo que dijiste. ¿Cómo pudo vivirlo por dentro?',
      hint: 'Aquí la empatía no son las palabras correctas. Es dejar que algo de lo que siente te llegue.',
      sources: [MBT, ARTICLE],
    },
    {
      id: 'sc-curious-not-certain',
      audience: 'shame-and-control',
      theme: 'Empatía que se siente, no que se actúa',
      text: '¿En qué momento tuviste la certeza de saber qué quería decir la otra persona? Escribe una pregunta que podrías hacerle en lugar de suponer.',
      sources: [MBT, ARTICLE],
    },
    {
      id: 'sc-letting-go',
      audience: 'shame-and-control',
      theme: 'Soltar el control',
      text: '¿Dónde sientes que necesitas tener el control: los planes, el dinero, la versión de lo que pasó? ¿Qué temes si lo sueltas un poco?',
      sources: [SCHEMA, ARTICLE],
    },
    {
      id: 'sc-share-something-small',
      audience: 'shame-and-control',
      theme: 'Soltar el control',
      text: '¿Qué cosa pequeña y verdadera podrías contar sobre cómo te sientes, sin saber cómo la van a recibir?',
      hint: 'Empieza por poco. Abrirte es una habilidad que crece con la práctica.',
      sources: [ARTICLE],
    },

    // ------------------------------------------------------------------ en pareja
    {
      id: 'to-say-the-boundary',
      audience: 'together',
      theme: 'Límites claros',
      text: 'Escribe un límite que necesitas, en una sola frase sencilla. ¿Cómo sabrá la otra persona cuándo lo ha cruzado?',
      sources: [ARTICLE],
    },
    {
      id: 'to-respect-the-boundary',
      audience: 'together',
      theme: 'Límites claros',
      text: '¿Qué límite te ha contado la otra persona? Escríbelo con tus palabras, y una forma en que vas a mostrar que lo respetas.',
      sources: [ARTICLE],
    },
    {
      id: 'to-small-steady-things',
      audience: 'together',
      theme: 'Confianza que nace de actos constantes y seguros',
      text: 'Escribe tres cosas pequeñas que hiciste esta semana y con las que la otra persona pudo contar. La confianza crece con esto, no con grandes gestos.',
      sources: [ARTICLE],
    },
    {
      id: 'to-repair',
      audience: 'together',
      theme: 'Confianza que nace de actos constantes y seguros',
      text: 'Después de la última discusión, ¿qué ayudó a que cada cual volviera a sentirse a salvo? ¿Qué te gustaría hacer igual la próxima vez?',
      hint: 'Si alguna vez una discusión se convierte en amenazas, miedo o daño, deja de trabajar en esto en pareja y cuida primero tu seguridad.',
      sources: [ARTICLE],
    },
  ],
};
