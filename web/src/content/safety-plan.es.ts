// La guía del plan de seguridad, en español. Misma forma que safety-plan.en.ts (ids del core).
// Sin números de teléfono: las líneas de ayuda son sus propios datos, en «Ayuda ahora».
import { type PlanContent, STANLEY_BROWN } from './safety-plan.en';

export const safetyPlan: PlanContent = {
  intro:
    'Un plan que escribes en un día más tranquilo, para no tener que pensar en un día difícil. Rellena lo que puedas: todo puede esperar, y solo tú puedes verlo.',
  groups: [
    {
      id: 'coping',
      title: 'Cuando todo es demasiado',
      intro: 'Pasos para seguir en orden: desde lo que puedes hacer por tu cuenta hasta a quién puedes llamar.',
      sections: [
        {
          id: 'warningSigns',
          title: 'Mis señales de alerta',
          prompt: '¿Qué me indica que empieza un momento difícil?',
          guidance:
            'Fíjate en los pensamientos, las emociones o las situaciones que llegan antes de una crisis. Si los reconoces pronto, tendrás tiempo de usar el resto de este plan.',
          examples: [
            'Dejo de dormir',
            'No siento nada y luego lo siento todo de golpe',
            'Después de una pelea, cuando la casa se queda en silencio',
          ],
        },
        {
          id: 'copingAlone',
          title: 'Cosas que puedo hacer por mi cuenta',
          prompt: '¿Qué me ayuda a pasar unos minutos, aunque sea un poco?',
          guidance: 'Las cosas pequeñas cuentan. Elige algo que puedas hacer en cualquier sitio, sin nadie más.',
          examples: [
            'Agua fría en la cara',
            'Soltar el aire despacio, más rato del que tardo en tomarlo',
            'Dar una vuelta a la manzana',
            'Poner la canción que me calma',
          ],
        },
        {
          id: 'distractions',
          title: 'Personas y lugares que me ayudan a desconectar',
          prompt: '¿Adónde puedo ir, o con quién puedo estar, para descansar de mis pensamientos?',
          guidance: 'No hace falta que hables de cómo te sientes. Estar con otras personas, o en otro sitio, puede bastar.',
          examples: ['La biblioteca', 'La casa de mi familia', 'El parque cerca del trabajo', 'Un grupo de chat con amistades de siempre'],
        },
        {
          id: 'helpers',
          title: 'Personas a las que puedo pedir ayuda',
          prompt: '¿A quién podría decirle que no estoy bien?',
          guidance:
            'Anota a las personas en quienes confías y cómo contactarlas. Deja fuera a quien te hace daño o te controla, y a cualquiera que pudiera contárselo. No pasa nada si la lista es corta.',
          examples: ['Mi hermana', 'Una amistad de la escuela', 'Quien vive en el piso de arriba'],
        },
        {
          id: 'professionals',
          title: 'Profesionales y servicios',
          prompt: '¿A quién puedo llamar cuando necesito más ayuda de la que pueden darme mis amistades?',
          guidance:
            'Tu centro de salud o tu terapeuta, las urgencias más cercanas, una línea de ayuda. Las líneas de ayuda públicas están siempre a un toque, en «Ayuda ahora».',
          examples: ['Mi centro de salud', 'Mi terapeuta', 'Las urgencias del hospital más cercano'],
        },
        {
          id: 'safeSurroundings',
          title: 'Hacer mi entorno más seguro',
          prompt: '¿Qué puedo quitar de en medio, guardar bajo llave o dejarle a alguien por ahora?',
          guidance:
            'Pon distancia entre tú y lo que pueda usarse para hacerte daño o para que te hagas daño: medicinas de sobra y cualquier arma de fuego u otra arma que haya en casa. Puede ser solo por ahora.',
          examples: [
            'Dar las pastillas que me sobran a una amistad para que las guarde',
            'Pedir a mi hermano que guarde el arma por ahora',
            'Saber dónde se guardan las armas; si alguien saca una, irme',
            'Quedarme donde haya más gente',
          ],
        },
        {
          id: 'reasonsForLiving',
          title: 'Mis razones para vivir',
          prompt: '¿Qué me importa, incluso en el peor día?',
          guidance: 'Personas, animales, planes, pequeñas alegrías. Todo lo que sea tuyo tiene sitio aquí.',
          examples: ['Mis hijos e hijas', 'Mi perro, que me espera en la puerta', 'Volver a ver el mar'],
        },
      ],
    },
    {
      id: 'during',
      title: 'Si me están haciendo daño: durante un incidente',
      intro: 'Tu seguridad es lo primero. Si ahora mismo estás en peligro, llama al número de emergencias desde «Ayuda ahora».',
      notes: [
        'Si tienes que salir rápido, vete: las cosas pueden esperar. Tú importas más que cualquier cosa que dejes atrás.',
        'Enseña a tus hijos e hijas a llamar al número de emergencias, a ir a un lugar seguro o con alguien de confianza del barrio, y a no meterse en medio para protegerte.',
        'Pide a tus personas de confianza que, cuando les hagas la señal, llamen al número de emergencias y que no entren ellas.',
      ],
      sections: [
        {
          id: 'saferRooms',
          title: 'Habitaciones más seguras',
          prompt: '¿Adónde puedo ir dentro de casa si empieza una discusión?',
          guidance:
            'Busca una habitación con salida y sin cosas que puedan usarse como armas. La cocina y el baño suelen ser los sitios más peligrosos.',
          examples: ['El pasillo junto a la puerta de entrada', 'La sala, que tiene dos puertas'],
        },
        {
          id: 'escapeRoute',
          title: 'Cómo puedo salir',
          prompt: '¿Qué puertas, ventanas o escaleras podría usar para salir rápido?',
          guidance: 'Piénsalo en un momento de calma. Si puedes, practica el recorrido, también con tus hijos e hijas.',
          examples: ['Por la puerta de atrás y luego por la puerta lateral del patio', 'Por las escaleras, no por el ascensor'],
        },
        {
          id: 'keysPhoneBag',
          title: 'Llaves, teléfono y bolsa de emergencia',
          prompt: '¿Dónde tendré las llaves, el teléfono y una bolsa hecha, para llevármelos enseguida?',
          guidance: 'Tenlos siempre en el mismo sitio, cerca de tu salida. La bolsa también puede esperar en casa de una amistad.',
          examples: [
            'Una llave de repuesto en el abrigo de la entrada',
            'La bolsa, en casa de una amistad',
            'El teléfono cargado cada noche',
          ],
        },
        {
          id: 'codeWords',
          title: 'Palabras clave',
          prompt: '¿Qué palabra o señal avisará a mis hijos e hijas, amistades o familia de que necesito ayuda?',
          guidance:
            'Elige algo que suene normal. Acuerda con cada persona qué hará cuando lo oiga: llamar por ti al número de emergencias, y no entrar nunca.',
          examples: [
            '«¿Le diste de comer al gato?» quiere decir: llama para pedir ayuda',
            'Un mensaje con un solo punto quiere decir: llama al número de emergencias y no vengas a la puerta',
            'Si digo a mis hijos e hijas «A jugar a la casa de al lado», saben que deben ir allí y pedir ayuda',
          ],
        },
        {
          id: 'neighbours',
          title: 'Gente del barrio que puede pedir ayuda',
          prompt: '¿Quién vive cerca y podría pedir ayuda si oye gritos o ruidos?',
          guidance: 'Puedes contarle tanto o tan poco como quieras. Acuerda una señal.',
          examples: ['La señora Gómez, del número 8', 'La pareja de abajo: si ve parpadear la luz de la cocina, llama'],
        },
        {
          id: 'placesToGo',
          title: 'Lugares a los que puedo ir',
          prompt: '¿Adónde podría ir ahora mismo, de día o de noche?',
          guidance: 'Un sitio abierto hasta tarde, una amistad, alguien de tu familia, una casa de acogida. Mejor si tienes más de uno.',
          examples: [
            'La gasolinera que abre toda la noche',
            'La casa de mi tía',
            'Una casa de acogida (una línea de ayuda puede buscarte una)',
          ],
        },
      ],
    },
    {
      id: 'leaving',
      title: 'Si me estoy preparando para irme',
      intro:
        'Irte puede ser el momento más peligroso. Prepáralo con discreción y, si puedes, habla con un servicio de ayuda contra el maltrato.',
      sections: [
        {
          id: 'money',
          title: 'Dinero',
          prompt: '¿Cómo puedo apartar un poco de dinero que solo yo pueda usar?',
          guidance: 'Hasta lo poco ayuda. Piensa en una cuenta propia, con extractos que no lleguen a casa.',
          examples: ['Dinero en efectivo que me guarda mi hermana', 'Una cuenta bancaria aparte, sin extractos en papel'],
        },
        {
          id: 'documents',
          title: 'Documentos',
          prompt: '¿Qué papeles voy a necesitar y cómo guardo copias a salvo?',
          guidance: 'Usa la lista de abajo. Tener copias o fotos en un lugar seguro es un buen comienzo.',
          examples: [
            'Copias de los pasaportes en casa de una amistad',
            'Fotos de las tarjetas del banco, guardadas donde solo yo pueda abrirlas',
          ],
        },
        {
          id: 'lendOrHouse',
          title: 'Quién puede prestarme dinero o darme alojamiento',
          prompt: '¿Quién podría darme una cama, llevarme a algún sitio o prestarme dinero?',
          guidance: 'Pide ayuda solo a personas que sepas que no se lo contarán a tu pareja.',
          examples: ['Mi hermano: una habitación durante unas semanas', 'Alguien del trabajo puede llevarme'],
        },
        {
          id: 'reviewPlan',
          title: 'Cuándo volveré a mirar este plan',
          prompt: '¿Cuándo comprobaré que este plan sigue sirviendo?',
          guidance: 'Las cosas cambian: una dirección nueva, un trabajo nuevo, la fecha de un juicio. Elige un momento para revisarlo.',
          examples: ['El día uno de cada mes', 'Antes del juicio'],
        },
      ],
    },
    {
      id: 'after',
      title: 'Después de irme',
      intro: 'El riesgo puede seguir durante un tiempo. Estos pasos te ayudan a protegerte en las semanas siguientes.',
      sections: [
        {
          id: 'homeSecurity',
          title: 'Seguridad en casa',
          prompt: '¿Qué haría que mi casa fuera más segura para mí?',
          guidance:
            'Cambiar las cerraduras, una luz fuera, una cadena en la puerta, avisar al vecindario. Algunos servicios ayudan con esto gratis.',
          examples: ['Cambiar las cerraduras', 'Pedir una mirilla a quien me alquila la casa'],
        },
        {
          id: 'protectionOrder',
          title: 'Orden de protección',
          prompt: '¿Dónde está mi copia de la orden y quién sabe que existe?',
          guidance: 'Lleva siempre una copia contigo y avisa a quien necesite saberlo, como la escuela.',
          examples: ['Una copia en el bolso', 'La secretaría de la escuela tiene una copia', 'Mi responsable en el trabajo lo sabe'],
        },
        {
          id: 'workAndPublic',
          title: 'Trabajo y lugares públicos',
          prompt: '¿Cómo puedo estar más a salvo en el trabajo y cuando salgo?',
          guidance: 'Piensa en los recorridos, los horarios y con quién vas. Cambiar tu rutina puede ayudar.',
          examples: [
            'Pedir en recepción que filtren mis llamadas',
            'Volver a casa en otro autobús',
            'Hacer la compra en otro supermercado',
          ],
        },
      ],
    },
  ],
  checklist: {
    title: 'Documentos y bolsa de emergencia',
    intro:
      'Marca lo que corresponda a cada cosa: la tienes, tienes una copia, alguien la guarda por ti o tienes una foto. Si quieres, anota dónde está.',
    items: {
      id: 'Identificación (documento de identidad, permiso de conducir)',
      birthCertificates: 'Certificados de nacimiento (el mío y los de mis hijos e hijas)',
      passports: 'Pasaportes y papeles de inmigración',
      benefitCards: 'Tarjetas y cartas de ayudas o prestaciones',
      custodyMarriage: 'Papeles de custodia y de matrimonio',
      protectionOrder: 'Orden de protección',
      policeReports: 'Denuncias e informes de la policía',
      medicalInsurance: 'Informes médicos y papeles del seguro',
      schoolRecords: 'Expedientes escolares',
      bankRecords: 'Documentos del banco',
      leaseDeed: 'Contrato de alquiler o escritura',
      carPapers: 'Papeles del vehículo',
      keys: 'Llaves (de casa, del vehículo, del trabajo)',
      medications: 'Medicamentos y recetas',
      cashCards: 'Dinero en efectivo y tarjetas del banco',
      phoneCharger: 'Teléfono y cargador',
      comfortItems: 'Cosas que reconfortan a mis hijos e hijas',
      petItems: 'Cosas de las mascotas',
    },
    statuses: {
      have: 'Lo tengo',
      copied: 'Con copia',
      withSomeone: 'Lo guarda alguien',
      photographed: 'Con foto',
    },
  },
  tech: {
    title: 'Seguridad en el teléfono y en internet',
    intro: 'El teléfono y las cuentas pueden delatar dónde estás o lo que planeas. Marca lo que ya hayas revisado.',
    caution:
      'Si tu pareja vigila tu teléfono o tus cuentas, cortarle el acceso de golpe puede aumentar su enfado y el peligro. Cambia las cosas poco a poco, o usa un dispositivo más seguro para tus planes y deja tu teléfono de siempre como estaba.',
    reminders: {
      saferDevice: 'Prepara tus planes desde un dispositivo más seguro: uno de la biblioteca o el teléfono de una amistad.',
      locationSharing: 'Revisa si compartes tu ubicación en el teléfono, en las apps y en las fotos.',
      sharedAccounts: 'Revisa las cuentas compartidas de nube, correo y compras que tu pareja pueda ver.',
      newPasswords: 'Cuando sea seguro hacerlo, crea contraseñas nuevas que tu pareja no pueda adivinar.',
      stalkerware:
        'Conoce las señales de una app espía (stalkerware): la batería se gasta rápido, hay apps que no conoces o tu pareja sabe cosas que no podría saber.',
      trackers:
        'Revisa bolsos, abrigos y el vehículo por si hay un localizador pequeño (tipo AirTag). El teléfono puede avisarte. Antes de quitarlo, habla con un servicio de ayuda: quitarlo puede alertar a tu pareja.',
      phonePlan:
        'Revisa los planes de teléfono compartidos y las funciones para compartir en familia: quien tenga la cuenta puede ver tu ubicación, tus llamadas o tus compras.',
      safetyCheck:
        'iPhone (iOS 16 o posterior): en Ajustes, Privacidad y seguridad, Comprobación de seguridad muestra con quién compartes. Google: la Revisión de seguridad de tu cuenta y la ubicación compartida en Maps.',
      childrenDevices:
        'Revisa los teléfonos, tabletas y juegos de tus hijos e hijas: pueden compartir su ubicación o tener abiertas cuentas de tu pareja.',
      accountRecovery:
        'Revisa el correo y el número de teléfono de recuperación de tus cuentas: quien los tenga puede quedarse con la cuenta.',
    },
  },
  sources: [
    STANLEY_BROWN,
    'Guías de planes de seguridad de la National Domestic Violence Hotline de EE. UU., con su página sobre cómo apoyar a tus hijos e hijas (thehotline.org): lo primero para cada menor es su propia seguridad.',
    "Guías de planes de seguridad publicadas por Women's Aid y Refuge (Reino Unido).",
    'Seguridad tecnológica: el proyecto Safety Net de la National Network to End Domestic Violence de EE. UU. (techsafety.org) y las guías de seguridad tecnológica de Refuge (refugetechsafety.org), que advierten de que cambiar los ajustes puede alertar a quien maltrata.',
    'La Personal Safety User Guide de Apple (Comprobación de seguridad, iOS 16 y posteriores) y la Revisión de seguridad de Google para las cuentas de Google.',
  ],
};
