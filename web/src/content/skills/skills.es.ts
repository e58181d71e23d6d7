// La biblioteca de habilidades en español. Misma forma y mismos ids que skills.en.ts; cada
// habilidad nombra de dónde viene. Nunca pongas aquí un número de teléfono: las líneas de ayuda
// están en sus propios datos editables, a los que se llega desde «Ayuda ahora».
// En las siglas (TIPP, STOP, DEAR MAN…), cada paso dice su letra y lo que significa en español.
import type { SkillLibrary } from './types';

const DBT_MANUAL = 'Linehan, M. M. (2015). DBT Skills Training Manual (2nd ed.). Guilford Press.';
const HELP_NOW = 'Si pudieras hacerte daño, o si alguien te está haciendo daño, abre «Ayuda ahora» para ver las líneas de ayuda.';
const WEIL_478 = '4-7-8: la «respiración relajante» de Andrew Weil, MD (drweil.com): al principio, cuatro respiraciones como máximo.';
const BOX_BREATHING =
  'La respiración en caja, tal como la describe Mentemia («Reduce stress with box breathing»): para si te mareas o te da ansiedad.';

export const skillsEs: SkillLibrary = {
  categories: {
    mindfulness: {
      name: 'Atención plena',
      about: 'Volver a este momento, para poder elegir qué hacer en lugar de dejarte arrastrar.',
    },
    'distress-tolerance': {
      name: 'Atravesar una crisis',
      about: 'Formas de pasar un momento doloroso sin empeorarlo.',
    },
    'emotion-regulation': {
      name: 'Trabajar con las emociones',
      about: 'Entender una emoción, comprobar si encaja con los hechos y hacer menos probables las emociones desbordantes.',
    },
    'interpersonal-effectiveness': {
      name: 'Pedir y decir que no',
      about: 'Pedir lo que necesitas, decir que no y conservar tu respeto propio mientras lo haces.',
    },
    grounding: {
      name: 'Volver a tierra y validarte',
      about: 'Volver a sentir los pies en el suelo, y tratar lo que sientes como algo real.',
    },
  },

  skills: [
    // ------------------------------------------------------------------ atención plena
    {
      id: 'wise-mind',
      category: 'mindfulness',
      name: 'Mente sabia',
      whenToUse:
        'Cuando las emociones gritan una cosa y la lógica fría dice otra, y quieres encontrar lo que sabes que es verdad por debajo de las dos.',
      steps: [
        { text: 'Siéntate o quédate de pie en una postura cómoda, y deja que tu respiración vaya un poco más despacio.' },
        {
          text: 'Fíjate en la parte de ti que se guía por la emoción, y en la que se guía por los hechos y los planes. Las dos tienen su lugar.',
        },
        { text: 'Al tomar aire, di en silencio «mente». Al soltarlo, di «sabia». Hazlo durante unas cuantas respiraciones.' },
        { text: 'Hazte una pregunta sencilla, como «¿Qué necesito ahora mismo?». Hazla mientras tomas aire.' },
        { text: 'Escucha mientras sueltas el aire. No fuerces una respuesta: fíjate en lo que llega, aunque llegue en voz baja.' },
        { text: 'Si una respuesta se siente serena y firme, y no urgente, seguramente viene de la mente sabia.' },
      ],
      source: DBT_MANUAL,
    },
    {
      id: 'observe-describe-participate',
      category: 'mindfulness',
      name: 'Observar, describir, participar',
      whenToUse: 'Cuando tienes la cabeza llena de historias sobre lo que pasó, y quieres volver a lo que de verdad está aquí.',
      steps: [
        {
          label: 'Observar',
          text: 'Fíjate en una sola cosa sin reaccionar: un sonido, el peso de tu cuerpo, un pensamiento que pasa. Solo fíjate.',
        },
        { label: 'Observar', text: 'Cuando tu mente te lleve a otra parte, fíjate también en eso, y vuelve con suavidad.' },
        {
          label: 'Describir',
          text: 'Pon palabras a lo que notas, ciñéndote a los hechos: «Tengo el pecho apretado», «Estoy pensando que algo le molesta».',
        },
        {
          label: 'Describir',
          text: 'Separa pensamientos y hechos: pensar que a alguien le molesta algo no es lo mismo que saberlo.',
        },
        {
          label: 'Participar',
          text: 'Elige una actividad y entrégate a ella por completo: lavar los platos, una canción, un paseo.',
        },
        { label: 'Participar', text: 'Deja de observarte mientras lo haces. Si te distraes, vuelve a la actividad.' },
      ],
      source: DBT_MANUAL,
    },

    // ------------------------------------------------------------------ atravesar una crisis
    {
      id: 'stop',
      category: 'distress-tolerance',
      name: 'STOP',
      acronym: 'STOP',
      whenToUse:
        'Cuando un impulso te golpea fuerte y estás a punto de hacer o decir algo de lo que podrías arrepentirte, como un mensaje escrito con rabia.',
      steps: [
        {
          label: 'S: Detente',
          text: 'Quédate inmóvil un momento. No te muevas, no escribas, no respondas todavía. Tu cuerpo puede quedarse quieto aunque tus emociones no.',
        },
        {
          label: 'T: Toma distancia',
          text: 'Pon espacio entre tú y el momento: deja el teléfono, sal de la habitación o respira despacio unas cuantas veces.',
        },
        {
          label: 'O: Observa',
          text: 'Fíjate en lo que pasa dentro de ti y a tu alrededor. ¿Qué sientes? ¿Cuáles son los hechos? ¿Qué hacen los demás?',
        },
        {
          label: 'P: Procede con atención',
          text: 'Pregúntate qué quieres de esta situación, y qué opción mejorará o empeorará las cosas. Luego actúa con cuidado.',
        },
      ],
      caution: HELP_NOW,
      source: DBT_MANUAL,
    },
    {
      id: 'tipp',
      category: 'distress-tolerance',
      name: 'TIPP',
      acronym: 'TIPP',
      whenToUse:
        'Cuando la emoción es tan fuerte que apenas puedes pensar. Estos cuatro pasos cambian rápido el estado de tu cuerpo, y la mente puede seguirlo.',
      steps: [
        {
          label: 'T: Temperatura',
          text: 'Enfría tu cara: aguanta la respiración y mete la cara en agua fría, a unos 10 °C (50 °F) y no más fría, o ponte una bolsa de frío en ojos y mejillas, unos 30 segundos.',
        },
        {
          label: 'I: Ejercicio intenso',
          text: 'Muévete con fuerza un rato corto: trota sin moverte del sitio, haz saltos de tijera, sube escaleras rápido. Unos minutos pueden gastar esa oleada de energía.',
        },
        {
          label: 'P: Respiración pausada',
          text: 'Respira despacio desde el vientre, soltando el aire durante más tiempo del que tardas en tomarlo: por ejemplo, toma aire en 4 y suéltalo en 6.',
        },
        {
          label: 'P: Relajación muscular al respirar',
          text: 'Al tomar aire, tensa un grupo de músculos. Al soltarlo, aflójalos y nota la diferencia. Ve recorriendo todo el cuerpo.',
        },
      ],
      caution:
        'El agua fría en la cara ralentiza el corazón. Nunca uses hielo ni agua helada. Si tienes una enfermedad del corazón o el pulso lento, tomas medicación para el corazón o tienes un trastorno de la conducta alimentaria, pide antes consejo médico. Si aguantar la respiración te marea, para y respira con normalidad. Si tienes un problema de salud, pide consejo médico también antes del ejercicio intenso.',
      source: `${DBT_MANUAL} Su ficha sobre TIP indica mantener el agua por encima de 50 °F (10 °C).`,
    },
    {
      id: 'accepts',
      category: 'distress-tolerance',
      name: 'ACCEPTS: distráete con sabiduría',
      acronym: 'ACCEPTS',
      whenToUse: 'Cuando ahora mismo no puedes resolver el problema y necesitas pasar la próxima hora sin empeorar las cosas.',
      steps: [
        { label: 'A: Actividades', text: 'Haz algo que te ocupe la atención: ordena un cajón, cocina, juega a algo, sal a la calle.' },
        {
          label: 'C: Contribuir',
          text: 'Haz algo amable por otra persona: ayuda a alguien del vecindario, manda un mensaje cariñoso, regala algo.',
        },
        { label: 'C: Comparaciones', text: 'Recuerda una vez en que saliste adelante de algo difícil, y cómo lo afrontaste entonces.' },
        {
          label: 'E: Emociones',
          text: 'Busca a propósito otra emoción: algo que te haga reír, una canción que te calme, una película que te conmueva.',
        },
        {
          label: 'P: Pon el problema a un lado',
          text: 'Aparta el problema por ahora. Imagínalo en una caja, en un estante alto; puedes bajarlo más tarde.',
        },
        {
          label: 'T: Pensamientos',
          text: 'Dale una tarea a tu mente: cuenta hacia atrás desde 100 de siete en siete, nombra cosas de una categoría, lee unas páginas.',
        },
        {
          label: 'S: Sensaciones',
          text: 'Usa una sensación fuerte y segura: sostén un cubito de hielo, date una ducha caliente, huele algo intenso.',
        },
      ],
      source: DBT_MANUAL,
    },
    {
      id: 'self-soothe',
      category: 'distress-tolerance',
      name: 'Calmarte con los sentidos',
      whenToUse: 'Cuando todo te duele o sientes soledad, y quieres consolarte como consolarías a alguien a quien quieres.',
      steps: [
        { label: 'Vista', text: 'Mira algo que te calme: el cielo, una foto que te encanta, una vela, unas plantas.' },
        { label: 'Oído', text: 'Escucha sonidos suaves: música tranquila, la lluvia, los pájaros, una voz que te reconforte.' },
        { label: 'Olfato', text: 'Huele algo que te guste: jabón, café, una flor, ropa limpia.' },
        {
          label: 'Gusto',
          text: 'Disfruta despacio de algo pequeño: una bebida caliente, una fruta, un caramelo de menta. Saboréalo de verdad.',
        },
        {
          label: 'Tacto',
          text: 'Siente algo reconfortante: una manta suave, un baño caliente, una mascota, tu mano apoyada en el pecho.',
        },
      ],
      caution: 'Si la comida te resulta difícil, elige otro sentido en lugar del gusto.',
      source: DBT_MANUAL,
    },
    {
      id: 'improve',
      category: 'distress-tolerance',
      name: 'IMPROVE: mejora el momento',
      acronym: 'IMPROVE',
      whenToUse:
        'Cuando estás en un momento doloroso del que no puedes salir y que no puedes cambiar, y quieres hacerlo un poco más llevadero.',
      steps: [
        { label: 'I: Imágenes', text: 'Imagina con detalle un lugar seguro y en calma: lo que ves, oyes y sientes allí.' },
        {
          label: 'M: Sentido',
          text: 'Busca algo que importe en todo esto, aunque sea pequeño: lo que estás aprendiendo, o por quién lo haces.',
        },
        {
          label: 'P: Plegaria',
          text: 'Si encaja con tus creencias, reza o ábrete a algo más grande que tú. Si no, prueba con unas palabras sabias en las que confíes.',
        },
        { label: 'R: Relajación', text: 'Afloja el cuerpo a propósito: baja los hombros, suelta la mandíbula, relaja las manos.' },
        { label: 'O: Una cosa en el momento', text: 'Pon toda tu atención solo en lo que haces ahora, una cosa cada vez.' },
        {
          label: 'V: Vacaciones breves',
          text: 'Tómate un descanso corto y planeado: diez minutos en la cama con una manta, una vuelta a la manzana. Luego vuelve.',
        },
        {
          label: 'E: Palabras de ánimo',
          text: 'Háblate con el cariño de quien te entrena: «Puedo con esto. No va a durar siempre. Estoy haciendo lo que puedo».',
        },
      ],
      source: DBT_MANUAL,
    },
    {
      id: 'pros-and-cons',
      category: 'distress-tolerance',
      name: 'Pros y contras',
      whenToUse: 'Cuando un impulso tira fuerte (buscar a esa persona, estallar, ceder) y quieres decidir con algo más que la emoción.',
      steps: [
        { text: 'Nombra el impulso en pocas palabras, por ejemplo: «contestar su mensaje esta noche».' },
        { text: 'Apunta lo bueno de hacer caso al impulso, a corto y a largo plazo.' },
        { text: 'Apunta lo que te costaría hacer caso al impulso, a corto y a largo plazo.' },
        { text: 'Apunta lo bueno de no hacerle caso, y luego lo que te costaría no hacerle caso.' },
        { text: 'Mira lo que anotaste a largo plazo. ¿Qué opción encaja con la vida que quieres dentro de un mes, o de un año?' },
        { text: 'Guarda la lista donde puedas encontrarla la próxima vez que vuelva el impulso.' },
      ],
      source: DBT_MANUAL,
    },
    {
      id: 'radical-acceptance',
      category: 'distress-tolerance',
      name: 'Aceptación radical',
      whenToUse: 'Cuando sigues luchando contra algo que ya pasó o que no se puede cambiar, y esa misma lucha te hace más daño.',
      steps: [
        { text: 'Fíjate en cuándo discutes con la realidad: «Esto no debería estar pasando», «No es justo».' },
        { text: 'Recuérdate: esto es lo que hay. Tiene sus causas, aunque no las conozcas todas.' },
        { text: 'Acepta también con el cuerpo: abre las manos, gira las palmas hacia arriba, deja que tu cara se suavice.' },
        { text: 'Deja que llegue la tristeza o el duelo. A menudo, aceptar duele antes de ayudar.' },
        { text: 'Cuenta con tener que hacerlo muchas veces. Ir hacia la aceptación es una decisión que se toma una y otra vez.' },
        { text: 'Luego pregúntate qué puedes hacer ahora, sabiendo que esto es real.' },
      ],
      caution:
        'Aceptar que algo pasó no es aprobarlo, y nunca significa aceptar que te hagan daño. Puedes aceptar los hechos y aun así decidir irte, pedir ayuda o protegerte.',
      source: DBT_MANUAL,
    },

    // ------------------------------------------------------------------ trabajar con las emociones
    {
      id: 'check-the-facts',
      category: 'emotion-regulation',
      name: 'Comprobar los hechos',
      whenToUse:
        'Cuando una emoción es muy fuerte y te preguntas si encaja con lo que de verdad está pasando, o un miedo va por delante de los hechos.',
      steps: [
        { text: 'Ponle nombre a la emoción y a su intensidad, de 0 a 10.' },
        { text: 'Describe lo que pasó como lo habría grabado una cámara: sin suposiciones ni juicios.' },
        { text: 'Fíjate en lo que te estás diciendo sobre ello. ¿Hay otras formas de entender lo que pasó?' },
        {
          text: 'Pregúntate si esperas una amenaza. ¿Cuál es exactamente y qué probabilidad real tiene? ¿Podría pasar otra cosa?',
        },
        { text: 'Pregúntate cuál sería la catástrofe. Imagina que ocurre, e imagina cómo le harías frente.' },
        {
          text: 'Pregúntate si la emoción, y su intensidad, encajan con los hechos que anotaste. La mente sabia puede ayudarte a responder.',
        },
        { text: 'Si encaja, actúa según lo que te dice. Si no encaja, prueba la acción opuesta.' },
      ],
      caution: 'A veces, comprobar los hechos muestra que el peligro es real. Si es así, confía en ello y pon tu seguridad por delante.',
      source: DBT_MANUAL,
    },
    {
      id: 'opposite-action',
      category: 'emotion-regulation',
      name: 'Acción opuesta',
      whenToUse:
        'Cuando una emoción no encaja con los hechos, o hacerle caso no te ayudaría, y aun así te sigue empujando a hacer lo mismo.',
      steps: [
        { text: 'Ponle nombre a la emoción que quieres cambiar.' },
        { text: 'Comprueba los hechos: ¿encajan con la situación la emoción y su intensidad?' },
        {
          text: 'Fíjate en el impulso que la acompaña y descríbelo: el miedo quiere esconderse, la rabia quiere atacar, la vergüenza quiere desaparecer.',
        },
        { text: 'Pregunta a tu mente sabia: ¿me ayudaría aquí hacer caso a este impulso?' },
        {
          text: 'Si no, piensa cuál sería la acción opuesta: acercarte en vez de evitar, ser amable en vez de atacar, dar la cara en vez de esconderte.',
        },
        {
          text: 'Hazlo del todo: con el cuerpo (postura, cara, tono de voz) y con los pensamientos, no a regañadientes.',
        },
        { text: 'Sigue haciendo lo opuesto hasta que la emoción afloje. Suele hacer falta más de un intento.' },
      ],
      caution:
        'Si un miedo encaja con los hechos porque alguien es un peligro para ti, no uses esto para acercarte a esa persona. Protégete primero.',
      source: DBT_MANUAL,
    },
    {
      id: 'abc-please',
      category: 'emotion-regulation',
      name: 'ABC PLEASE',
      acronym: 'ABC PLEASE',
      whenToUse: 'En el día a día, en los días más calmados, para que lo difícil te desborde menos y no te arrastre tanto cuando llegue.',
      steps: [
        {
          label: 'A: Acumula emociones positivas',
          text: 'Haz cada día algo pequeño y agradable, y da pasos hacia una vida que sientas que vale la pena vivir.',
        },
        { label: 'B: Busca sentirte capaz', text: 'Haz cada día algo que te cueste un poco y que te haga sentir capaz.' },
        {
          label: 'C: Anticípate',
          text: 'Imagina una situación difícil que se acerca, y ensaya mentalmente cómo vas a manejarla bien.',
        },
        {
          label: 'PL: Trata las enfermedades físicas',
          text: 'Cuida tu cuerpo: pide cita médica cuando lo necesites y toma la medicación tal como te la recetaron.',
        },
        {
          label: 'E: Equilibra la comida',
          text: 'Come con regularidad y de una forma que te mantenga estable, ni demasiado ni demasiado poco.',
        },
        {
          label: 'A: Evita sustancias que alteran el ánimo',
          text: 'Modera el alcohol y las drogas que no te hayan recetado: hacen que las emociones sean más difíciles de manejar.',
        },
        { label: 'S: Equilibra el sueño', text: 'Intenta dormir lo suficiente, más o menos a las mismas horas cada día.' },
        { label: 'E: Haz ejercicio', text: 'Mueve el cuerpo casi todos los días, aunque sea un paseo corto. Ve aumentando poco a poco.' },
      ],
      caution:
        'Si bebes mucho o tomas drogas o sedantes a diario, dejarlo de golpe puede ser peligroso. Pide consejo médico antes de reducirlo.',
      source: DBT_MANUAL,
    },

    // ------------------------------------------------------------------ pedir y decir que no
    {
      id: 'dear-man',
      category: 'interpersonal-effectiveness',
      name: 'DEAR MAN: pide lo que necesitas',
      acronym: 'DEAR MAN',
      whenToUse: 'Cuando quieres pedir algo, decir que no o mantener un límite, y que te tomen en serio.',
      steps: [
        {
          label: 'D: Describe',
          text: 'Cuenta lo que pasó con hechos sencillos, sin culpar: «Esta semana me has pedido tres veces que nos veamos».',
        },
        { label: 'E: Expresa', text: 'Di lo que sientes, hablando desde el «yo»: «Siento presión cuando los mensajes no paran».' },
        {
          label: 'A: Afirma',
          text: 'Pide con claridad lo que quieres, o di que no con claridad: «No nos vamos a ver. Por favor, no vuelvas a contactarme».',
        },
        {
          label: 'R: Refuerza',
          text: 'Di qué se gana con ello: «Así podremos seguir con nuestras vidas». No ofrezcas hablar más adelante.',
        },
        {
          label: 'M: Mantén la atención',
          text: 'No te apartes de lo que quieres decir. Si la otra persona discute o saca el pasado, repite tu «no» una vez, o no respondas.',
        },
        {
          label: 'A: Aparenta confianza',
          text: 'Sé breve y habla con firmeza. No tienes que explicarte, justificarte ni pedir perdón.',
        },
        {
          label: 'N: Negocia',
          text: 'Donde haya margen, ofrece otra opción. Un no a verse o al contacto no se negocia.',
        },
      ],
      caution: `Si alguien te ha hecho daño o te ha amenazado, no le debes una conversación. Tu seguridad va primero. ${HELP_NOW}`,
      source: DBT_MANUAL,
    },
    {
      id: 'give',
      category: 'interpersonal-effectiveness',
      name: 'GIVE: cuida la relación',
      acronym: 'GIVE',
      whenToUse: 'Cuando una relación te importa y quieres hablar de una forma que la mantenga sana.',
      steps: [
        { label: 'G: Gentileza', text: 'Sin ataques, amenazas ni juicios. Di las cosas difíciles con amabilidad.' },
        { label: 'I: Interés', text: 'Escucha su versión. Deja que termine, y no interrumpas.' },
        { label: 'V: Valida', text: 'Muestra que entiendes cómo se ve desde su lugar, aunque no estés de acuerdo.' },
        { label: 'E: Estilo relajado', text: 'Dale un tono ligero cuando puedas: una sonrisa, un poco de humor, una voz relajada.' },
      ],
      caution:
        'Ser amable no significa aguantar que te hagan daño. Si la amabilidad te mantiene en un lugar donde no estás a salvo, tu seguridad importa más.',
      source: DBT_MANUAL,
    },
    {
      id: 'fast',
      category: 'interpersonal-effectiveness',
      name: 'FAST: cuida tu respeto propio',
      acronym: 'FAST',
      whenToUse: 'Cuando te tienta renunciar a lo que crees para mantener la paz, y quieres poder seguir respetándote después.',
      steps: [
        { label: 'F: Trato justo', text: 'Trata con justicia a la otra persona, y también a ti.' },
        {
          label: 'A: Disculpas, sin excesos',
          text: 'No te disculpes de más. Pide perdón solo por lo que de verdad hiciste, y una sola vez.',
        },
        { label: 'S: Sostén tus valores', text: 'Aférrate a lo que crees, aunque te presionen para que lo sueltes.' },
        {
          label: 'T: Sinceridad',
          text: 'No mientas, no finjas que no puedes ni exageres para salirte con la tuya. La sinceridad protege tu respeto propio.',
        },
      ],
      source: DBT_MANUAL,
    },

    // ------------------------------------------------------------------ volver a tierra y validarte
    {
      id: 'five-senses',
      category: 'grounding',
      name: '5-4-3-2-1: vuelve al presente',
      whenToUse: 'Cuando sientes pánico, te sientes lejos de todo o te inundan los recuerdos, y quieres volver a donde estás ahora mismo.',
      steps: [
        {
          label: 'Ver',
          text: 'Mira a tu alrededor y nombra cinco cosas que veas. Fíjate en los detalles pequeños: un color, una sombra, una forma.',
        },
        {
          label: 'Tocar',
          text: 'Nombra cuatro cosas que puedas tocar o sentir: los pies en el suelo, tu ropa, una superficie fresca, tus manos.',
        },
        { label: 'Oír', text: 'Nombra tres cosas que puedas oír: cerca, lejos, incluso las más suaves.' },
        { label: 'Oler', text: 'Nombra dos cosas que puedas oler. Si no notas nada, nombra dos olores que te gusten.' },
        { label: 'Saborear', text: 'Nombra una cosa que puedas saborear, o toma un sorbo de agua y fíjate en cómo sabe.' },
      ],
      source:
        'Un ejercicio sensorial de anclaje muy difundido, descrito por ejemplo por Mayo Clinic Health System («5, 4, 3, 2, 1: Countdown to make anxiety blast off», 2020) y por Behavioral Health Partners, del University of Rochester Medical Center.',
    },
    {
      id: 'paced-breathing',
      category: 'grounding',
      name: 'Respiración pausada',
      whenToUse: 'Cuando el corazón se te acelera o te falta el aire, y quieres que tu cuerpo se calme.',
      steps: [
        { text: 'Siéntate o acuéstate si puedes, y pon una mano sobre el vientre.' },
        { text: 'Toma aire suavemente por la nariz, dejando que el vientre se eleve.' },
        { text: 'Suelta el aire despacio, durante un poco más de tiempo del que tardaste en tomarlo.' },
        { text: 'Mantén un ritmo constante unos minutos. Ayuda contar, o seguir el círculo de la pantalla.' },
        {
          label: 'Caja',
          text: 'Si aguantar la respiración te sienta bien, prueba la respiración en caja: toma aire en 4, aguanta 4, suéltalo en 4 y aguanta 4.',
        },
        {
          label: '4-7-8',
          text: 'O prueba 4-7-8: toma aire por la nariz en 4, aguanta 7 y suéltalo por la boca en 8. Empieza con cuatro respiraciones como máximo.',
        },
      ],
      caution:
        'Aguantar la respiración, como en la respiración en caja y la 4-7-8, puede dar a algunas personas mareo, sensación de desmayo o más ansiedad. Si te pasa, para y respira con normalidad. Siéntate o acuéstate mientras lo pruebas. No hay una forma equivocada de hacerlo.',
      source: `${DBT_MANUAL} La respiración pausada es la tercera parte de TIPP. ${WEIL_478} ${BOX_BREATHING}`,
    },
    {
      id: 'self-validation',
      category: 'grounding',
      name: 'Validar lo que sientes',
      whenToUse: 'Cuando te dices que exageras, que eres demasiado o que no deberías sentir lo que sientes.',
      steps: [
        { text: 'Fíjate en la emoción y ponle nombre: «Me duele», «Tengo miedo».' },
        { text: 'Dite que es real: «Esto es lo que siento ahora mismo», sin discutir con ello.' },
        { text: 'Busca por qué tiene sentido, por lo que pasó o por lo que has vivido antes.' },
        { text: 'Recuerda que muchas personas sentirían algo parecido en tu lugar.' },
        { text: 'Háblate como le hablarías a alguien a quien quieres si se sintiera así.' },
        {
          text: 'Que una emoción tenga sentido no significa que tengas que hacerle caso. Tú decides qué hacer después.',
        },
      ],
      source: `${DBT_MANUAL} La autovalidación se enseña junto con las habilidades de validación.`,
    },

    // ------------------------------------------------------------------ atención plena (continuación)
    // (pertenece a su grupo; va al final para que el orden de las demás habilidades no cambie)
    {
      id: 'how-skills',
      category: 'mindfulness',
      name: 'Sin juzgar, una cosa a la vez, con eficacia',
      whenToUse:
        'Junto con observar y describir: cómo hacerlo cuando se interponen los juicios duros, los pensamientos acelerados o la necesidad de tener razón.',
      steps: [
        {
          label: 'Sin juzgar',
          text: 'Fíjate en juicios como «idiota», «horrible», «debería». Cámbialos por los hechos y lo que sientes: «Cometí un error y siento vergüenza».',
        },
        {
          label: 'Sin juzgar',
          text: 'Cuando te descubras juzgando, no te juzgues también por eso. Solo fíjate y déjalo pasar.',
        },
        {
          label: 'Una cosa a la vez',
          text: 'Haz una sola cosa cada vez. Cuando comas, come; cuando camines, camina; cuando te preocupes, date cuenta de que te preocupas.',
        },
        {
          label: 'Una cosa a la vez',
          text: 'Cuando tu atención se vaya a otras cosas, tráela con suavidad a lo que estás haciendo, una y otra vez.',
        },
        {
          label: 'Con eficacia',
          text: 'Pregúntate qué funciona aquí, no qué es justo o correcto. Ten presente tu objetivo y haz lo que te ayude a alcanzarlo.',
        },
        {
          label: 'Con eficacia',
          text: 'Suelta la necesidad de tener razón, de desquitarte y de pelear contra cómo son las cosas. Juega con las reglas que de verdad hay.',
        },
      ],
      source: DBT_MANUAL,
    },
  ],
};
